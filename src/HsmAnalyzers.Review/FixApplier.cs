using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace HsmAnalyzers.Review;

/// <summary>What <c>--fix</c> changed: how many findings of a rule a file lost.</summary>
internal sealed record AppliedFix(string Path, string RuleId, int Fixed);

/// <summary>Applies Fix All per rule and file, through each fixer's Fix All provider with the equivalence key of
/// its first fix, re-analysing after each so that every fix sees the code the previous ones left.</summary>
internal static class FixApplier
{
    /// <returns>The fixed solution, the project's remaining diagnostics, and what changed.</returns>
    public static async Task<(Solution Solution, ImmutableArray<Diagnostic> Remaining, ImmutableArray<AppliedFix> Applied)> ApplyAsync(
        Solution solution, ProjectId projectId, string? loadFailure, SourceRoot root, CancellationToken cancellationToken)
    {
        // A fixer that cannot fix (it returns no change, or the finding survives) is tried once per file and rule.
        var tried = new HashSet<(DocumentId, string)>();
        var before = new Dictionary<(DocumentId Document, string RuleId), int>();
        while (true)
        {
            var project = solution.GetProject(projectId)!;
            var diagnostics = await Analysis.AnalyzeAsync(project, loadFailure, cancellationToken).ConfigureAwait(false);
            var next = diagnostics
                .Where(d => !d.IsSuppressed && PackageRules.Fixers.ContainsKey(d.Id))
                .Select(d => (Document: project.GetDocument(d.Location.SourceTree), Diagnostic: d))
                .Where(item => item.Document is not null && !tried.Contains((item.Document.Id, item.Diagnostic.Id)))
                .GroupBy(item => (item.Document!.Id, item.Diagnostic.Id))
                .FirstOrDefault();
            if (next is null)
            {
                var applied = before
                    .Select(pair => new AppliedFix(
                        root.Relative(solution.GetDocument(pair.Key.Document)!.FilePath!) ?? solution.GetDocument(pair.Key.Document)!.FilePath!,
                        pair.Key.RuleId,
                        pair.Value - diagnostics.Count(d => !d.IsSuppressed && d.Id == pair.Key.RuleId && project.GetDocument(d.Location.SourceTree)?.Id == pair.Key.Document)))
                    .Where(fix => fix.Fixed > 0)
                    .OrderBy(fix => fix.Path, System.StringComparer.Ordinal)
                    .ThenBy(fix => fix.RuleId, System.StringComparer.Ordinal)
                    .ToImmutableArray();
                return (solution, diagnostics, applied);
            }

            tried.Add(next.Key);
            var document = next.First().Document!;
            var group = next.Select(item => item.Diagnostic).ToImmutableArray();
            var fixedSolution = await FixAllAsync(document, group, cancellationToken).ConfigureAwait(false);
            if (fixedSolution is not null)
            {
                before.TryAdd(next.Key, group.Length);
                solution = fixedSolution;
            }
        }
    }

    private static async Task<Solution?> FixAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var fixer = PackageRules.Fixers[diagnostics[0].Id];
        var first = await SuggestedFixes.FirstActionAsync(document, diagnostics[0], cancellationToken).ConfigureAwait(false);
        if (first is null || fixer.GetFixAllProvider() is not { } fixAllProvider)
        {
            return null;
        }

        var context = new FixAllContext(
            document,
            fixer,
            FixAllScope.Document,
            first.EquivalenceKey,
            [diagnostics[0].Id],
            new KnownDiagnostics(document, diagnostics),
            cancellationToken);
        var action = await fixAllProvider.GetFixAsync(context).ConfigureAwait(false);
        return action is null ? null : await SuggestedFixes.ChangedSolutionAsync(action, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The diagnostics already computed for the one document being fixed.</summary>
    private sealed class KnownDiagnostics(Document document, ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document requested, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(requested.Id == document.Id ? diagnostics : []);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>([]);

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(project.Id == document.Project.Id ? diagnostics : []);
    }
}
