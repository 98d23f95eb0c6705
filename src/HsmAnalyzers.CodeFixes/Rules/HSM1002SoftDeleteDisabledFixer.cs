using System;
using System.Composition;
using HsmAnalyzers.CodeFixes.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace HsmAnalyzers.CodeFixes.Rules;

/// <summary>Removes the assignment that turns soft delete off, so the HSM keeps the service default: on.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HSM1002SoftDeleteDisabledFixer)), Shared]
public sealed class HSM1002SoftDeleteDisabledFixer : HsmCodeFixProvider
{
    public const string EquivalenceKey = "HSM1002.RemoveEnableSoftDelete";

    public HSM1002SoftDeleteDisabledFixer()
        : base(RuleIdentifiers.SoftDeleteDisabled, EquivalenceKey)
    {
    }

    private protected override (string Title, Action<SyntaxEditor> Edit)? Edit(SyntaxNode root, Diagnostic diagnostic) =>
        SyntaxEdits.FindAssignment(root, diagnostic) is { } assignment && SyntaxEdits.RemoveAssignment(assignment) is { } edit
            ? ("Remove the assignment that disables soft delete", edit)
            : null;
}
