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

    /// <summary>The HSM administrators' security group, also listed in hsm_analyzers.admin_group_object_ids (.globalconfig).</summary>
    private const string AdminGroupObjectId = "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b";
    private const string CryptoOfficerRole = "515eb02d-2335-4d2d-92f2-b1cbdf9c3778";
    private const string CryptoUserRole = "21dbd100-6940-42c2-9190-5d6cb909625b";
    private const string PaymentsKey = "payments";

    public async Task<ManagedHsmResource> CreateAsync(ArmClient armClient, ResourceGroupResource resourceGroup, Guid tenantId, ResourceIdentifier workspaceId)
    {
        var operation = await resourceGroup.GetManagedHsms().CreateOrUpdateAsync(
            WaitUntil.Completed,
            "contoso-hsm",
            BuildData(tenantId));
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

    public async Task GrantAccessAsync(KeyVaultAccessControlClient accessControl, KeyClient keys, string paymentsAppObjectId)
    {
        // Key officers are a group; the application may use one key and nothing else.
        await accessControl.CreateRoleAssignmentAsync(KeyVaultRoleScope.Keys, CryptoOfficerRole, AdminGroupObjectId);
        KeyVaultKey paymentsKey = await keys.CreateRsaKeyAsync(new CreateRsaKeyOptions(PaymentsKey, hardwareProtected: true)
        {
            KeySize = 3072,
            ExpiresOn = DateTimeOffset.UtcNow.AddYears(2),
        });

        // The key rotates 30 days before it expires, and expires two years after each rotation.
        await keys.UpdateKeyRotationPolicyAsync(PaymentsKey, new KeyRotationPolicy
        {
            ExpiresIn = "P2Y",
            LifetimeActions = { new KeyRotationLifetimeAction(KeyRotationPolicyAction.Rotate) { TimeBeforeExpiry = "P30D" } },
        });
        await accessControl.CreateRoleAssignmentAsync(new KeyVaultRoleScope(paymentsKey.Id), CryptoUserRole, paymentsAppObjectId);
    }

    public async Task RetireKeyAsync(KeyClient keys, string name)
    {
        // Deleted keys stay recoverable for the soft-delete retention period; nothing is purged from code.
        var deletion = await keys.StartDeleteKeyAsync(name);
        await deletion.WaitForCompletionAsync();
    }

    private static ManagedHsmData BuildData(Guid tenantId)
    {
        var properties = new ManagedHsmProperties
        {
            TenantId = tenantId,
            InitialAdminObjectIds = { AdminGroupObjectId },
            SoftDeleteRetentionInDays = RetentionDays,
            PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled, // reached through a private endpoint only
        };
        properties.EnablePurgeProtection = true;

        return new ManagedHsmData(AzureLocation.WestEurope)
        {
            Sku = new ManagedHsmSku(ManagedHsmSkuFamily.B, ManagedHsmSkuName.StandardB1),
            Properties = properties,
        };
    }
}
