using System;
using System.Composition;
using HsmAnalyzers.CodeFixes.Engine;
using HsmAnalyzers.Engine;
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
        var disabled = SyntaxEdits.StaticMember(FixProperties.ModelType(diagnostic, SdkNames.ArmKeyVault.ManagedHsmPublicNetworkAccess), "Disabled");
        var edit = FixProperties.Fix(diagnostic) switch
        {
            FixKind.SetDisabled when SyntaxEdits.FindAssignment(root, diagnostic) is { } assignment =>
                SyntaxEdits.ReplaceAssignedValue(assignment, disabled),
            FixKind.AddToProperties =>
                SyntaxEdits.AddToReportedInitializer(root, diagnostic, SyntaxEdits.MemberAssignment(nameof(ManagedHsmPropertiesMembers.PublicNetworkAccess), disabled)),
            _ => null,
        };
        return edit is null ? null : (Title, edit);
    }
}
