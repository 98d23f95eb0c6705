using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HsmAnalyzers.Review;

/// <summary>Runs the package's analyzers on one project, with the project's analyzer config (.editorconfig and
/// global config severities and options) and its in-source suppressions, as its build would.</summary>
internal static class Analysis
{
    private const string AnalyzerFailureId = "AD0001";

    /// <summary>The package's diagnostics, suppressed ones included (<see cref="Diagnostic.IsSuppressed"/>), hidden
    /// ones (severity <c>silent</c>) left out as a build leaves them out.</summary>
    /// <param name="loadFailure">What MSBuild reported when it loaded the project, if anything.</param>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, string? loadFailure, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewException($"{project.Name} has no compilation");
        var options = new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions,
            onAnalyzerException: null,
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: true);
        var diagnostics = await compilation.WithAnalyzers(PackageRules.Analyzers, options).GetAllDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

        // Findings on code that does not compile could be wrong (a missing reference hides the SDK's types).
        var error = diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error && !d.IsWarningAsError && !d.IsSuppressed && !PackageRules.IsRule(d.Id));
        if (error is not null)
        {
            throw new ReviewException(loadFailure is null
                ? $"{project.Name} does not compile (restore and build it first): {error}"
                : $"{project.FilePath} could not be loaded: {loadFailure}");
        }

        foreach (var failure in diagnostics.Where(d => d.Id == AnalyzerFailureId))
        {
            System.Console.Error.WriteLine("hsm-review: warning: " + failure.GetMessage().ReplaceLineEndings(" "));
        }

        // Every rule reports where the code is, compilation-end rules included.
        return diagnostics
            .Where(d => PackageRules.IsRule(d.Id) && d.Severity != DiagnosticSeverity.Hidden && d.Location.IsInSource)
            .OrderBy(d => d.Location.SourceTree!.FilePath, System.StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, System.StringComparer.Ordinal)
            .ToImmutableArray();
    }
}
