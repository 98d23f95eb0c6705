using System.Composition;
using HsmAnalyzers.CodeFixes.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

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

    private protected override (string Title, SyntaxNode Root)? Fix(SyntaxNode root, Diagnostic diagnostic) =>
        SyntaxEdits.FindExpression(root, diagnostic) is { } value
            ? ("Keep key management through ARM off", SyntaxEdits.ReplaceExpression(root, value, SyntaxEdits.Literal(false)))
            : null;
}
