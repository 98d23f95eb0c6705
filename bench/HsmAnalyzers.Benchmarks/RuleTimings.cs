using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HsmAnalyzers.Benchmarks;

/// <summary>One rule's processor time on a corpus (median over the repeats), its share of all the rules' time, and
/// the bytes it allocated (median): on a busy heap a rule's allocations, through the collections they start, cost
/// more than its own code.</summary>
internal sealed record RuleTiming(string Rule, double Milliseconds, double Share, double AllocatedMegabytes);

/// <summary>The per-rule figures of one corpus: the rules' processor time, the binding done before them, and in wall
/// time the hosts' callbacks in all and the rules' part of them (the rest is the hosts' own: syntax index, severity checks).</summary>
internal sealed record RuleTimingReport(Corpus Corpus, int Repeats, double BindMilliseconds, double HostWallMilliseconds, double RulesWallMilliseconds, List<RuleTiming> Rules)
{
    public double RulesMilliseconds => Rules.Sum(rule => rule.Milliseconds);
}

/// <summary>The rules next to NetAnalyzers, nothing bound beforehand: their processor time (whatever binding they
/// trigger and the collections that start in them included), the hosts' callbacks in all (the rules and the hosts'
/// own work: syntax index, severity checks; driver telemetry, wall time of the one analyzing thread), the processor
/// time of the whole run (compiler, driver, NetAnalyzers and the hosts), and the bytes each allocated (medians).</summary>
internal sealed record NextToNetReport(Corpus Corpus, int Repeats, double HostsMilliseconds, double RunMilliseconds, double RunAllocatedMegabytes, List<RuleTiming> Rules)
{
    public double RulesMilliseconds => Rules.Sum(rule => rule.Milliseconds);

    public double RulesAllocatedMegabytes => Rules.Sum(rule => rule.AllocatedMegabytes);
}

/// <summary>
/// Times each rule inside the hosts (<c>--per-rule</c>): the hosts of src/HsmAnalyzers are rebuilt here with the same
/// rules and the same per-file loop, except that each rule's run on a file goes through a stopwatch
/// (<see cref="RuleHostAnalyzer"/>'s <c>RunRule</c>, which only this benchmark overrides: the shipped hosts carry no
/// timing code). Analysis is sequential, and each rule's run is timed with the processor time of the thread that
/// runs it (wall time when the platform has no per-thread clock), so that neither other threads of this process nor
/// other processes on a busy machine count in a rule's figure. In the first table (<see cref="Measure"/>), every body
/// of a file is bound and its operation tree built before the first rule runs on it, and that time is reported apart:
/// otherwise whichever rule first asks for an operation in a method pays for binding the whole method, and the
/// order of the rules, not their work, would decide the table. The second (<see cref="MeasureNextToNet"/>) binds
/// nothing beforehand, beside NetAnalyzers, as a build does.
/// </summary>
internal static class RuleTimings
{
    public static RuleTimingReport Measure(Corpus corpus, int repeats)
    {
        var perRule = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var allocatedPerRule = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var bind = new List<double>();
        var hostWall = new List<double>();
        var rulesWall = new List<double>();
        for (var repeat = 0; repeat < repeats + 1; repeat++)
        {
            var hosts = TimedHosts(bindFirst: true);
            var analyzers = hosts.Cast<DiagnosticAnalyzer>().ToImmutableArray();
            var withAnalyzers = Harness.WithAnalyzers(Harness.Compile(corpus, Configuration.Hsm), analyzers, concurrent: false, logTime: true);
            withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();

            // The first repeat warms up the code paths and is not counted.
            if (repeat == 0)
            {
                continue;
            }

            hostWall.Add(analyzers.Sum(analyzer => withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds));
            rulesWall.Add(hosts.Sum(h => h.RulesWallTicks) * 1000.0 / Stopwatch.Frequency);
            bind.Add(hosts.Sum(h => h.BindNanoseconds) / 1e6);
            Collect(hosts, perRule, allocatedPerRule);
        }

        var rules = Ranked(perRule, allocatedPerRule);
        return new RuleTimingReport(
            corpus,
            repeats,
            Statistics.Median(bind),
            Statistics.Median(hostWall),
            Statistics.Median(rulesWall),
            rules);
    }

