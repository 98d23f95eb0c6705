using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HsmAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HsmAnalyzers.Tests;

/// <summary>Deterministic cost checks (no timing): a project without the Managed HSM SDK pays for one
/// compilation-start action per analyzer and a small fixed allocation, and no rule waits for the whole compilation
/// unless it is listed. Timings are the benchmark's (bench/HsmAnalyzers.Benchmarks).</summary>
[Collection(nameof(AllocationCollection))]
public class CostTests
{
    [Fact]
    public async Task WithoutTheSdkNothingIsRegisteredBeyondCompilationStart()
    {
        var compilation = await AnalyzerRunner.CompileAsync(
            [("Plain.cs", "class Plain { int Purge(int days) => days > 7 ? PurgeDeleted() : 0; int PurgeDeleted() => 1; }")],
            withAzureSdk: false);
        var withAnalyzers = AnalyzerRunner.WithAnalyzers(compilation, Package.Analyzers);
        Assert.Empty(await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None));

        foreach (var analyzer in Package.Analyzers)
        {
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
            // An analyzer whose rules are all off by default is not run at all.
            Assert.Equal(analyzer.SupportedDiagnostics.Any(d => d.IsEnabledByDefault) ? 1 : 0, telemetry.CompilationStartActionsCount);
            Assert.Equal(0, telemetry.SyntaxNodeActionsCount + telemetry.OperationActionsCount + telemetry.SyntaxTreeActionsCount
                + telemetry.SemanticModelActionsCount + telemetry.SymbolActionsCount + telemetry.CodeBlockActionsCount
                + telemetry.CodeBlockStartActionsCount + telemetry.OperationBlockActionsCount + telemetry.OperationBlockStartActionsCount
                + telemetry.CompilationActionsCount + telemetry.CompilationEndActionsCount);
        }
    }

    /// <summary>On SDK code, each of the package's analyzers registers one semantic model action (its rules'
    /// registrations run on each file's syntax index) and never the driver's per-node or per-body actions, whose
    /// dispatch to every rule on every node of every file cost more than the rules' own work.</summary>
    [Fact]
    public async Task WithTheSdkEachAnalyzerRegistersOneActionPerFile()
    {
        var compilation = await AnalyzerRunner.CompileAsync([("Provisioning.cs", SdkSources.BareProvisioning)]);
        var withAnalyzers = AnalyzerRunner.WithAnalyzers(compilation, Package.Analyzers);
        await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        foreach (var analyzer in Package.Analyzers)
        {
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
            var name = analyzer.GetType().Name;
            Assert.True(telemetry.SemanticModelActionsCount <= 1, $"{name} registers {telemetry.SemanticModelActionsCount} semantic model actions");
            Assert.True(
                telemetry.SyntaxNodeActionsCount + telemetry.OperationActionsCount + telemetry.SyntaxTreeActionsCount + telemetry.SymbolActionsCount
                + telemetry.CodeBlockActionsCount + telemetry.CodeBlockStartActionsCount + telemetry.OperationBlockActionsCount
                + telemetry.OperationBlockStartActionsCount == 0,
                $"{name} registers per-node, per-body or per-symbol actions: register through HsmCompilationStartContext");
        }
    }

    /// <summary>The rules that register a compilation-end action (or report with the CompilationEnd tag) because they
    /// truly need the whole project. Such diagnostics never show in live IDE analysis, and the action holds state for the
    /// whole compilation: a rule joins this list only when it cannot report where the code is.</summary>
    private static readonly ImmutableHashSet<string> CompilationEndAllowList = ImmutableHashSet.Create(StringComparer.Ordinal, "HSM1203", "HSM1301", "HSM1304", "HSM1502");

    /// <summary>What HsmAnalyzers may allocate on a compilation without the SDK, beyond a no-op analyzer. Measured at
    /// about 7 KB, the same on 1 file as on 40: the two analyzers' compilation-start actions, the SdkSymbols look-up (five
    /// GetTypeByMetadataName calls once per compilation; without the SDK the other types are not looked up) and the
    /// driver's state for each analyzer (it was 160 KB when each of 32 rules was an analyzer of its own). 512 KB leaves
    /// room for Roslyn's variations between versions, not for an analyzer per rule again.</summary>
    private const long MissPathAllocationBudget = 512 * 1024;

    /// <summary>How much the extra allocation may differ between a 1-file and a 40-file compilation: it must not grow with
    /// the size of the project (measured: a few hundred bytes).</summary>
    private const long MissPathGrowthTolerance = 64 * 1024;

    [Fact]
    public async Task NoRuleNeedsTheWholeCompilationUnlessListed()
    {
        var compilation = await AnalyzerRunner.CompileAsync([("Empty.cs", "class Empty { }")]);
        var withAnalyzers = AnalyzerRunner.WithAnalyzers(compilation, Package.Analyzers);
        await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        var ids = Package.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToImmutableHashSet(StringComparer.Ordinal);
        Assert.Empty(CompilationEndAllowList.Except(ids));
        foreach (var analyzer in Package.Analyzers)
        {
            if (analyzer.SupportedDiagnostics.All(d => CompilationEndAllowList.Contains(d.Id)))
            {
                Assert.All(analyzer.SupportedDiagnostics, d => Assert.Contains(WellKnownDiagnosticTags.CompilationEnd, d.CustomTags));
                continue;
            }

            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
            Assert.True(telemetry.CompilationEndActionsCount == 0, $"{analyzer.GetType().Name} registers a compilation-end action and is not in {nameof(CompilationEndAllowList)}");
            Assert.DoesNotContain(analyzer.SupportedDiagnostics, d => d.CustomTags.Contains("CompilationEnd"));
        }
    }

    /// <summary>On a compilation without the SDK types, HsmAnalyzers allocate within a small fixed budget over a no-op
    /// analyzer, whatever the size of the compilation. The analysis is non-concurrent, but the driver still hands its work
    /// to the thread pool, so GC.GetAllocatedBytesForCurrentThread would miss most of it: the process-wide precise count is
    /// read instead, in a collection that runs alone (<see cref="AllocationCollection"/>), median of five runs.</summary>
    [Fact]
    public async Task WithoutTheSdkAllocationsStayWithinAFixedBudget()
    {
        var small = await Extra(files: 1);
        var large = await Extra(files: 40);
        Assert.True(small <= MissPathAllocationBudget && large <= MissPathAllocationBudget,
            $"HsmAnalyzers allocated {small:N0} bytes (1 file) and {large:N0} bytes (40 files) more than a no-op analyzer without the SDK; budget {MissPathAllocationBudget:N0}");
        Assert.True(Math.Abs(large - small) <= MissPathGrowthTolerance, $"The extra allocation grows with the project: {small:N0} bytes on 1 file, {large:N0} on 40");
    }

    private static async Task<long> Extra(int files)
    {
        var sources = Enumerable.Range(0, files).Select(i => ($"Plain{i}.cs",
            $"class Plain{i} {{ int CreateOrUpdate(int days) => days > 7 ? PurgeDeleted() : 0; int PurgeDeleted() => System.Linq.Enumerable.Sum(System.Linq.Enumerable.Range(0, {i})); bool EnableSoftDelete {{ get; set; }} void Set() => EnableSoftDelete = false; }}"));
        var compilation = await AnalyzerRunner.CompileAsync(sources, withAzureSdk: false);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        long Allocated(ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var runs = new List<long>();
            for (var run = 0; run < 5; run++)
            {
                var fresh = compilation.Clone();
                var before = GC.GetTotalAllocatedBytes(precise: true);
                AnalyzerRunner.WithAnalyzers(fresh, analyzers, concurrent: false).GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
                runs.Add(GC.GetTotalAllocatedBytes(precise: true) - before);
            }

            return runs.Order().ElementAt(runs.Count / 2);
        }

        Allocated(Package.Analyzers); // warm-up: JIT and Roslyn's static caches
        Allocated(NoOp);
        return Allocated(Package.Analyzers) - Allocated(NoOp);
    }

    private static readonly ImmutableArray<DiagnosticAnalyzer> NoOp = [new NoOpAnalyzer()];

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class NoOpAnalyzer : DiagnosticAnalyzer
    {
#pragma warning disable RS2008 // A test double, not a shipped rule.
        private static readonly DiagnosticDescriptor Descriptor = new("TEST0001", "No-op", "No-op", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);
#pragma warning restore RS2008

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
        }
    }
}

/// <summary>Tests that read process-wide allocation counters: run after the parallel tests, alone.</summary>
[CollectionDefinition(nameof(AllocationCollection), DisableParallelization = true)]
public sealed class AllocationCollection
{
}
