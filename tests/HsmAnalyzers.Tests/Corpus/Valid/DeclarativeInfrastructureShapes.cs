// Valid code: a Managed HSM declared with Azure.Provisioning (C# infrastructure as code that writes Bicep), compliant
// in every way the rules read it, and values the analysis cannot know. No HsmAnalyzers diagnostic may appear.
using System;
using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Authorization;
using Azure.Provisioning.KeyVault;
using Azure.Provisioning.Monitor;
using Azure.Provisioning.Primitives;

namespace ValidCorpus;

public static class DeclarativeInfrastructureShapes
{
    private const string HsmAdminsGroup = "0a1b2c3d-0000-4000-8000-00000000a001";
    private const string CryptoUserRole = "/providers/Microsoft.Authorization/roleDefinitions/21dbd100-6940-42c2-9190-5d6cb909625c";

    public static ProvisioningPlan Build(Guid tenantId, Guid appPrincipalId)
    {
        var infrastructure = new Infrastructure("hsm");
        var location = new ProvisioningParameter("location", typeof(string));
        infrastructure.Add(location);

        var hsm = new ManagedHsm("hsm")
        {
            Location = location,
            Sku = new ManagedHsmSku { Family = ManagedHsmSkuFamily.B, Name = ManagedHsmSkuName.StandardB1 },
            Properties = new ManagedHsmProperties
            {
                TenantId = tenantId,
                InitialAdminObjectIds = { HsmAdminsGroup },
                EnableSoftDelete = true,
                SoftDeleteRetentionInDays = 90,
                EnablePurgeProtection = true,
                PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled,
                NetworkRuleSet = new ManagedHsmNetworkRuleSet
                {
                    DefaultAction = ManagedHsmNetworkRuleAction.Deny,
                    Bypass = ManagedHsmNetworkRuleBypassOption.AzureServices,
                },
            },
        };
        infrastructure.Add(hsm);

        infrastructure.Add(new RoleAssignment("appCryptoUser")
        {
            RoleDefinitionId = new ResourceIdentifier(CryptoUserRole),
            PrincipalId = appPrincipalId,
            PrincipalType = RoleManagementPrincipalType.ServicePrincipal,
            Scope = hsm.Id,
        });

        infrastructure.Add(new DiagnosticSetting("hsmAudit")
        {
            WorkspaceId = new ResourceIdentifier("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ops/providers/Microsoft.OperationalInsights/workspaces/audit"),
            Logs = { new LogSettings { Category = "AuditEvent", IsEnabled = true } },
        });

        infrastructure.Add(new MetricAlert("hsmAvailability")
        {
            Scopes = { hsm.Id },
            Severity = 1,
            IsEnabled = true,
        });

        infrastructure.Add(new ProvisioningOutput("hsmUri", typeof(string)) { Value = hsm.Properties.HsmUri });
        return infrastructure.Build();
    }

    /// <summary>Settings that come from Bicep parameters or from other code are not known: nothing is reported.</summary>
    public static Infrastructure FromParameters(Guid tenantId, BicepValue<bool> purgeProtection)
    {
        var infrastructure = new Infrastructure();
        var access = new ProvisioningParameter("publicNetworkAccess", typeof(string));
        var admins = new ProvisioningParameter("admins", typeof(string[]));
        var retention = new ProvisioningParameter("retentionDays", typeof(int));
        infrastructure.Add(access);
        infrastructure.Add(admins);
        infrastructure.Add(retention);

        var hsm = new ManagedHsm("parameterized")
        {
            Location = AzureLocation.NorthEurope,
            Properties = new ManagedHsmProperties
            {
                TenantId = tenantId,
                InitialAdminObjectIds = admins,
                EnablePurgeProtection = purgeProtection,
                PublicNetworkAccess = access,
                SoftDeleteRetentionInDays = retention,
            },
        };
        infrastructure.Add(hsm);

        var configured = new ManagedHsm("configuredElsewhere");
        ApplyCompanyDefaults(configured);
        infrastructure.Add(configured);
        return infrastructure;
    }