    /// <summary>
    /// The rules' cost next to NetAnalyzers, as a build pays it (<c>--per-rule</c>, a second table): the same timed
    /// hosts beside NetAnalyzers at the build view's severities, nothing bound beforehand, sequential analysis.
    /// Whatever the rules' queries make the compiler do (binding a member that NetAnalyzers have not bound yet) and
    /// the collections that start while they run count in their time, and the hosts' callbacks in all (driver
    /// telemetry) add the hosts' own work; the run's processor time (every thread) is the whole they are a part of.
    /// Unlike the A/B difference of two runs, these figures do not carry the spread of two whole runs, in which one
    /// collection more or less moves the difference by several per cent. What they leave out: the driver's handling
    /// of the hosts' actions and findings outside their callbacks (the IDE view's pairs without rules and with the
    /// findings alone give those), and the collections that the rules' allocations bring forward but that start
    /// elsewhere (their share of the run's allocations is given for that).
    /// </summary>
    public static NextToNetReport MeasureNextToNet(Corpus corpus, int repeats)
    {
        var perRule = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var allocatedPerRule = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var run = new List<double>();
        var runAllocated = new List<double>();
        var hostsWall = new List<double>();
        for (var repeat = 0; repeat < repeats + 1; repeat++)
        {
            var hosts = TimedHosts(bindFirst: false);
            var withAnalyzers = Harness.WithAnalyzers(Harness.Compile(corpus, Configuration.NetHsm), Analyzers.Net.AddRange(hosts), concurrent: false, logTime: true);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var start = ThreadClock.ProcessNanoseconds();
            // Analyzer diagnostics: the driver's telemetry is kept for those (the compiler's binding runs all the same).
            withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            var elapsed = ThreadClock.ProcessNanoseconds() - start;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            if (repeat == 0)
            {
                continue;
            }

            run.Add(elapsed / 1e6);
            runAllocated.Add(allocated / 1e6);
            hostsWall.Add(hosts.Sum(host => withAnalyzers.GetAnalyzerTelemetryInfoAsync(host, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds));
            Collect(hosts, perRule, allocatedPerRule);
        }

        return new NextToNetReport(corpus, repeats, Statistics.Median(hostsWall), Statistics.Median(run), Statistics.Median(runAllocated), Ranked(perRule, allocatedPerRule));
    }

    /// <summary>The two hosts, split as the shipped ones are (per-file rules, whole-project rules).</summary>
    private static TimedHost[] TimedHosts(bool bindFirst) =>
    [
        new TimedHost(HsmRules.Create().Where(rule => !rule.ReportsAtCompilationEnd), bindFirst),
        new TimedHost(HsmRules.Create().Where(rule => rule.ReportsAtCompilationEnd), bindFirst),
    ];

    private static void Collect(TimedHost[] hosts, Dictionary<string, List<double>> perRule, Dictionary<string, List<double>> allocatedPerRule)
    {
        foreach (var timedHost in hosts)
        {
            foreach (var (rule, nanoseconds) in timedHost.RuleNanoseconds)
            {
                AddTo(perRule, rule, nanoseconds / 1e6);
            }

            foreach (var (rule, bytes) in timedHost.RuleAllocatedBytes)
            {
                AddTo(allocatedPerRule, rule, bytes / 1e6);
            }
        }
    }

    /// <summary>Each rule's median time and allocations, most expensive first.</summary>
    private static List<RuleTiming> Ranked(Dictionary<string, List<double>> perRule, Dictionary<string, List<double>> allocatedPerRule)
    {
        var rules = perRule.Select(p => (Rule: p.Key, Milliseconds: Statistics.Median(p.Value))).ToList();
        var total = rules.Sum(r => r.Milliseconds);
        return rules.OrderByDescending(r => r.Milliseconds).Select(r => new RuleTiming(r.Rule, r.Milliseconds, 100 * r.Milliseconds / total, Statistics.Median(allocatedPerRule[r.Rule]))).ToList();
    }

    private static void AddTo(Dictionary<string, List<double>> perRule, string rule, double value)
    {
        if (!perRule.TryGetValue(rule, out var list))
        {
            perRule[rule] = list = new List<double>();
        }

        list.Add(value);
    }

    /// <summary>A host with the shipped hosts' rules and loop, that times each rule's run on each file.</summary>
#pragma warning disable RS1001 // Created by the benchmark with its rules, never loaded by a compiler.
    private sealed class TimedHost : RuleHostAnalyzer
#pragma warning restore RS1001
    {
        private readonly ConcurrentDictionary<string, long> _ruleNanoseconds = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, long> _ruleAllocatedBytes = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<SyntaxTree, bool> _bound = new();
        private readonly bool _bindFirst;
        private long _bindNanoseconds;
        private long _rulesWallTicks;

        /// <param name="bindFirst">Bind every body of a file before the first rule runs on it, and time that apart.</param>
        public TimedHost(IEnumerable<HsmRule> rules, bool bindFirst)
            : base(rules)
        {
            _bindFirst = bindFirst;
        }

        public IEnumerable<KeyValuePair<string, long>> RuleNanoseconds => _ruleNanoseconds;

        public IEnumerable<KeyValuePair<string, long>> RuleAllocatedBytes => _ruleAllocatedBytes;

        public long BindNanoseconds => Interlocked.Read(ref _bindNanoseconds);

        public long RulesWallTicks => Interlocked.Read(ref _rulesWallTicks);

        private protected override void RunRule(HsmCompilationStartContext ruleContext, HsmAnalysisContext analysis, SemanticModel semanticModel, SyntaxIndex index)
        {
            var wallStart = Stopwatch.GetTimestamp();
            if (_bindFirst && _bound.TryAdd(semanticModel.SyntaxTree, true))
            {
                var bindStart = ThreadClock.Nanoseconds();
                BindEveryBody(semanticModel, analysis.CancellationToken);
                Interlocked.Add(ref _bindNanoseconds, ThreadClock.Nanoseconds() - bindStart);
            }

            var start = ThreadClock.Nanoseconds();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                base.RunRule(ruleContext, analysis, semanticModel, index);
            }
            finally
            {
                var elapsed = ThreadClock.Nanoseconds() - start;
                var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
                _ruleNanoseconds.AddOrUpdate(Name(ruleContext.Rule), elapsed, (_, total) => total + elapsed);
                _ruleAllocatedBytes.AddOrUpdate(Name(ruleContext.Rule), allocated, (_, total) => total + allocated);
                Interlocked.Add(ref _rulesWallTicks, Stopwatch.GetTimestamp() - wallStart);
            }
        }

        /// <summary>The rule's class name without the "Rule" suffix: HSM1001PurgeProtection.</summary>
        private static string Name(HsmRule rule)
        {
            var name = rule.GetType().Name;
            return name.EndsWith("Rule", StringComparison.Ordinal) ? name.Substring(0, name.Length - 4) : name;
        }

        /// <summary>What the bind-once reference makes the driver do: the operation tree of every executable body
        /// (methods, constructors, accessors, expression bodies, field and property initializers).</summary>
        private static void BindEveryBody(SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            foreach (var node in semanticModel.SyntaxTree.GetRoot(cancellationToken).DescendantNodes(node => node is not (BlockSyntax or ArrowExpressionClauseSyntax or EqualsValueClauseSyntax)))
            {
                if (node is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax
                    || node is ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or IndexerDeclarationSyntax }
                    || node is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } or PropertyDeclarationSyntax })
                {
                    semanticModel.GetOperation(node, cancellationToken);
                }
            }
        }
    }
}

