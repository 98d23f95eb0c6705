using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace HsmAnalyzers.CodeFixes.Engine;

/// <summary>The shape every HsmAnalyzers fixer shares: one rule, one stable equivalence key, Fix All by batch, and
/// a syntax rewrite per diagnostic that is offered only when <see cref="Fix"/> returns one. Names marked with
/// <see cref="Simplifier.AddImportsAnnotation"/> get their using directive.</summary>
public abstract class HsmCodeFixProvider : CodeFixProvider
{
    private readonly string _equivalenceKey;

    private protected HsmCodeFixProvider(string diagnosticId, string equivalenceKey)
    {
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
        _equivalenceKey = equivalenceKey;
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <summary>Fix All applies the fixes one after another, from the end of the document to its start, so that
    /// each fix sees the code the previous ones left and none is dropped as overlapping (the batch fixer drops
    /// edits that touch neighbouring text, such as an insertion right before another fixed statement).</summary>
    public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(async (context, document, diagnostics) =>
    {
        var current = document;
        foreach (var diagnostic in diagnostics.OrderByDescending(d => d.Location.SourceSpan.Start))
        {
            var root = await current.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                continue;
            }

            var newRoot = context.CodeActionEquivalenceKey == _equivalenceKey
                ? (await FixAsync(current, root, diagnostic, context.CancellationToken).ConfigureAwait(false))?.Root
                : AlternativeFixes(root, diagnostic).FirstOrDefault(fix => fix.EquivalenceKey == context.CodeActionEquivalenceKey).Root;
            if (newRoot is not null)
            {
                current = current.WithSyntaxRoot(newRoot);
            }
        }

        return await ImportAdder.AddImportsAsync(current, Simplifier.AddImportsAnnotation, cancellationToken: context.CancellationToken).ConfigureAwait(false);
    });

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (await FixAsync(context.Document, root, diagnostic, context.CancellationToken).ConfigureAwait(false) is ({ } primaryTitle, { } primaryRoot))
            {
                Register(primaryTitle, primaryRoot, _equivalenceKey);
            }

            foreach (var (title, newRoot, equivalenceKey) in AlternativeFixes(root, diagnostic))
            {
                Register(title, newRoot, equivalenceKey);
            }

            void Register(string title, SyntaxNode newRoot, string equivalenceKey)
            {
                var document = context.Document.WithSyntaxRoot(newRoot);
                context.RegisterCodeFix(
                    CodeAction.Create(title, cancellationToken => ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken), equivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The fix's title and the rewritten root, or null when no fix that compiles exists for this diagnostic.</summary>
    private protected virtual (string Title, SyntaxNode Root)? Fix(SyntaxNode root, Diagnostic diagnostic) => null;

    /// <summary>Like <see cref="Fix"/>, for fixes that need the semantic model. This is the fix Fix All applies.</summary>
    private protected virtual Task<(string Title, SyntaxNode Root)?> FixAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        Task.FromResult(Fix(root, diagnostic));

    /// <summary>Fixes offered besides the main one, each under an equivalence key of its own; Fix All does not apply them.</summary>
    private protected virtual IEnumerable<(string Title, SyntaxNode Root, string EquivalenceKey)> AlternativeFixes(SyntaxNode root, Diagnostic diagnostic) =>
        Enumerable.Empty<(string, SyntaxNode, string)>();
}
