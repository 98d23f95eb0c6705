using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace HsmAnalyzers.CodeFixes.Engine;

/// <summary>The shape every HsmAnalyzers fixer shares: one rule, one stable equivalence key, Fix All in one batch per
/// document, and a rewrite per diagnostic that is offered only when it exists and <see cref="FixSafety"/> finds that it
/// changes the code and adds no error, on the fixed text parsed again. Names marked with
/// <see cref="Simplifier.AddImportsAnnotation"/> get their using directive.</summary>
/// <remarks>A fixer gives its fix as edits (<see cref="Edit"/>, <see cref="EditAsync"/>) on a <see cref="SyntaxEditor"/>
/// over the document's original root: Fix All registers the edits of every diagnostic on one editor and rewrites the
/// document once, in one pass over the tree when the edits are those of <see cref="SyntaxEdits"/>
/// (<see cref="BatchEditor"/>), then cleans it up and checks it once, so that N fixes cost about N single fixes.
/// The code actions skip Roslyn's own clean-up, which would build the fixed document's semantic model once more (the
/// engine's clean-up is final). Fixers that give a whole new root
/// (<see cref="Fix"/>, <see cref="FixAsync"/>) are applied one after another in Fix All.</remarks>
public abstract class HsmCodeFixProvider : CodeFixProvider
{
    private readonly string _equivalenceKey;

