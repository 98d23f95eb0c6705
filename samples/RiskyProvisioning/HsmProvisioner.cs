using System;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager.Authorization;
using Azure.ResourceManager.Authorization.Models;
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
    private const string AdministratorRole = "a290e904-7015-4bba-90c8-60543313cdb4";
    private const string CryptoOfficerRole = "Microsoft.KeyVault/providers/Microsoft.Authorization/roleDefinitions/515eb02d-2335-4d2d-92f2-b1cbdf9c3778";
    private const string CryptoUserRole = "21dbd100-6940-42c2-9190-5d6cb909625b";
    private const string OwnerRole = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";

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
            },                                                  // HSM1001: purge protection never enabled; HSM1401: public network access never disabled
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

    public void Restore(KeyVaultBackupClient backups, Uri backupFolder, string signature)
    {
        var sasToken = $"sv=2022-11-02&sr=c&sp=rl&sig={signature}";
        backups.StartRestore(backupFolder, sasToken); // HSM1204: never waited for; HSM1205: a SAS token, not the HSM's identity
    }

    public async Task CleanUpAsync(SubscriptionResource subscription, KeyClient keys)
    {
        DeletedManagedHsmResource deleted = await subscription.GetDeletedManagedHsmAsync(AzureLocation.WestEurope, "contoso-hsm");
        await deleted.PurgeDeletedAsync(WaitUntil.Completed); // HSM1005
        await keys.PurgeDeletedKeyAsync("payments");          // HSM1005
    }

    public async Task<ManagedHsmResource> CreateForMeAsync(ResourceGroupResource resourceGroup, Guid tenantId, string signedInUserObjectId)
    {
        var data = new ManagedHsmData(AzureLocation.WestEurope)
        {
            Sku = new ManagedHsmSku(ManagedHsmSkuFamily.B, ManagedHsmSkuName.StandardB1),
            Properties = new ManagedHsmProperties                 // HSM1401: public network access never disabled
            {
                TenantId = tenantId,
                InitialAdminObjectIds = { signedInUserObjectId }, // HSM1101: the only administrator is one person
                EnablePurgeProtection = true,
                SoftDeleteRetentionInDays = 90,
            },
        };

        var operation = await resourceGroup.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "contoso-hsm", data);
        return operation.Value;
    }

    public async Task GrantAccessAsync(KeyVaultAccessControlClient accessControl, KeyClient keys, string paymentsAppObjectId, string adminUserObjectId)
    {
        // HSM1501: no expiry; HSM1502: no rotation policy for "payments"; HSM1504: KeySize left at 2048 bits
        KeyVaultKey paymentsKey = await keys.CreateRsaKeyAsync(new CreateRsaKeyOptions("payments", hardwareProtected: true));
        await accessControl.CreateRoleAssignmentAsync(KeyVaultRoleScope.Global, CryptoUserRole, paymentsAppObjectId);  // HSM1102: every key, not paymentsKey
        await accessControl.CreateRoleAssignmentAsync(KeyVaultRoleScope.Global, AdministratorRole, adminUserObjectId); // HSM1103: an individual
        await accessControl.CreateRoleAssignmentAsync("/keys/payments", CryptoOfficerRole, paymentsAppObjectId);       // HSM1106: a second role
    }

    public async Task DefineOperatorRoleAsync(KeyVaultAccessControlClient accessControl)
    {
        var options = new CreateOrUpdateRoleDefinitionOptions(KeyVaultRoleScope.Global)
        {
            RoleName = "Payments operator",
            Permissions =
            {
                new KeyVaultPermission { DataActions = { KeyVaultDataAction.EncryptHsmKey, KeyVaultDataAction.DecryptHsmKey, KeyVaultDataAction.ExportHsmKey } }, // HSM1105
            },
        };
        await accessControl.CreateOrUpdateRoleDefinitionAsync(options);
    }

    public async Task GrantOwnerAsync(ManagedHsmResource hsm, Guid engineerObjectId)
    {
        var roleDefinitionId = new ResourceIdentifier($"/subscriptions/{hsm.Id.SubscriptionId}/providers/Microsoft.Authorization/roleDefinitions/{OwnerRole}");
        var content = new RoleAssignmentCreateOrUpdateContent(roleDefinitionId, engineerObjectId)
        {
            PrincipalType = RoleManagementPrincipalType.User, // HSM1104
        };
        await hsm.GetRoleAssignments().CreateOrUpdateAsync(WaitUntil.Completed, Guid.NewGuid().ToString(), content);
    }
}
