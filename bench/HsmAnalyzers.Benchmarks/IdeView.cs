using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HsmAnalyzers.Benchmarks;

/// <summary>Per-document result of the IDE view, medians over the repeats: NetAnalyzers' time, what HsmAnalyzers add to
/// it, the difference between two identical NetAnalyzers runs (the method's own noise, which HsmAnalyzers' extra
/// carries too), what an analyzer that reports one finding in a method body adds (a reference), and what HsmAnalyzers'
/// own findings in the document add when an analyzer that analyses nothing reports them (the floor of any analyzer
/// reporting them), and what HsmAnalyzers' two hosts add with no rule run on a file (their own cost: the driver's
/// handling of their actions, the syntax index, the severity checks).</summary>
internal sealed record DocumentTiming(string Path, bool UsesSdk, double NetMilliseconds, double ExtraMilliseconds, double NoiseMilliseconds, double OneFindingMilliseconds, double FindingsMilliseconds, double HostsMilliseconds);

/// <summary>The IDE's live analysis: semantic diagnostics of one document at a time
/// (<see cref="CompilationWithAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(SemanticModel, Microsoft.CodeAnalysis.Text.TextSpan?, CancellationToken)"/>),
/// NetAnalyzers alone and NetAnalyzers with HsmAnalyzers. The IDE runs every rule enabled by default, Info included,
/// and its diagnostic service analyses without concurrent execution, so this view does too: one thread, and no
/// scheduling noise in figures of a millisecond.</summary>
internal static class IdeView
{
    public static List<DocumentTiming> Measure(Corpus corpus, int documents, int repeats, bool processorTime)
    {
        // Half the sample uses the SDK (where HsmAnalyzers has work), half is ordinary code; warm-up documents are not measured.
        var sdk = corpus.Trees.Where(UsesSdk).ToList();
        var plain = corpus.Trees.Where(tree => !UsesSdk(tree)).ToList();
        var warmUp = plain.Skip(plain.Count - 10).Concat(sdk.Skip(sdk.Count - 5)).ToList();
        // On the dense corpus every document uses the SDK: all the sample does.
        var sample = sdk.Take(plain.Count == 0 ? documents : documents / 2).Concat(plain.Take(documents - Math.Min(documents / 2, sdk.Count))).ToList();

        // Each comparison: a control and a treatment analyzed beside each other. HsmAnalyzers' extra; the noise of the
        // method (the same analyzers on both sides); what one finding in a method body costs, whoever reports it; what
        // HsmAnalyzers' findings in the document cost when reported with no analysis; what the hosts cost without their rules.
        var comparisons = new (ImmutableArray<DiagnosticAnalyzer> Control, ImmutableArray<DiagnosticAnalyzer> Treatment)[]
        {
            (Analyzers.Net, Analyzers.Net.AddRange(Analyzers.Hsm)),
            (Analyzers.Net, Analyzers.Net),
            (Analyzers.Net, Analyzers.Net.AddRange(Analyzers.OneBodyFinding)),
            (Analyzers.Net, Analyzers.Net.AddRange(Analyzers.FindingsOf(corpus, liveOnly: true))),
            (Analyzers.Net, Analyzers.Net.AddRange(Analyzers.HostsWithoutRules)),
        };
        // Each compilation parses the corpus anew: a document is found in it by its position.
        var positions = corpus.Trees.Select((tree, position) => (tree, position)).ToDictionary(p => p.tree, p => p.position);
        var net = new Dictionary<SyntaxTree, List<double>>();
        var differences = comparisons.Select(_ => new Dictionary<SyntaxTree, List<double>>()).ToArray();
        for (var repeat = 0; repeat < repeats; repeat++)
        {
            // Fresh compilations each repeat: nothing bound yet, as after an edit. The one created later was measured
            // faster by 0.2 ms at p50 with the same analyzers in both, so the order of creation alternates too.
            var treatmentCreatedLater = repeat % 2 == 0;
            var pairs = comparisons.Select(comparison => CreatePair(corpus, comparison.Control, comparison.Treatment, treatmentCreatedLater)).ToArray();
            foreach (var tree in warmUp)
            {
                foreach (var (control, treatment) in pairs)
                {
                    Analyze(control, positions[tree], processorTime);
                    Analyze(treatment, positions[tree], processorTime);
                }
            }

            for (var index = 0; index < sample.Count; index++)
            {
                var tree = sample[index];
                for (var k = 0; k < pairs.Length; k++)
                {
                    // Alternate which configuration goes first, so that neither always meets a warmer machine.
                    var (controlTime, treatmentTime) = Paired(pairs[k].Control, pairs[k].Treatment, positions[tree], (index + repeat) % 2 == 0, processorTime);
                    if (k == 0)
                    {
                        Add(net, tree, controlTime);
                    }

                    Add(differences[k], tree, treatmentTime - controlTime);
                }
            }
        }

        return sample.Select(tree => new DocumentTiming(
            tree.FilePath,
            UsesSdk(tree),
            Statistics.Median(net[tree]),
            Statistics.Median(differences[0][tree]),
            Statistics.Median(differences[1][tree]),
            Statistics.Median(differences[2][tree]),
            Statistics.Median(differences[3][tree]),
            Statistics.Median(differences[4][tree]))).ToList();
    }

