using System;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager.KeyVault;
using Azure.ResourceManager.KeyVault.Models;
using Azure.ResourceManager.Resources;
using Azure.Security.KeyVault.Administration;
using Azure.Security.KeyVault.Keys;

namespace RecommendedProvisioning;

/// <summary>Provisions a Managed HSM the recommended way.</summary>
public sealed class HsmProvisioner
{
    private const int RetentionDays = 90;

    public async Task<ManagedHsmResource> CreateAsync(ResourceGroupResource resourceGroup, Guid tenantId, string adminGroupObjectId)
    {
        var operation = await resourceGroup.GetManagedHsms().CreateOrUpdateAsync(
            WaitUntil.Completed,
            "contoso-hsm",
            BuildData(tenantId, adminGroupObjectId));
        return operation.Value;
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
