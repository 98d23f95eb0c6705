using System;
using System.Composition;
using HsmAnalyzers.CodeFixes.Engine;
using HsmAnalyzers.Engine;
using HsmAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace HsmAnalyzers.CodeFixes.Rules;

/// <summary>Sets the firewall's default action to Deny and, in an initializer that sets no bypass, lets trusted Azure
/// services through, so that denying does not cut them off.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HSM1402FirewallDefaultAllowFixer)), Shared]
public sealed class HSM1402FirewallDefaultAllowFixer : HsmCodeFixProvider
{
    public const string EquivalenceKey = "HSM1402.DenyByDefault";

    public HSM1402FirewallDefaultAllowFixer()
        : base(RuleIdentifiers.FirewallDefaultAllow, EquivalenceKey)
    {
    }

    private protected override (string Title, Action<SyntaxEditor> Edit)? Edit(SyntaxNode root, Diagnostic diagnostic)
    {
        if (SyntaxEdits.FindAssignment(root, diagnostic) is not { } assignment)
        {
            return null;
        }

        var denyAction = SyntaxEdits.StaticMember(FixProperties.ModelType(diagnostic, SdkNames.ArmKeyVault.ManagedHsmNetworkRuleAction), "Deny");
        if (SyntaxEdits.ReplaceAssignedValue(assignment, denyAction) is not { } deny)
        {
            return null;
        }

        if (!FixProperties.AddsBypass(diagnostic))
        {
            return ("Deny by default", deny);
        }

        if (assignment.Parent is not InitializerExpressionSyntax initializer)
        {
            return null;
        }

        var bypass = SyntaxEdits.MemberAssignment(
            nameof(ManagedHsmNetworkRuleSetMembers.Bypass),
            SyntaxEdits.StaticMember(FixProperties.ModelType(diagnostic, SdkNames.ArmKeyVault.ManagedHsmNetworkRuleBypassOption), "AzureServices"));
        return ("Deny by default and let trusted Azure services through", editor =>
        {
            deny(editor);
            SyntaxEdits.Rewrite(initializer, current => SyntaxEdits.Append(current, bypass))(editor);
        }
        );
    }
}