    private static (CompilationWithAnalyzers Control, CompilationWithAnalyzers Treatment) CreatePair(
        Corpus corpus,
        ImmutableArray<DiagnosticAnalyzer> control,
        ImmutableArray<DiagnosticAnalyzer> treatment,
        bool treatmentCreatedLater)
    {
        CompilationWithAnalyzers Create(ImmutableArray<DiagnosticAnalyzer> analyzers) =>
            Harness.WithAnalyzers(Harness.Compile(corpus, Configuration.Hsm), analyzers, concurrent: false);
        if (treatmentCreatedLater)
        {
            var controlFirst = Create(control);
            return (controlFirst, Create(treatment));
        }

        var treatmentFirst = Create(treatment);
        return (Create(control), treatmentFirst);
    }

    private static (double A, double B) Paired(CompilationWithAnalyzers a, CompilationWithAnalyzers b, int position, bool aFirst, bool processorTime)
    {
        if (aFirst)
        {
            var aTime = Analyze(a, position, processorTime);
            return (aTime, Analyze(b, position, processorTime));
        }

        var bTime = Analyze(b, position, processorTime);
        return (Analyze(a, position, processorTime), bTime);
    }

    private static bool UsesSdk(SyntaxTree tree) => tree.GetText().ToString().Contains("using Azure.ResourceManager.KeyVault;", StringComparison.Ordinal);

    private static void Add(Dictionary<SyntaxTree, List<double>> times, SyntaxTree tree, double value)
    {
        if (!times.TryGetValue(tree, out var list))
        {
            times[tree] = list = new List<double>();
        }

        list.Add(value);
    }

    /// <summary>The analysis time in milliseconds of the document at <paramref name="position"/> in the corpus: wall time,
    /// or with <paramref name="processorTime"/> the processor time of this process (every thread), which a busy
    /// machine's other processes do not inflate.</summary>
    private static double Analyze(CompilationWithAnalyzers withAnalyzers, int position, bool processorTime)
    {
        var tree = ((CSharpCompilation)withAnalyzers.Compilation).SyntaxTrees[position];
        // A young-generation collection first, so that neither configuration meets one its own allocations did not cause.
        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        var start = processorTime ? ThreadClock.ProcessNanoseconds() : Stopwatch.GetTimestamp();
        var model = withAnalyzers.Compilation.GetSemanticModel(tree);
        ImmutableArray<Diagnostic> diagnostics = withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None).GetAwaiter().GetResult();
        var elapsed = processorTime ? (ThreadClock.ProcessNanoseconds() - start) / 1e6 : Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        GC.KeepAlive(diagnostics);
        return elapsed;
    }
}

internal static class Statistics
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Nearest-rank percentile of values that each stand for <c>Weight</c> of the population.</summary>
    public static double WeightedPercentile(IEnumerable<(double Value, double Weight)> values, double percent)
    {
        var sorted = values.OrderBy(v => v.Value).ToArray();
        var total = sorted.Sum(v => v.Weight);
        var cumulative = 0.0;
        foreach (var (value, weight) in sorted)
        {
            cumulative += weight;
            if (cumulative >= percent / 100 * total)
            {
                return value;
            }
        }

        return sorted.Length == 0 ? double.NaN : sorted[^1].Value;
    }

    /// <summary>Nearest-rank percentile.</summary>
    public static double Percentile(IEnumerable<double> values, double percent)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
