using System;
using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Authorization;
using Azure.Provisioning.KeyVault;
using Azure.Provisioning.Monitor;

namespace ProvisionedInfrastructureRecommended;

/// <summary>The Bicep for a Managed HSM, written in C#, following the Managed HSM best practices.</summary>
public static class HsmInfrastructure
{
    private const string ContributorRole = "/providers/Microsoft.Authorization/roleDefinitions/18500a29-7fe2-46b2-a342-b16a415e101d";

    public static ProvisioningPlan Build(Guid tenantId, string hsmAdminsGroupObjectId, Guid platformTeamGroupId, ResourceIdentifier workspaceId)
    {
        var infrastructure = new Infrastructure("hsm");

        var hsm = new ManagedHsm("hsm")
        {
            Location = AzureLocation.UKSouth,
            Sku = new ManagedHsmSku { Family = ManagedHsmSkuFamily.B, Name = ManagedHsmSkuName.StandardB1 },
            Properties = new ManagedHsmProperties
            {
                TenantId = tenantId,
                InitialAdminObjectIds = { hsmAdminsGroupObjectId },
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

        infrastructure.Add(new RoleAssignment("hsmContributors")
        {
            RoleDefinitionId = new ResourceIdentifier(ContributorRole),
            PrincipalId = platformTeamGroupId,
            PrincipalType = RoleManagementPrincipalType.Group,
            Scope = hsm.Id,
        });

        infrastructure.Add(new DiagnosticSetting("hsmAudit")
        {
            WorkspaceId = workspaceId,
            Logs = { new LogSettings { CategoryGroup = "audit", IsEnabled = true } },
        });

        infrastructure.Add(new MetricAlert("hsmAvailability")
        {
            Description = "Managed HSM availability below 100%",
            Scopes = { hsm.Id },
            Severity = 1,
            IsEnabled = true,
        });

        infrastructure.Add(new ProvisioningOutput("hsmUri", typeof(string)) { Value = hsm.Properties.HsmUri });
        return infrastructure.Build();
    }
}
