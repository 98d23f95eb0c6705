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
        LogSettings = resolve(SdkNames.Provisioning.LogSettings);
        Variable = resolve(SdkNames.Provisioning.Variable);
        MetricAlert = resolve(SdkNames.Provisioning.MetricAlert);
        ActivityLogAlert = resolve(SdkNames.Provisioning.ActivityLogAlert);
        ManagedHsmMembers = new ManagedHsmDataMembers(ManagedHsm);
        ManagedHsmPropertiesMembers = new ManagedHsmPropertiesMembers(ManagedHsmProperties);
        ManagedHsmNetworkRuleSetMembers = new ManagedHsmNetworkRuleSetMembers(ManagedHsmNetworkRuleSet);
        RoleAssignmentMembers = new RoleAssignmentMembers(RoleAssignment);
        DiagnosticSettingMembers = new DiagnosticSettingDataMembers(DiagnosticSetting);
        LogSettingsMembers = new LogSettingsMembers(LogSettings);
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

    /// <summary>An entry of a declared diagnostic setting's <c>Logs</c>.</summary>
    public SdkType LogSettings { get; }

    /// <summary>A Bicep parameter, output or variable of an infrastructure: not a resource.</summary>
    public SdkType Variable { get; }

    public SdkType MetricAlert { get; }

    public SdkType ActivityLogAlert { get; }

    public ManagedHsmDataMembers ManagedHsmMembers { get; }

    public ManagedHsmPropertiesMembers ManagedHsmPropertiesMembers { get; }

    public ManagedHsmNetworkRuleSetMembers ManagedHsmNetworkRuleSetMembers { get; }

    public RoleAssignmentMembers RoleAssignmentMembers { get; }

    /// <summary>The declared setting's properties: the names of the ARM SDK's <c>DiagnosticSettingData</c>.</summary>
    public DiagnosticSettingDataMembers DiagnosticSettingMembers { get; }

    public LogSettingsMembers LogSettingsMembers { get; }
}
