using System;
using System.Composition;
using HsmAnalyzers.CodeFixes.Engine;
using HsmAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace HsmAnalyzers.CodeFixes.Rules;

/// <summary>Requests the HSM-protected form of the key: the HSM key type, or <c>hardwareProtected: true</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HSM1505SoftwareProtectedKeyFixer)), Shared]
public sealed class HSM1505SoftwareProtectedKeyFixer : HsmCodeFixProvider
{
    public const string EquivalenceKey = "HSM1505.HardwareProtected";

    private const string Title = "Request an HSM-protected key";

    public HSM1505SoftwareProtectedKeyFixer()
        : base(RuleIdentifiers.SoftwareProtectedKey, EquivalenceKey)
    {
    }

    private protected override (string Title, Action<SyntaxEditor> Edit)? Edit(SyntaxNode root, Diagnostic diagnostic)
    {
        diagnostic.Properties.TryGetValue(HSM1505SoftwareProtectedKeyRule.FixProperty, out var fix);
        var edit = fix switch
        {
            HSM1505SoftwareProtectedKeyRule.FixKeyType
                when diagnostic.Properties.TryGetValue(HSM1505SoftwareProtectedKeyRule.HsmKeyTypeProperty, out var keyType) && keyType is not null
                    && SyntaxEdits.FindExpression(root, diagnostic) is { } value =>
                SyntaxEdits.Replace(value, SyntaxEdits.StaticMember("Azure.Security.KeyVault.Keys.KeyType", keyType)),
            HSM1505SoftwareProtectedKeyRule.FixSetTrue when SyntaxEdits.FindExpression(root, diagnostic) is { } value =>
                SyntaxEdits.Replace(value, SyntaxEdits.Literal(true)),
            HSM1505SoftwareProtectedKeyRule.FixAddArgument when SyntaxEdits.FindCreation(root, diagnostic) is { ArgumentList: { } arguments } =>
                SyntaxEdits.Rewrite(arguments, current => SyntaxEdits.AddNamedArgument(current, "hardwareProtected", SyntaxEdits.Literal(true))),
            _ => null,
        };
        return edit is null ? null : (Title, edit);
    }
}
