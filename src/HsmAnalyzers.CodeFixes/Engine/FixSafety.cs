using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace HsmAnalyzers.CodeFixes.Engine;

/// <summary>
/// The check every fix passes before it is offered: the fixed text, parsed again (an in-memory tree hides a keyword
/// written as an identifier), differs from the original and has no error the original did not have, neither in its
/// syntax (a directive left without its pair) nor in the members the fix touched (a symbol that is not accessible, not
/// assigned or not usable at the insertion point, an <c>await</c> where none is allowed, an argument of the wrong type).
/// </summary>
/// <remarks>The members are those around the changed text, compiled whole, so that an error the change causes further
/// down the member (a use that is no longer definitely assigned) counts too. Errors are compared by ID and count: a
/// document that did not compile may keep its errors, but gets none more.</remarks>
internal static class FixSafety
{
    public static async Task<bool> IsSafeAsync(Document original, Document fixedDocument, CancellationToken cancellationToken)
    {
        var oldText = await original.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var newText = await fixedDocument.GetTextAsync(cancellationToken).ConfigureAwait(false);
        if (Changed(oldText, newText) is not var (oldSpan, newSpan))
        {
            return false;
        }

        FixWork.Count(FixWork.Kind.SafetyCheck);
        FixWork.Count(FixWork.Kind.SemanticModelOfChangedCode);
        var reparsed = original.WithText(newText);
        if (await original.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false) is not { } oldTree
            || await reparsed.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false) is not { } newTree
            || AddsErrors(oldTree.GetDiagnostics(cancellationToken), newTree.GetDiagnostics(cancellationToken))
            || await original.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } oldModel
            || await reparsed.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } newModel)
        {
            return false;
        }

        var oldErrors = oldModel.GetDiagnostics(Members(await oldTree.GetRootAsync(cancellationToken).ConfigureAwait(false), oldSpan), cancellationToken);
        var newErrors = newModel.GetDiagnostics(Members(await newTree.GetRootAsync(cancellationToken).ConfigureAwait(false), newSpan), cancellationToken);
        return !AddsErrors(oldErrors, newErrors);
    }

    /// <summary>The changed span in the old and in the new text (one span each, from the first to the last changed
    /// character), or null when the texts are equal.</summary>
    private static (TextSpan Old, TextSpan New)? Changed(SourceText oldText, SourceText newText)
    {
        var oldString = oldText.ToString();
        var newString = newText.ToString();
        var shorter = Math.Min(oldString.Length, newString.Length);
        var prefix = 0;
        while (prefix < shorter && oldString[prefix] == newString[prefix])
        {
            prefix++;
        }

        if (prefix == oldString.Length && prefix == newString.Length)
        {
            return null;
        }

        var suffix = 0;
        while (suffix < shorter - prefix && oldString[oldString.Length - 1 - suffix] == newString[newString.Length - 1 - suffix])
        {
            suffix++;
        }

        return (TextSpan.FromBounds(prefix, oldString.Length - suffix), TextSpan.FromBounds(prefix, newString.Length - suffix));
    }

    /// <summary>The span from the start of the member the change starts in to the end of the one it ends in; the whole
    /// file for top-level statements, whose locals the whole program shares, and for a change outside any member (an
    /// added using directive can make a name anywhere in the file ambiguous).</summary>
    private static TextSpan Members(SyntaxNode root, TextSpan changed)
    {
        if (Member(root, changed.Start) is not { } first || Member(root, Math.Max(changed.Start, changed.End - 1)) is not { } last)
        {
            return root.FullSpan;
        }

        return TextSpan.FromBounds(Math.Min(first.FullSpan.Start, changed.Start), Math.Min(root.FullSpan.End, Math.Max(last.FullSpan.End, changed.End)));
    }

    private static SyntaxNode? Member(SyntaxNode root, int position)
    {
        if (position >= root.FullSpan.End)
        {
            return null;
        }

        var node = root.FindToken(position).Parent;
        if (node?.FirstAncestorOrSelf<GlobalStatementSyntax>() is not null)
        {
            return root;
        }

        return node?.AncestorsAndSelf().FirstOrDefault(n => n is MemberDeclarationSyntax and not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax);
    }

    private static bool AddsErrors(IEnumerable<Diagnostic> before, IEnumerable<Diagnostic> after)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var error in before.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            counts[error.Id] = counts.TryGetValue(error.Id, out var count) ? count + 1 : 1;
        }

        foreach (var error in after.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            if (!counts.TryGetValue(error.Id, out var count) || count == 0)
            {
                return true;
            }

            counts[error.Id] = count - 1;
        }

        return false;
    }
}
