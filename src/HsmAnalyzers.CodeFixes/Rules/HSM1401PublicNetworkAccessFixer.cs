using System;
using System.Composition;
using HsmAnalyzers.CodeFixes.Engine;
using HsmAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace HsmAnalyzers.CodeFixes.Rules;

/// <summary>Turns public network access off where HSM1401 found it on or left at its default.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HSM1401PublicNetworkAccessFixer)), Shared]
public sealed class HSM1401PublicNetworkAccessFixer : HsmCodeFixProvider
{
    public const string EquivalenceKey = "HSM1401.DisablePublicNetworkAccess";

    private const string Title = "Disable public network access";

    public HSM1401PublicNetworkAccessFixer()
        : base(RuleIdentifiers.PublicNetworkAccessEnabled, EquivalenceKey)
    {
    }

    private protected override (string Title, Action<SyntaxEditor> Edit)? Edit(SyntaxNode root, Diagnostic diagnostic)
    {
        diagnostic.Properties.TryGetValue(HSM1401PublicNetworkAccessRule.FixProperty, out var fix);
        var disabled = SyntaxEdits.StaticMember(ModelNamespace.Of(diagnostic.Properties) + ".ManagedHsmPublicNetworkAccess", "Disabled");
        var edit = fix switch
        {
            HSM1401PublicNetworkAccessRule.FixSetDisabled when SyntaxEdits.FindAssignment(root, diagnostic) is { } assignment =>
                SyntaxEdits.ReplaceAssignedValue(assignment, disabled),
            HSM1401PublicNetworkAccessRule.FixAddToProperties =>
                SyntaxEdits.AddToReportedInitializer(root, diagnostic, SyntaxEdits.MemberAssignment("PublicNetworkAccess", disabled)),
            _ => null,
        };
        return edit is null ? null : (Title, edit);
    }
}
