using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HsmAnalyzers.Benchmarks;

/// <summary>One rule's time on a corpus (median over the repeats), and how often it ran with a registration.</summary>
internal sealed record RuleTiming(string Rule, double Milliseconds, double Share);

/// <summary>The per-rule figures of one corpus: the rules, and the parts of the hosts that are no rule's.</summary>
internal sealed record RuleTimingReport(Corpus Corpus, int Repeats, double BindMilliseconds, double HostMilliseconds, double RulesMilliseconds, List<RuleTiming> Rules);

/// <summary>
/// Times each rule inside the hosts (<c>--per-rule</c>): the hosts of src/HsmAnalyzers are rebuilt here with the same
/// rules and the same per-file loop, except that each rule's run on a file goes through a stopwatch
/// (<see cref="RuleHostAnalyzer"/>'s <c>RunRule</c>, which only this benchmark overrides: the shipped hosts carry no
/// timing code). Analysis is sequential, so that no rule's figure holds another thread's work. Before the first rule
/// runs on a file, every body of the file is bound and its operation tree built, and that time is reported apart:
/// otherwise whichever rule first asks for an operation in a method pays for binding the whole method, and the
/// order of the rules, not their work, would decide the table.
/// </summary>
internal static class RuleTimings
{
    public static RuleTimingReport Measure(Corpus corpus, int repeats)
    {
        var perRule = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var bind = new List<double>();
        var host = new List<double>();
        for (var repeat = 0; repeat < repeats + 1; repeat++)
        {
            var hosts = new[]
            {
                new TimedHost(HsmRules.Create().Where(rule => !rule.ReportsAtCompilationEnd)),
                new TimedHost(HsmRules.Create().Where(rule => rule.ReportsAtCompilationEnd)),
            };
            var analyzers = hosts.Cast<DiagnosticAnalyzer>().ToImmutableArray();
            var withAnalyzers = Harness.WithAnalyzers(Harness.Compile(corpus, Configuration.Hsm), analyzers, concurrent: false, logTime: true);
            withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();

            // The first repeat warms up the code paths and is not counted.
            if (repeat == 0)
            {
                continue;
            }

            var hostTime = analyzers.Sum(analyzer => withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds);
            host.Add(hostTime);
            bind.Add(hosts.Sum(h => h.BindTicks) * 1000.0 / Stopwatch.Frequency);
            foreach (var timedHost in hosts)
            {
                foreach (var (rule, ticks) in timedHost.RuleTicks)
                {
                    if (!perRule.TryGetValue(rule, out var list))
                    {
                        perRule[rule] = list = new List<double>();
                    }

                    list.Add(ticks * 1000.0 / Stopwatch.Frequency);
                }
            }
        }

        var rules = perRule.Select(p => (Rule: p.Key, Milliseconds: Statistics.Median(p.Value))).ToList();
        var total = rules.Sum(r => r.Milliseconds);
        return new RuleTimingReport(
            corpus,
            repeats,
            Statistics.Median(bind),
            Statistics.Median(host),
            total,
            rules.OrderByDescending(r => r.Milliseconds).Select(r => new RuleTiming(r.Rule, r.Milliseconds, 100 * r.Milliseconds / total)).ToList());
    }

    /// <summary>A host with the shipped hosts' rules and loop, that times each rule's run on each file.</summary>
#pragma warning disable RS1001 // Created by the benchmark with its rules, never loaded by a compiler.
    private sealed class TimedHost : RuleHostAnalyzer
#pragma warning restore RS1001
    {
        private readonly ConcurrentDictionary<string, long> _ruleTicks = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<SyntaxTree, bool> _bound = new();
        private long _bindTicks;

        public TimedHost(IEnumerable<HsmRule> rules)
            : base(rules)
        {
        }

        public IEnumerable<KeyValuePair<string, long>> RuleTicks => _ruleTicks;

        public long BindTicks => Interlocked.Read(ref _bindTicks);

        private protected override void RunRule(HsmCompilationStartContext ruleContext, HsmAnalysisContext analysis, SemanticModel semanticModel, SyntaxIndex index)
        {
            if (_bound.TryAdd(semanticModel.SyntaxTree, true))
            {
                var bindStart = Stopwatch.GetTimestamp();
                BindEveryBody(semanticModel, analysis.CancellationToken);
                Interlocked.Add(ref _bindTicks, Stopwatch.GetTimestamp() - bindStart);
            }

            var start = Stopwatch.GetTimestamp();
            try
            {
                base.RunRule(ruleContext, analysis, semanticModel, index);
            }
            finally
            {
                var elapsed = Stopwatch.GetTimestamp() - start;
                _ruleTicks.AddOrUpdate(Name(ruleContext.Rule), elapsed, (_, ticks) => ticks + elapsed);
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
