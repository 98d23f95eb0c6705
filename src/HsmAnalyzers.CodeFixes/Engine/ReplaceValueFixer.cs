using System.Collections.Immutable;
using System.Globalization;
using System.Threading.Tasks;
using HsmAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace HsmAnalyzers.CodeFixes.Engine;

/// <summary>A fix that writes the integer the analyzer chose (diagnostic property <c>Replacement</c>) in place
/// of an assigned value. No property, no fix.</summary>
public abstract class ReplaceValueFixer : CodeFixProvider
{
    private readonly string _title;
    private readonly string _equivalenceKey;

    private protected ReplaceValueFixer(string diagnosticId, string title, string equivalenceKey)
    {
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
        _title = title;
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
            if (diagnostic.Properties.TryGetValue(SoftDeleteRetention.ReplacementProperty, out var text)
                && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                && SyntaxEdits.FindAssignment(root, diagnostic) is { } assignment)
            {
                var newRoot = SyntaxEdits.ReplaceAssignedValue(root, assignment, SyntaxEdits.Literal(value));
                context.RegisterCodeFix(
                    CodeAction.Create(string.Format(CultureInfo.InvariantCulture, _title, value), _ => Task.FromResult(context.Document.WithSyntaxRoot(newRoot)), _equivalenceKey),
                    diagnostic);
            }
        }
    }
}
