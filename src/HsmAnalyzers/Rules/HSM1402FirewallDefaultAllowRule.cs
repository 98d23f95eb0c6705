using System;
using System.Collections.Immutable;
using System.Linq;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1402: a Managed HSM network rule set whose default action is Allow, of the ARM SDK or Azure.Provisioning.</summary>
public sealed class HSM1402FirewallDefaultAllowRule : HsmRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1402FirewallDefaultAllow);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        context.RegisterPropertyAssignmentAction(symbols.ArmKeyVault.ManagedHsmNetworkRuleSetMembers.DefaultAction, (analysis, assignment) =>
        {
            var value = ExtensibleEnumValue.Resolve(assignment.Value, symbols.ArmKeyVault.ManagedHsmNetworkRuleAction);
            if (value.Member == "Allow" || string.Equals(value.Text, "Allow", StringComparison.OrdinalIgnoreCase))
            {
                Report(analysis, assignment, symbols.ArmKeyVault.ManagedHsmNetworkRuleSetMembers.Bypass, FixProperties.None);
            }
        });

        context.RegisterPropertyAssignmentAction(symbols.Provisioning.ManagedHsmNetworkRuleSetMembers.DefaultAction, (analysis, assignment) =>
        {
            if (ExtensibleEnumValue.Resolve(assignment.Value, symbols.Provisioning.ManagedHsmNetworkRuleAction).Member == "Allow")
            {
                Report(analysis, assignment, symbols.Provisioning.ManagedHsmNetworkRuleSetMembers.Bypass, FixProperties.None.OnProvisioning());
            }
        });
    }

    /// <summary>Reports the assignment; the fix also adds <c>Bypass = AzureServices</c> when it is an entry of an
    /// object initializer that sets no <c>Bypass</c>.</summary>
    private static void Report(HsmAnalysisContext analysis, ISimpleAssignmentOperation assignment, SdkProperty bypass, FixProperties properties)
    {
        if (assignment.Parent is IObjectOrCollectionInitializerOperation initializer
            && !initializer.Initializers.Any(entry => entry is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var set } } && bypass.Matches(set)))
        {
            properties = properties.WithAddBypass();
        }

        analysis.Report(Descriptors.HSM1402FirewallDefaultAllow, assignment.Syntax.GetLocation(), properties);
    }
}
