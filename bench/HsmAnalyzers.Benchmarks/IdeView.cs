using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HsmAnalyzers.Benchmarks;

/// <summary>Per-document result of the IDE view: median times over the repeats.</summary>
internal sealed record DocumentTiming(string Path, bool UsesSdk, double NetMilliseconds, double ExtraMilliseconds);

/// <summary>The IDE's live analysis: semantic diagnostics of one document at a time
/// (<see cref="CompilationWithAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(SemanticModel, Microsoft.CodeAnalysis.Text.TextSpan?, CancellationToken)"/>),
/// NetAnalyzers alone and NetAnalyzers with HsmAnalyzers. The IDE runs every rule enabled by default, Info included,
/// and its diagnostic service analyses without concurrent execution, so this view does too: one thread, and no
/// scheduling noise in figures of a millisecond.</summary>
internal static class IdeView
{
    public static List<DocumentTiming> Measure(Corpus corpus, int documents, int repeats)
    {
        // Half the sample uses the SDK (where HsmAnalyzers has work), half is ordinary code; warm-up documents are not measured.
        var sdk = corpus.Trees.Where(UsesSdk).ToList();
        var plain = corpus.Trees.Where(tree => !UsesSdk(tree)).ToList();
        var warmUp = plain.Skip(plain.Count - 10).Concat(sdk.Skip(sdk.Count - 5)).ToList();
        var sample = sdk.Take(documents / 2).Concat(plain.Take(documents - Math.Min(documents / 2, sdk.Count))).ToList();

        var net = new Dictionary<SyntaxTree, List<double>>();
        var extra = new Dictionary<SyntaxTree, List<double>>();
        for (var repeat = 0; repeat < repeats; repeat++)
        {
            // Fresh compilations each repeat: nothing bound yet, as after an edit.
            var netOnly = Harness.WithAnalyzers(Harness.Compile(corpus, Configuration.Hsm), Analyzers.Net, concurrent: false);
            var both = Harness.WithAnalyzers(Harness.Compile(corpus, Configuration.Hsm), Analyzers.Net.AddRange(Analyzers.Hsm), concurrent: false);
            foreach (var tree in warmUp)
            {
                Analyze(netOnly, tree);
                Analyze(both, tree);
            }

            for (var index = 0; index < sample.Count; index++)
            {
                var tree = sample[index];
                double netTime, bothTime;
                // Alternate which configuration goes first, so that neither always meets a warmer machine.
                if ((index + repeat) % 2 == 0)
                {
                    netTime = Analyze(netOnly, tree);
                    bothTime = Analyze(both, tree);
                }
                else
                {
                    bothTime = Analyze(both, tree);
                    netTime = Analyze(netOnly, tree);
                }

                Add(net, tree, netTime);
                Add(extra, tree, bothTime - netTime);
            }
        }

        return sample.Select(tree => new DocumentTiming(tree.FilePath, UsesSdk(tree), Statistics.Median(net[tree]), Statistics.Median(extra[tree]))).ToList();
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

    private static double Analyze(CompilationWithAnalyzers withAnalyzers, SyntaxTree tree)
    {
        // A young-generation collection first, so that neither configuration meets one its own allocations did not cause.
        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        var stopwatch = Stopwatch.StartNew();
        var model = withAnalyzers.Compilation.GetSemanticModel(tree);
        ImmutableArray<Diagnostic> diagnostics = withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None).GetAwaiter().GetResult();
        stopwatch.Stop();
        GC.KeepAlive(diagnostics);
        return stopwatch.Elapsed.TotalMilliseconds;
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
