using System;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.KeyVault;
using Azure.ResourceManager.KeyVault.Models;
using Azure.ResourceManager.Monitor;
using Azure.ResourceManager.Monitor.Models;
using Azure.ResourceManager.Resources;
using Azure.Security.KeyVault.Administration;
using Azure.Security.KeyVault.Keys;

namespace RecommendedProvisioning;

/// <summary>Provisions a Managed HSM the recommended way.</summary>
public sealed class HsmProvisioner
{
    private const int RetentionDays = 90;

    public async Task<ManagedHsmResource> CreateAsync(ArmClient armClient, ResourceGroupResource resourceGroup, Guid tenantId, string adminGroupObjectId, ResourceIdentifier workspaceId)
    {
        var operation = await resourceGroup.GetManagedHsms().CreateOrUpdateAsync(
            WaitUntil.Completed,
            "contoso-hsm",
            BuildData(tenantId, adminGroupObjectId));
        var hsm = operation.Value;

        // Audit logs of every key operation go to Log Analytics.
        await armClient.GetDiagnosticSettings(hsm.Id).CreateOrUpdateAsync(
            WaitUntil.Completed,
            "audit-logs",
            new DiagnosticSettingData
            {
                WorkspaceId = workspaceId,
                Logs = { new LogSettings(true) { CategoryGroup = "audit" } },
            });
        return hsm;
    }

    public async Task AlertOnAvailabilityAsync(ResourceGroupResource resourceGroup, ManagedHsmResource hsm, MetricAlertCriteria availabilityBelow99)
    {
        var alert = new MetricAlertData(
            AzureLocation.WestEurope,
            severity: 1,
            isEnabled: true,
            scopes: new[] { hsm.Id.ToString() },
            evaluationFrequency: TimeSpan.FromMinutes(5),
            windowSize: TimeSpan.FromMinutes(15),
            criteria: availabilityBelow99);
        await resourceGroup.GetMetricAlerts().CreateOrUpdateAsync(WaitUntil.Completed, "contoso-hsm-availability", alert);
    }

    public async Task<Uri> BackUpAsync(KeyVaultBackupClient backups, Uri backupContainer)
    {
        // No SAS token: the HSM's managed identity writes the backup to the storage account.
        var backup = await backups.StartBackupAsync(backupContainer);
        await backup.WaitForCompletionAsync();
        return backup.Value.FolderUri;
    }

    public async Task RetireKeyAsync(KeyClient keys, string name)
    {
        // Deleted keys stay recoverable for the soft-delete retention period; nothing is purged from code.
        var deletion = await keys.StartDeleteKeyAsync(name);
        await deletion.WaitForCompletionAsync();
    }

    private static ManagedHsmData BuildData(Guid tenantId, string adminGroupObjectId)
    {
        var properties = new ManagedHsmProperties
        {
            TenantId = tenantId,
            InitialAdminObjectIds = { adminGroupObjectId },
            SoftDeleteRetentionInDays = RetentionDays,
        };
        properties.EnablePurgeProtection = true;

        return new ManagedHsmData(AzureLocation.WestEurope)
        {
            Sku = new ManagedHsmSku(ManagedHsmSkuFamily.B, ManagedHsmSkuName.StandardB1),
            Properties = properties,
        };
    }
}
