using System;
using HsmAnalyzers.Engine;
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
        if (FixProperties.Group(diagnostic) is not { } group || SyntaxEdits.FindExpression(root, diagnostic) is not { } expression)
        {
            return null;
        }

        return FixProperties.Fix(diagnostic) switch
        {
            FixKind.ReplacePrincipal when SyntaxEdits.Replace(expression, SyntaxEdits.Literal(group)) is { } replace => ($"Use the admin group {group}", replace),
            FixKind.RemovePrincipal when SyntaxEdits.RemoveElement(expression) is { } remove => ($"Remove this administrator (the admin group {group} replaces it)", remove),
            _ => null,
        };
    }
}
