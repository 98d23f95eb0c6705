using System.Collections.Generic;
using System.Collections.Immutable;
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

    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            foreach (var (title, newRoot, equivalenceKey) in Fixes(root, diagnostic))
            {
                var document = context.Document.WithSyntaxRoot(newRoot);
                context.RegisterCodeFix(
                    CodeAction.Create(title, cancellationToken => ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken), equivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The fix's title and the rewritten root, or null when no fix that compiles exists for this diagnostic.</summary>
    private protected abstract (string Title, SyntaxNode Root)? Fix(SyntaxNode root, Diagnostic diagnostic);

    /// <summary>Every fix offered for the diagnostic: by default the one <see cref="Fix"/> makes, under the fixer's
    /// equivalence key, which is the one Fix All applies. A fixer that offers alternatives adds them with keys of their own.</summary>
    private protected virtual IEnumerable<(string Title, SyntaxNode Root, string EquivalenceKey)> Fixes(SyntaxNode root, Diagnostic diagnostic)
    {
        if (Fix(root, diagnostic) is ({ } title, { } newRoot))
        {
            yield return (title, newRoot, _equivalenceKey);
        }
    }
}
