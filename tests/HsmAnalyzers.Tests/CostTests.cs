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
            // An analyzer whose rules are all off by default is not run at all.
            Assert.Equal(analyzer.SupportedDiagnostics.Any(d => d.IsEnabledByDefault) ? 1 : 0, telemetry.CompilationStartActionsCount);
            Assert.Equal(0, telemetry.SyntaxNodeActionsCount + telemetry.OperationActionsCount + telemetry.SyntaxTreeActionsCount
                + telemetry.SemanticModelActionsCount + telemetry.SymbolActionsCount + telemetry.CodeBlockActionsCount
                + telemetry.CodeBlockStartActionsCount + telemetry.OperationBlockActionsCount + telemetry.OperationBlockStartActionsCount
                + telemetry.CompilationActionsCount + telemetry.CompilationEndActionsCount);
        }
    }

    /// <summary>Rules allowed to decide at compilation end, because what they report depends on the whole project.
    /// Every other rule reports where the code is, so that the IDE shows it while the code is written.</summary>
    private static readonly string[] CompilationEndRules = ["HSM1203", "HSM1301", "HSM1304", "HSM1502"];

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
