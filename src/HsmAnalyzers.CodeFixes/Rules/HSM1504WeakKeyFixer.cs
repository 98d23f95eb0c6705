using System;
using System.Composition;
using HsmAnalyzers.CodeFixes.Engine;
using HsmAnalyzers.Engine;
using HsmAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace HsmAnalyzers.CodeFixes.Rules;

/// <summary>Raises the key size to the minimum HSM1504 asks for: replaces the assigned size, or sets one where the
/// options left the default.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HSM1504WeakKeyFixer)), Shared]
public sealed class HSM1504WeakKeyFixer : HsmCodeFixProvider
{
    public const string EquivalenceKey = "HSM1504.RaiseKeySize";

    public HSM1504WeakKeyFixer()
        : base(RuleIdentifiers.WeakKey, EquivalenceKey)
    {
    }

    private protected override (string Title, Action<SyntaxEditor> Edit)? Edit(SyntaxNode root, Diagnostic diagnostic)
    {
        if (FixProperties.KeySize(diagnostic) is not { } size)
        {
            return null;
        }

        var edit = FixProperties.AddsKeySize(diagnostic)
            ? SyntaxEdits.AddToReportedInitializer(root, diagnostic, SyntaxEdits.MemberAssignment(nameof(KeyOptionsMembers.KeySize), SyntaxEdits.Literal(size)))
            : SyntaxEdits.FindAssignment(root, diagnostic) is { } assignment ? SyntaxEdits.ReplaceAssignedValue(assignment, SyntaxEdits.Literal(size)) : null;
        return edit is null ? null : ($"Use a {size}-bit key", edit);
    }
}