/// <summary>The processor time of the calling thread (<c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c> on Linux), in
/// nanoseconds; wall time where that clock is not available.</summary>
internal static class ThreadClock
{
    private const int ProcessCpuTimeClock = 2; // CLOCK_PROCESS_CPUTIME_ID
    private const int ThreadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID

    public static bool IsProcessorTime { get; } = OperatingSystem.IsLinux() && TryRead(ThreadCpuTimeClock, out _);

    public static long Nanoseconds() =>
        IsProcessorTime && TryRead(ThreadCpuTimeClock, out var nanoseconds) ? nanoseconds : WallNanoseconds();

    /// <summary>The processor time of every thread of this process (the IDE view's <c>--ide-clock cpu</c>): what
    /// other processes do on a busy machine does not count in it.</summary>
    public static long ProcessNanoseconds() =>
        IsProcessorTime && TryRead(ProcessCpuTimeClock, out var nanoseconds) ? nanoseconds : WallNanoseconds();

    private static long WallNanoseconds() => (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));

    private static bool TryRead(int clock, out long nanoseconds)
    {
        if (clock_gettime(clock, out var time) == 0)
        {
            nanoseconds = time.Seconds * 1_000_000_000 + time.Nanoseconds;
            return true;
        }

        nanoseconds = 0;
        return false;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clockId, out TimeSpec time);
}
