using System;

namespace HsmAnalyzers.Engine;

/// <summary>Azure.Provisioning and its KeyVault, Monitor and Authorization resources: infrastructure declared in C#
/// and written out as Bicep. The Managed HSM types have the ARM SDK's names in another namespace.</summary>
internal sealed class ProvisioningSymbols
{
    public ProvisioningSymbols(Func<string, SdkType> resolve)
    {
        ManagedHsm = resolve(SdkNames.Provisioning.ManagedHsm);
        Infrastructure = resolve(SdkNames.Provisioning.Infrastructure);
        ManagedHsmProperties = resolve(SdkNames.Provisioning.ManagedHsmProperties);
        ManagedHsmNetworkRuleSet = resolve(SdkNames.Provisioning.ManagedHsmNetworkRuleSet);
        ManagedHsmPublicNetworkAccess = resolve(SdkNames.Provisioning.ManagedHsmPublicNetworkAccess);
        ManagedHsmNetworkRuleAction = resolve(SdkNames.Provisioning.ManagedHsmNetworkRuleAction);
        RoleAssignment = resolve(SdkNames.Provisioning.RoleAssignment);
        RoleManagementPrincipalType = resolve(SdkNames.Provisioning.RoleManagementPrincipalType);
        DiagnosticSetting = resolve(SdkNames.Provisioning.DiagnosticSetting);
        MetricAlert = resolve(SdkNames.Provisioning.MetricAlert);
        ActivityLogAlert = resolve(SdkNames.Provisioning.ActivityLogAlert);
        ManagedHsmMembers = new ManagedHsmDataMembers(ManagedHsm);
        ManagedHsmPropertiesMembers = new ManagedHsmPropertiesMembers(ManagedHsmProperties);
        ManagedHsmNetworkRuleSetMembers = new ManagedHsmNetworkRuleSetMembers(ManagedHsmNetworkRuleSet);
        RoleAssignmentMembers = new RoleAssignmentMembers(RoleAssignment);
    }

    /// <summary>The Managed HSM resource. The rules that read the provisioning surface register nothing without it.</summary>
    public SdkType ManagedHsm { get; }

    /// <summary><c>Azure.Provisioning.Infrastructure</c>, which the declared resources are added to.</summary>
    public SdkType Infrastructure { get; }

    public SdkType ManagedHsmProperties { get; }

    public SdkType ManagedHsmNetworkRuleSet { get; }

    public SdkType ManagedHsmPublicNetworkAccess { get; }

    public SdkType ManagedHsmNetworkRuleAction { get; }

    /// <summary>The role assignment resource (in the Azure.Provisioning package itself).</summary>
    public SdkType RoleAssignment { get; }

    public SdkType RoleManagementPrincipalType { get; }

    public SdkType DiagnosticSetting { get; }

    public SdkType MetricAlert { get; }

    public SdkType ActivityLogAlert { get; }

    public ManagedHsmDataMembers ManagedHsmMembers { get; }

    public ManagedHsmPropertiesMembers ManagedHsmPropertiesMembers { get; }

    public ManagedHsmNetworkRuleSetMembers ManagedHsmNetworkRuleSetMembers { get; }

    public RoleAssignmentMembers RoleAssignmentMembers { get; }
}
