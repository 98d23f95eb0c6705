using System.Composition;
using HsmAnalyzers.CodeFixes.Engine;
using HsmAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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

    private protected override (string Title, SyntaxNode Root)? Fix(SyntaxNode root, Diagnostic diagnostic)
    {
        if (SyntaxEdits.FindAssignment(root, diagnostic) is not { } assignment)
        {
            return null;
        }

        var modelsNamespace = ModelNamespace.Of(diagnostic.Properties) + ".";
        var deny = assignment.WithRight(SyntaxEdits.StaticMember(modelsNamespace + "ManagedHsmNetworkRuleAction", "Deny").WithTriviaFrom(assignment.Right));
        if (!diagnostic.Properties.ContainsKey(HSM1402FirewallDefaultAllowRule.AddBypassProperty))
        {
            return ("Deny by default", root.ReplaceNode(assignment, deny));
        }

        if (assignment.Parent is not InitializerExpressionSyntax initializer)
        {
            return null;
        }

        var bypass = SyntaxEdits.MemberAssignment("Bypass", SyntaxEdits.StaticMember(modelsNamespace + "ManagedHsmNetworkRuleBypassOption", "AzureServices"));
        var newInitializer = SyntaxEdits.Append(initializer.ReplaceNode(assignment, deny), bypass);
        return ("Deny by default and let trusted Azure services through", root.ReplaceNode(initializer, newInitializer));
    }
}
