using System;
using HsmAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Editing;

namespace HsmAnalyzers.CodeFixes.Engine;

/// <summary>A fix that puts the configured admin group in place of an individual principal (diagnostic properties
/// of <see cref="AdminPrincipals"/>): replaces the reported expression with the group ID, or removes the reported
/// collection element. No property, no fix.</summary>
public abstract class AdminGroupFixer : HsmCodeFixProvider
{
    private protected AdminGroupFixer(string diagnosticId, string equivalenceKey)
        : base(diagnosticId, equivalenceKey)
    {
    }

    private protected sealed override (string Title, Action<SyntaxEditor> Edit)? Edit(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(AdminPrincipals.FixProperty, out var fix)
            || !diagnostic.Properties.TryGetValue(AdminPrincipals.GroupProperty, out var group)
            || group is null
            || SyntaxEdits.FindExpression(root, diagnostic) is not { } expression)
        {
            return null;
        }

        return fix switch
        {
            AdminPrincipals.FixReplace when SyntaxEdits.Replace(expression, SyntaxEdits.Literal(group)) is { } replace => ($"Use the admin group {group}", replace),
            AdminPrincipals.FixRemove when SyntaxEdits.RemoveElement(expression) is { } remove => ($"Remove this administrator (the admin group {group} replaces it)", remove),
            _ => null,
        };
    }
}
