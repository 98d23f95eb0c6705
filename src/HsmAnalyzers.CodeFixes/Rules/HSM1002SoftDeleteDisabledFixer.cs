using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using HsmAnalyzers.CodeFixes.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace HsmAnalyzers.CodeFixes.Rules;

/// <summary>Removes the assignment that turns soft delete off, so the HSM keeps the service default: on.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HSM1002SoftDeleteDisabledFixer)), Shared]
public sealed class HSM1002SoftDeleteDisabledFixer : CodeFixProvider
{
    public const string EquivalenceKey = "HSM1002.RemoveEnableSoftDelete";

    private const string Title = "Remove the assignment that disables soft delete";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.SoftDeleteDisabled);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (SyntaxEdits.FindAssignment(root, diagnostic) is { } assignment && SyntaxEdits.RemoveAssignment(root, assignment) is { } newRoot)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(newRoot)), EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