    private protected HsmCodeFixProvider(string diagnosticId, string equivalenceKey)
    {
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
        _equivalenceKey = equivalenceKey;
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    public sealed override FixAllProvider GetFixAllProvider() => new BatchFixAllProvider(this);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var cancellationToken = context.CancellationToken;
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (await SafeEditAsync(document, root, diagnostic, cancellationToken).ConfigureAwait(false) is ({ } title, { } fixedDocument))
            {
                Register(title, fixedDocument, _equivalenceKey);
            }

            foreach (var (alternativeTitle, newRoot, equivalenceKey) in AlternativeFixes(root, diagnostic))
            {
                var alternative = await CleanedUpAsync(document.WithSyntaxRoot(newRoot), cancellationToken).ConfigureAwait(false);
                if (await FixSafety.IsSafeAsync(document, alternative, cancellationToken).ConfigureAwait(false))
                {
                    Register(alternativeTitle, alternative, equivalenceKey);
                }
            }

            void Register(string title, Document fixedDocument, string equivalenceKey) =>
                context.RegisterCodeFix(new CleanedUpAction(title, _ => Task.FromResult<Solution?>(fixedDocument.Project.Solution), equivalenceKey), diagnostic);
        }
    }

    /// <summary>The fix's title and edits on the document's original root, or null when no fix exists for this diagnostic.</summary>
    private protected virtual (string Title, Action<SyntaxEditor> Edit)? Edit(SyntaxNode root, Diagnostic diagnostic) => null;

    /// <summary>Like <see cref="Edit"/>, for fixes that need the semantic model. Fix All gives every diagnostic of a
    /// document the same <paramref name="document"/>, so that its semantic model is built once.</summary>
    private protected virtual Task<(string Title, Action<SyntaxEditor> Edit)?> EditAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        Task.FromResult(Edit(root, diagnostic));

    /// <summary>The fix's title and the rewritten root, or null when no fix exists for this diagnostic. Fixers that give
    /// their fix as edits (<see cref="Edit"/>) need not override this.</summary>
    private protected virtual (string Title, SyntaxNode Root)? Fix(SyntaxNode root, Diagnostic diagnostic) => null;

    /// <summary>Like <see cref="Fix"/>, for fixes that need the semantic model.</summary>
    private protected virtual Task<(string Title, SyntaxNode Root)?> FixAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        Task.FromResult(Fix(root, diagnostic));

    /// <summary>Fixes offered besides the main one, each under an equivalence key of its own.</summary>
    private protected virtual IEnumerable<(string Title, SyntaxNode Root, string EquivalenceKey)> AlternativeFixes(SyntaxNode root, Diagnostic diagnostic) =>
        Enumerable.Empty<(string, SyntaxNode, string)>();

    /// <summary>The main fix as edits: those of <see cref="EditAsync"/>, else the root of <see cref="FixAsync"/> (which
    /// cannot be batched: <paramref name="batchable"/> is then false).</summary>
    private async Task<(string Title, Action<SyntaxEditor> Edit, bool Batchable)?> AnyEditAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        FixWork.Count(FixWork.Kind.FixComputed);
        if (await EditAsync(document, root, diagnostic, cancellationToken).ConfigureAwait(false) is ({ } title, { } edit))
        {
            return (title, edit, true);
        }

        return await FixAsync(document, root, diagnostic, cancellationToken).ConfigureAwait(false) is ({ } fixTitle, { } newRoot)
            ? (fixTitle, editor => editor.ReplaceNode(editor.OriginalRoot, newRoot), false)
            : null;
    }

    private async Task<(string Title, Document Fixed)?> SafeEditAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (await AnyEditAsync(document, root, diagnostic, cancellationToken).ConfigureAwait(false) is not ({ } title, { } edit, _)
            || Apply(document, root, [edit]) is not { } newRoot)
        {
            return null;
        }

        var fixedDocument = await CleanedUpAsync(document.WithSyntaxRoot(newRoot), cancellationToken).ConfigureAwait(false);
        return await FixSafety.IsSafeAsync(document, fixedDocument, cancellationToken).ConfigureAwait(false) ? (title, fixedDocument) : null;
    }

    /// <summary>Fix All in one document: the edits of every diagnostic, computed on the document as it is, on one
    /// editor, and one check of the result. When the batch adds an error (two fixes that only conflict together), the
    /// fixes that are safe one by one are applied one after another instead.</summary>
    private async Task<Document> FixAllInDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root)
        {
            return document;
        }

        var edits = new List<Action<SyntaxEditor>>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (await AnyEditAsync(document, root, diagnostic, cancellationToken).ConfigureAwait(false) is not (_, { } edit, var batchable))
            {
                continue;
            }

            if (!batchable)
            {
                return await FixAllOneAfterAnotherAsync(document, diagnostics, _equivalenceKey, cancellationToken).ConfigureAwait(false);
            }

            edits.Add(edit);
        }

        if (edits.Count == 0 || Apply(document, root, edits) is not { } newRoot)
        {
            return document;
        }

        var fixedDocument = await CleanedUpAsync(document.WithSyntaxRoot(newRoot), cancellationToken).ConfigureAwait(false);
        return await FixSafety.IsSafeAsync(document, fixedDocument, cancellationToken).ConfigureAwait(false)
            ? fixedDocument
            : await FixAllOneAfterAnotherAsync(document, diagnostics, _equivalenceKey, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Fix All by applying the safe fixes one after another, from the end of the document to its start, so
    /// that each fix sees the code the previous ones left: for fixes given as whole roots and for alternative fixes.</summary>
    private async Task<Document> FixAllOneAfterAnotherAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
    {
        var current = document;
        foreach (var diagnostic in diagnostics.OrderByDescending(d => d.Location.SourceSpan.Start))
        {
            if (await current.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root)
            {
                continue;
            }

            Document? fixedDocument;
            if (equivalenceKey == _equivalenceKey)
            {
                fixedDocument = (await SafeEditAsync(current, root, diagnostic, cancellationToken).ConfigureAwait(false))?.Fixed;
            }
            else
            {
                var newRoot = AlternativeFixes(root, diagnostic).FirstOrDefault(fix => fix.EquivalenceKey == equivalenceKey).Root;
                fixedDocument = newRoot is null ? null : await CleanedUpAsync(current.WithSyntaxRoot(newRoot), cancellationToken).ConfigureAwait(false);
                if (fixedDocument is not null && !await FixSafety.IsSafeAsync(current, fixedDocument, cancellationToken).ConfigureAwait(false))
                {
                    fixedDocument = null;
                }
            }

            current = fixedDocument ?? current;
        }

        return current;
    }

    private static SyntaxNode? Apply(Document document, SyntaxNode root, IEnumerable<Action<SyntaxEditor>> edits)
    {
        var services = document.Project.Solution.Services;
        var editor = new BatchEditor(root, services);
        foreach (var edit in edits)
        {
            edit(editor);
        }

        FixWork.Count(FixWork.Kind.DocumentRewritten);
        try
        {
            if (!editor.HasBatchedEdits)
            {
                return editor.GetChangedRoot();
            }

            if (editor.GetChangedRoot() == root)
            {
                return editor.GetBatchedRoot();
            }

            // Edits of both kinds: all of them one after another, on a plain editor.
            var sequential = new SyntaxEditor(root, services);
            foreach (var edit in edits)
            {
                edit(sequential);
            }

            return sequential.GetChangedRoot();
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or InvalidCastException)
        {
            // Two edits of one batch on the same node that cannot be composed (one removes what another changes).
            return null;
        }
    }

    /// <summary>Fix All in a document, a project or the solution: <see cref="FixAllInDocumentAsync"/> (or one fix after
    /// another for an alternative fix) in each document with diagnostics.</summary>
    /// <remarks>Not <see cref="FixAllProvider.Create(System.Func{FixAllContext, Document, ImmutableArray{Diagnostic}, Task{Document?}})"/>:
    /// its code action cleans every fixed document up again (imports, simplification, formatting), which builds the
    /// document's semantic model once more and formats in the document, work that the engine has done already.</remarks>
    private sealed class BatchFixAllProvider(HsmCodeFixProvider fixer) : FixAllProvider
    {
        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => [FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution];

        public override Task<CodeAction?> GetFixAsync(FixAllContext context)
        {
            var documents = context.Scope switch
            {
                FixAllScope.Document when context.Document is { } document => [document],
                FixAllScope.Project => context.Project.Documents,
                FixAllScope.Solution => context.Solution.Projects.SelectMany(project => project.Documents),
                _ => Enumerable.Empty<Document>(),
            };
            var title = context.Scope switch
            {
                FixAllScope.Project => $"Fix all occurrences in {context.Project.Name}",
                FixAllScope.Solution => "Fix all occurrences in Solution",
                _ => $"Fix all occurrences in {context.Document?.Name}",
            };
            return Task.FromResult<CodeAction?>(new CleanedUpAction(title, cancellationToken => FixAllAsync(context, documents.ToList(), cancellationToken), context.CodeActionEquivalenceKey));
        }

        private async Task<Solution?> FixAllAsync(FixAllContext context, List<Document> documents, CancellationToken cancellationToken)
        {
            var solution = context.Solution;
            foreach (var document in documents)
            {
                var diagnostics = (await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false))
                    .Where(d => fixer.FixableDiagnosticIds.Contains(d.Id))
                    .ToImmutableArray();
                if (diagnostics.IsEmpty)
                {
                    continue;
                }

                var fixedDocument = context.CodeActionEquivalenceKey == fixer._equivalenceKey
                    ? await fixer.FixAllInDocumentAsync(document, diagnostics, cancellationToken).ConfigureAwait(false)
                    : await fixer.FixAllOneAfterAnotherAsync(document, diagnostics, context.CodeActionEquivalenceKey, cancellationToken).ConfigureAwait(false);
                if (fixedDocument != document)
                {
                    solution = solution.WithDocumentText(document.Id, await fixedDocument.GetTextAsync(cancellationToken).ConfigureAwait(false));
                }
            }

            return solution;
        }
    }

    /// <summary>A code action whose documents are final: the engine imported, shortened and formatted them
    /// (<see cref="CleanedUpAsync"/>) and checked that text, so the code action's own clean-up, which would build the
    /// semantic model again, is skipped.</summary>
    private sealed class CleanedUpAction(string title, Func<CancellationToken, Task<Solution?>> createChangedSolution, string? equivalenceKey) : CodeAction
    {
        public override string Title => title;

        public override string? EquivalenceKey => equivalenceKey;

        protected override Task<Solution?> GetChangedSolutionAsync(CancellationToken cancellationToken) => createChangedSolution(cancellationToken);

        protected override Task<Document> PostProcessChangesAsync(Document document, CancellationToken cancellationToken) => Task.FromResult(document);
    }

    /// <summary>The document as the user gets it: annotated names shortened (<see cref="ShortNames"/>) and imported
    /// where the usings do not find them yet, new code formatted (<see cref="NewCodeFormatting"/>), and the annotations
    /// that would make the code action do it again removed. The safety check reads this text.</summary>
    /// <remarks>The names are shortened first on the document as the fix left it: when the usings in place find them
    /// all, no import is added and the semantic model built for that is the only one; otherwise the imports are added on
    /// the same document (whose semantic model is reused) and the names shortened again.</remarks>
    private static async Task<Document> CleanedUpAsync(Document document, CancellationToken cancellationToken)
    {
        if (await ShortNames.ReduceAsync(document, onlyIfAllImported: true, cancellationToken).ConfigureAwait(false) is { } reduced)
        {
            document = reduced;
        }
        else
        {
            document = await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            document = (await ShortNames.ReduceAsync(document, onlyIfAllImported: false, cancellationToken).ConfigureAwait(false))!;
        }

        document = await NewCodeFormatting.FormatAsync(document, cancellationToken).ConfigureAwait(false);
        return document.WithSyntaxRoot(ShortNames.WithoutCleanupAnnotations((await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!));
    }
}
