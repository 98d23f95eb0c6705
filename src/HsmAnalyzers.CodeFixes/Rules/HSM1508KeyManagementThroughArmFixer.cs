using System;
using System.Composition;
using HsmAnalyzers.CodeFixes.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace HsmAnalyzers.CodeFixes.Rules;

/// <summary>Turns <c>AllowKeyManagementOperationsThroughARM</c> off: the setting's value becomes <c>false</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HSM1508KeyManagementThroughArmFixer)), Shared]
public sealed class HSM1508KeyManagementThroughArmFixer : HsmCodeFixProvider
{
    public const string EquivalenceKey = "HSM1508.TurnOff";

    public HSM1508KeyManagementThroughArmFixer()
        : base(RuleIdentifiers.KeyManagementThroughArm, EquivalenceKey)
    {
    }

    private protected override (string Title, Action<SyntaxEditor> Edit)? Edit(SyntaxNode root, Diagnostic diagnostic) =>
        SyntaxEdits.FindExpression(root, diagnostic) is { } value && SyntaxEdits.Replace(value, SyntaxEdits.Literal(false)) is { } edit
            ? ("Keep key management through ARM off", edit)
            : null;
}
