using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HsmAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Tests;

/// <summary>Deterministic cost checks (no timing): a project without the Managed HSM SDK pays for one
/// compilation-start action per analyzer and nothing else.</summary>
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
            Assert.Equal(1, telemetry.CompilationStartActionsCount);
            Assert.Equal(0, telemetry.SyntaxNodeActionsCount + telemetry.OperationActionsCount + telemetry.SyntaxTreeActionsCount
                + telemetry.SemanticModelActionsCount + telemetry.SymbolActionsCount + telemetry.CodeBlockActionsCount
                + telemetry.CodeBlockStartActionsCount + telemetry.OperationBlockActionsCount + telemetry.OperationBlockStartActionsCount
                + telemetry.CompilationActionsCount + telemetry.CompilationEndActionsCount);
        }
    }

    /// <summary>The only rules allowed to need the whole project: each decides whether something exists anywhere in it.</summary>
    private static readonly string[] CompilationEndRules = ["HSM1301", "HSM1304"];

    [Fact]
    public async Task OnlyTheListedRulesNeedTheWholeCompilation()
    {
        var compilation = await AnalyzerRunner.CompileAsync([("Empty.cs", "class Empty { }")]);
        var withAnalyzers = AnalyzerRunner.WithAnalyzers(compilation, Package.Analyzers);
        await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        foreach (var analyzer in Package.Analyzers)
        {
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
            var listed = analyzer.SupportedDiagnostics.All(d => CompilationEndRules.Contains(d.Id));
            Assert.Equal(listed ? 1 : 0, telemetry.CompilationEndActionsCount);
            Assert.All(analyzer.SupportedDiagnostics, d => Assert.Equal(listed, d.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd)));
        }
    }
}
