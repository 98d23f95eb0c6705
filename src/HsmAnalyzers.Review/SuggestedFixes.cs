using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace HsmAnalyzers.Review;

/// <summary>A finding's fix as text replacements, for a review bot to post as a suggested change.</summary>
internal static class SuggestedFixes
{
    /// <summary>The first code action the rule's fixer offers: the one Fix All applies.</summary>
    public static async Task<CodeAction?> FirstActionAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        CodeAction? first = null;
        var context = new CodeFixContext(document, diagnostic, (action, _) => first ??= action, cancellationToken);
        await PackageRules.Fixers[diagnostic.Id].RegisterCodeFixesAsync(context).ConfigureAwait(false);
        return first;
    }

    public static async Task<SuggestedFix?> FirstAsync(Document document, Diagnostic diagnostic, SourceRoot root, CancellationToken cancellationToken)
    {
        var action = await FirstActionAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
        if (action is null)
        {
            return null;
        }

        var changed = await ChangedSolutionAsync(action, cancellationToken).ConfigureAwait(false);
        if (changed is null)
        {
            return null;
        }

        var original = document.Project.Solution;
        var changes = ImmutableArray.CreateBuilder<FileChange>();
        foreach (var documentId in changed.GetChanges(original).GetProjectChanges().SelectMany(project => project.GetChangedDocuments(onlyGetDocumentsWithTextChanges: true)))
        {
            var before = original.GetDocument(documentId)!;
            var beforeText = await before.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var textChanges = await changed.GetDocument(documentId)!.GetTextChangesAsync(before, cancellationToken).ConfigureAwait(false);
            changes.Add(new FileChange(
                root.Relative(before.FilePath!) ?? before.FilePath!,
                textChanges.Select(change => new Replacement(FindingFactory.Region(beforeText, change.Span), change.NewText ?? "")).ToImmutableArray()));
        }

        return changes.Count == 0 ? null : new SuggestedFix(action.Title, changes.ToImmutable());
    }

    public static async Task<Solution?> ChangedSolutionAsync(CodeAction action, CancellationToken cancellationToken) =>
        (await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false)).OfType<ApplyChangesOperation>().FirstOrDefault()?.ChangedSolution;
}
