// Valid code: realistic, compliant uses of every API the availability and backup rules look at. No HsmAnalyzers
// diagnostic may appear.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager.KeyVault;
using Azure.ResourceManager.KeyVault.Models;
using Azure.ResourceManager.Resources;
using Azure.Security.KeyVault.Administration;

namespace ValidCorpus;

public sealed class AvailabilityAndBackupShapes
{
    private const string PrimaryRegion = "swedencentral";
    private const string BackupQueryTemplate = "?sv={0}&se={1}&sp={2}&sig={3}";
    private readonly List<KeyVaultBackupOperation> _pending = new();

    public async Task<ManagedHsmResource> CreateInZoneRedundantRegionAsync(ResourceGroupResource group, Guid tenant, CancellationToken cancellationToken)
    {
        var data = new ManagedHsmData(new AzureLocation(PrimaryRegion))
        {
            Properties = new ManagedHsmProperties
            {
                TenantId = tenant,
                EnablePurgeProtection = true,
                SoftDeleteRetentionInDays = 90,
                PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled,
                Regions = { new ManagedHsmGeoReplicatedRegion { Name = "germanywestcentral", IsPrimary = false } },
            },
        };
        var created = await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", data, cancellationToken);
        return created.Value;
    }

    public ManagedHsmData InRegionChosenAtRunTime(AzureLocation location, string configuredRegion) =>
        location == AzureLocation.WestUS ? new ManagedHsmData(location) : new ManagedHsmData(configuredRegion);

    public ManagedHsmData InTheUsualRegions(bool europe) =>
        europe ? new ManagedHsmData(AzureLocation.NorthEurope) : new ManagedHsmData("East US 2");

    public async Task<Uri> BackUpAsync(KeyVaultBackupClient backups, Uri container, CancellationToken cancellationToken)
    {
        var backup = await backups.StartBackupAsync(container, cancellationToken: cancellationToken);
        var result = await backup.WaitForCompletionAsync(cancellationToken);
        return result.Value.FolderUri;
    }

    public void BackUpAndPoll(KeyVaultBackupClient backups, Uri container)
    {
        var backup = backups.StartBackup(container, sasToken: null);
        while (!backup.HasCompleted)
        {
            Thread.Sleep(TimeSpan.FromSeconds(5));
            backup.UpdateStatus();
        }
    }

    public KeyVaultRestoreOperation StartRestore(KeyVaultBackupClient backups, Uri folder) => backups.StartRestore(folder);

    public Task<KeyVaultSelectiveKeyRestoreOperation> StartKeyRestoreAsync(KeyVaultBackupClient backups, Uri folder, string keyName) =>
        backups.StartSelectiveKeyRestoreAsync(keyName, folder);

    public void QueueBackup(KeyVaultBackupClient backups, Uri container) => _pending.Add(backups.StartBackup(container));

    public async Task RestoreKeyAsync(KeyVaultBackupClient backups, Uri folder, CancellationToken cancellationToken) =>
        await (await backups.StartSelectiveKeyRestoreAsync("payments", folder, null, cancellationToken)).WaitForCompletionAsync(cancellationToken);

    public string DescribeSas(string version, string expiry, string permissions, string signature) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, BackupQueryTemplate, version, expiry, permissions, signature)
        + $"&sr=c&sig={signature}";
}
