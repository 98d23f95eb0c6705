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

internal enum Configuration
{
    CompileOnly,
    Baseline,
    BindOnce,
    /// <summary>HsmAnalyzers' findings on the corpus reported by an analyzer that analyses nothing: what the findings
    /// alone cost the driver.</summary>
    Findings,
    Hsm,
    Net,
    NetHsm,
    /// <summary>NetAnalyzers and the findings reference: what HsmAnalyzers' findings alone cost next to NetAnalyzers,
    /// so that NetAnalyzers + HsmAnalyzers are read against it in one pair, the driver's cost of one more analyzer
    /// included on both sides.</summary>
    NetFindings,
    /// <summary>The first build given with <c>--compare-with</c>: another commit's HsmAnalyzers, measured in the same rotation.</summary>
    CompareA,
    /// <summary>The second build given with <c>--compare-with</c>.</summary>
    CompareB,
}

/// <summary>A corpus: its files parsed once (each run parses them again from the same text, outside the timed part:
/// parsing is the same in every configuration) and its references.</summary>
internal sealed record Corpus(string Name, string Unit, int Units, int SdkFiles, ImmutableArray<SyntaxTree> Trees, ImmutableArray<MetadataReference> References);

/// <summary>One timed run: wall time, processor time of every thread (the work done, whatever the scheduling), bytes
/// allocated by every thread, diagnostics produced.</summary>
internal readonly record struct Sample(double Milliseconds, double CpuMilliseconds, long AllocatedBytes, int Diagnostics);

/// <summary>Runs one configuration on a fresh compilation of a corpus and times it.</summary>
internal static class Harness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static string Label(Configuration configuration) => configuration switch
    {
        Configuration.CompileOnly => "compile only",
        Configuration.Baseline => "baseline (no-op analyzer)",
        Configuration.BindOnce => "bind-once reference (no-op operation-block action)",
        Configuration.Findings => "HsmAnalyzers' findings alone (reported with no analysis)",
        Configuration.Hsm => "HsmAnalyzers",
        Configuration.Net => "NetAnalyzers",
        Configuration.NetFindings => "NetAnalyzers + HsmAnalyzers' findings alone",
        Configuration.CompareA or Configuration.CompareB => "HsmAnalyzers " + Analyzers.Compared[configuration].Label,
        _ => "NetAnalyzers + HsmAnalyzers",
    };

    public static Corpus Create(string name, string unit, int units, bool withSdk, IEnumerable<(string Path, string Text)> files) =>
        Create(name, unit, units, withSdk ? Analyzers.AzureSdk : [], files);

    public static Corpus Create(string name, string unit, int units, ImmutableArray<MetadataReference> sdk, IEnumerable<(string Path, string Text)> files)
    {
        var trees = files.Select(file => CSharpSyntaxTree.ParseText(file.Text, ParseOptions, file.Path)).ToImmutableArray();
        var sdkFiles = trees.Count(tree => tree.GetText().ToString().Contains("using Azure.ResourceManager.KeyVault;", StringComparison.Ordinal));
        return new Corpus(name, unit, units, sdkFiles, trees, Analyzers.NetReferences.AddRange(sdk));
    }

    /// <summary>A new compilation of the corpus: nothing bound, nothing cached from an earlier run. Its files are parsed
    /// anew, as a build parses them: what an analyzer keeps per syntax tree (HsmAnalyzers' syntax index) is built in
    /// every run, as it is in every build, and not once for the whole benchmark by its first run.</summary>
    public static CSharpCompilation Compile(Corpus corpus, Configuration configuration) => CSharpCompilation.Create(
        "Corpus",
        corpus.Trees.Select(tree => CSharpSyntaxTree.ParseText(tree.GetText(), (CSharpParseOptions)tree.Options, tree.FilePath)),
        corpus.References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(configuration is Configuration.Net or Configuration.NetHsm or Configuration.NetFindings ? Analyzers.BuildViewOptions : ImmutableDictionary<string, ReportDiagnostic>.Empty));

    public static ImmutableArray<DiagnosticAnalyzer> AnalyzersOf(Corpus corpus, Configuration configuration) => configuration switch
    {
        Configuration.Findings => Analyzers.FindingsOf(corpus, liveOnly: false),
        Configuration.Baseline => Analyzers.NoOp,
        Configuration.BindOnce => Analyzers.BindOnce,
        Configuration.Hsm => Analyzers.Hsm,
        Configuration.Net => Analyzers.Net,
        Configuration.NetHsm => Analyzers.Net.AddRange(Analyzers.Hsm),
        Configuration.NetFindings => Analyzers.Net.AddRange(Analyzers.FindingsOf(corpus, liveOnly: false)),
        Configuration.CompareA or Configuration.CompareB => Analyzers.Compared[configuration].Analyzers,
        _ => [],
    };

    public static CompilationWithAnalyzers WithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool concurrent, bool logTime = false) =>
        compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: null,
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: logTime,
                reportSuppressedDiagnostics: false));

    /// <summary>Compiler diagnostics (declarations and method bodies), plus the analyzers' for every configuration but
    /// compile only: what a build computes before it emits.</summary>
    public static Sample Run(Corpus corpus, Configuration configuration, bool concurrent)
    {
        // Parsed before the clock starts: parsing is the same in every configuration.
        var compilation = Compile(corpus, configuration);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();

        var diagnostics = configuration == Configuration.CompileOnly
            ? compilation.GetDiagnostics()
            : WithAnalyzers(compilation, AnalyzersOf(corpus, configuration), concurrent).GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();

        stopwatch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new Sample(stopwatch.Elapsed.TotalMilliseconds, cpu.TotalMilliseconds, allocated, diagnostics.Length);
    }

    /// <summary>HsmAnalyzers' own callback time per analyzer (the driver's telemetry), by analyzer name, on the corpus,
    /// in an untimed run, and the HSM diagnostics by ID.</summary>
    public static (Dictionary<string, double> Milliseconds, SortedDictionary<string, int> Diagnostics) OwnTime(Corpus corpus, bool concurrent)
    {
        var withAnalyzers = WithAnalyzers(Compile(corpus, Configuration.Hsm), Analyzers.Hsm, concurrent, logTime: true);
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        var times = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var analyzer in Analyzers.Hsm)
        {
            times[analyzer.GetType().Name] = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
        }

        var byId = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics.Where(d => d.Id.StartsWith("HSM", StringComparison.Ordinal)))
        {
            byId[diagnostic.Id] = byId.GetValueOrDefault(diagnostic.Id) + 1;
        }

        return (times, byId);
    }

    /// <summary>The compiler errors of the corpus: the generated code must compile, or the benchmark measures error recovery.</summary>
    public static ImmutableArray<Diagnostic> Errors(Corpus corpus) =>
        Compile(corpus, Configuration.CompileOnly).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
}
