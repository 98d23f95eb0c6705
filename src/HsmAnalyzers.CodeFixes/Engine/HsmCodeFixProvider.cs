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
            if (Fix(root, diagnostic) is ({ } title, { } newRoot))
            {
                var document = context.Document.WithSyntaxRoot(newRoot);
                context.RegisterCodeFix(
                    CodeAction.Create(title, cancellationToken => ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken), _equivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The fix's title and the rewritten root, or null when no fix that compiles exists for this diagnostic.</summary>
    private protected abstract (string Title, SyntaxNode Root)? Fix(SyntaxNode root, Diagnostic diagnostic);
}