    /// <summary>Settings made after the resource is added, and a declaration inside a callback, as hosts that
    /// build the infrastructure for the caller do.</summary>
    public static void Configure(Action<Action<Infrastructure>> configureInfrastructure, Guid tenantId)
    {
        configureInfrastructure(infrastructure =>
        {
            var hsm = new ManagedHsm("hosted") { Location = AzureLocation.WestEurope, Properties = new ManagedHsmProperties { TenantId = tenantId } };
            infrastructure.Add(hsm);
            hsm.Properties.EnablePurgeProtection = true;
            hsm.Properties.PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled;
            hsm.Properties.InitialAdminObjectIds.Add(HsmAdminsGroup);
        });
    }

    /// <summary>Resources built by helpers and local functions, added (and completed) by their caller; a
    /// diagnostic setting whose infrastructure holds only the HSM sends its audit logs.</summary>
    public static ProvisioningPlan FromHelpers(Guid tenantId, Guid appPrincipalId, ResourceIdentifier workspaceId)
    {
        var infrastructure = new Infrastructure("helpers");
        var hsm = CompliantHsm("built", tenantId);
        infrastructure.Add(hsm);
        infrastructure.Add(AuditLogs("builtAudit", workspaceId));
        infrastructure.Add(CryptoUser(hsm));
        return infrastructure.Build();

        RoleAssignment CryptoUser(ManagedHsm target) => new RoleAssignment("builtCryptoUser")
        {
            RoleDefinitionId = new ResourceIdentifier(CryptoUserRole),
            PrincipalId = appPrincipalId,
            PrincipalType = RoleManagementPrincipalType.ServicePrincipal,
            Scope = target.Id,
        };
    }

    /// <summary>A helper's HSM finished by its caller, and settings whose target the code does not show: a setting
    /// of an infrastructure that also holds another resource may be that resource's, whatever it sends.</summary>
    public static Infrastructure CompletedByTheCaller(Guid tenantId, Provisionable storageAccount, ResourceIdentifier workspaceId)
    {
        var infrastructure = new Infrastructure("completed");
        var hsm = ProtectedOnly("completed", tenantId);
        infrastructure.Add(hsm);
        hsm.Properties.PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled;
        hsm.Properties.NetworkRuleSet = new ManagedHsmNetworkRuleSet { DefaultAction = ManagedHsmNetworkRuleAction.Deny };
        infrastructure.Add(storageAccount);
        infrastructure.Add(new DiagnosticSetting("storageReads")
        {
            StorageAccountId = workspaceId,
            Logs = { new LogSettings { Category = "StorageRead", IsEnabled = true } },
        });
        return infrastructure;
    }

    private static ManagedHsm CompliantHsm(string name, Guid tenantId) => new ManagedHsm(name)
    {
        Location = AzureLocation.WestEurope,
        Properties = new ManagedHsmProperties
        {
            TenantId = tenantId,
            InitialAdminObjectIds = { HsmAdminsGroup },
            SoftDeleteRetentionInDays = 90,
            EnablePurgeProtection = true,
            PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled,
            NetworkRuleSet = new ManagedHsmNetworkRuleSet { DefaultAction = ManagedHsmNetworkRuleAction.Deny },
        },
    };

    private static ManagedHsm ProtectedOnly(string name, Guid tenantId)
    {
        var hsm = new ManagedHsm(name)
        {
            Location = AzureLocation.NorthEurope,
            Properties = new ManagedHsmProperties { TenantId = tenantId, InitialAdminObjectIds = { HsmAdminsGroup } },
        };
        hsm.Properties.EnablePurgeProtection = true;
        return hsm;
    }

    private static DiagnosticSetting AuditLogs(string name, ResourceIdentifier workspaceId) => new DiagnosticSetting(name)
    {
        WorkspaceId = workspaceId,
        Logs = { new LogSettings { CategoryGroup = "allLogs", IsEnabled = true } },
    };

    private static void ApplyCompanyDefaults(ManagedHsm hsm) => hsm.Properties = new ManagedHsmProperties { EnablePurgeProtection = true };
}
