using System;
using Azure.Core;
using Azure.Provisioning;
using Azure.Provisioning.Authorization;
using Azure.Provisioning.KeyVault;
using Azure.Provisioning.Monitor;

namespace ProvisionedInfrastructure;

/// <summary>The Bicep for a Managed HSM, written in C#: the common mistakes.</summary>
public static class HsmInfrastructure
{
    private const string OwnerRole = "/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635";

    public static ProvisioningPlan Build(Guid tenantId, string ownerUpn, Guid ownerObjectId)
    {
        var infrastructure = new Infrastructure("hsm");

        var hsm = new ManagedHsm("hsm")
        {
            Location = AzureLocation.UKWest,
            Sku = new ManagedHsmSku { Family = ManagedHsmSkuFamily.B, Name = ManagedHsmSkuName.StandardB1 },
            Properties = new ManagedHsmProperties
            {
                TenantId = tenantId,
                InitialAdminObjectIds = { ownerUpn },
                EnableSoftDelete = false,
                SoftDeleteRetentionInDays = 30,
                NetworkRuleSet = new ManagedHsmNetworkRuleSet { DefaultAction = ManagedHsmNetworkRuleAction.Allow },
            },
        };
        infrastructure.Add(hsm);

        infrastructure.Add(new RoleAssignment("hsmOwner")
        {
            RoleDefinitionId = new ResourceIdentifier(OwnerRole),
            PrincipalId = ownerObjectId,
            PrincipalType = RoleManagementPrincipalType.User,
            Scope = hsm.Id,
        });

        // Meant to stream the audit logs to the SIEM's event hub: no destination, and the AuditEvent entry is off.
        infrastructure.Add(new DiagnosticSetting("hsmAudit")
        {
            EventHubName = "hsm-audit",
            Logs = { new LogSettings { Category = "AuditEvent", IsEnabled = false } },
        });

        infrastructure.Add(new ProvisioningOutput("hsmUri", typeof(string)) { Value = hsm.Properties.HsmUri });
        return infrastructure.Build();
    }
}
