using System;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager.KeyVault;
using Azure.ResourceManager.KeyVault.Models;
using Azure.ResourceManager.Resources;
using Azure.Security.KeyVault.Administration;
using Azure.Security.KeyVault.Keys;

namespace RiskyProvisioning;

/// <summary>Provisions a Managed HSM the way the best practices warn against.</summary>
public sealed class HsmProvisioner
{
    private const int ShortRetentionDays = 30;

    public async Task<ManagedHsmResource> CreateAsync(ResourceGroupResource resourceGroup, Guid tenantId, string adminObjectId)
    {
        var data = new ManagedHsmData(AzureLocation.UKWest) // HSM1201: UK West has no availability zones
        {
            Sku = new ManagedHsmSku(ManagedHsmSkuFamily.B, ManagedHsmSkuName.StandardB1),
            Properties = new ManagedHsmProperties
            {
                TenantId = tenantId,
                InitialAdminObjectIds = { adminObjectId },
                SoftDeleteRetentionInDays = ShortRetentionDays, // HSM1004: below the 90-day minimum
            },                                                  // HSM1001: purge protection never enabled
        };

        // HSM1203: nothing in this project ever starts a backup of the HSM created here.
        var operation = await resourceGroup.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "contoso-hsm", data);
        return operation.Value;
    }

    public ManagedHsmResource Relax(ManagedHsmResource hsm)
    {
        var data = hsm.Data;
        data.Properties.EnableSoftDelete = false;           // HSM1002
        data.Properties.SoftDeleteRetentionInDays = 365;    // HSM1003
        return hsm.Update(WaitUntil.Completed, data).Value;
    }

    public void Restore(KeyVaultBackupClient backups, Uri backupFolder, string sasToken)
    {
        backups.StartRestore(backupFolder, sasToken); // HSM1204: never waited for; HSM1205: a SAS token, not the HSM's identity
    }

    public async Task CleanUpAsync(SubscriptionResource subscription, KeyClient keys)
    {
        DeletedManagedHsmResource deleted = await subscription.GetDeletedManagedHsmAsync(AzureLocation.WestEurope, "contoso-hsm");
        await deleted.PurgeDeletedAsync(WaitUntil.Completed); // HSM1005
        await keys.PurgeDeletedKeyAsync("payments");          // HSM1005
    }
}
