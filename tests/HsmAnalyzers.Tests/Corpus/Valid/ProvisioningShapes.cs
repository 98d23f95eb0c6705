// Valid code: realistic, compliant uses of every API the recovery rules look at. No HsmAnalyzers diagnostic may appear.
using System;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.KeyVault;
using Azure.ResourceManager.KeyVault.Models;
using Azure.ResourceManager.Monitor;
using Azure.ResourceManager.Monitor.Models;
using Azure.ResourceManager.Resources;
using Azure.Security.KeyVault.Keys;

namespace ValidCorpus;

public sealed class ProvisioningShapes
{
    private const bool PurgeProtection = true;
    private const int RetentionDays = 90;
    private ManagedHsmData? _lastData;

    public async Task<ManagedHsmResource> InitializerAsync(ResourceGroupResource group, Guid tenant, string adminGroup, CancellationToken cancellationToken)
    {
        var data = new ManagedHsmData(AzureLocation.WestEurope)
        {
            Sku = new ManagedHsmSku(ManagedHsmSkuFamily.B, ManagedHsmSkuName.StandardB1),
            Properties = new ManagedHsmProperties
            {
                TenantId = tenant,
                InitialAdminObjectIds = { adminGroup },
                EnablePurgeProtection = PurgeProtection,
                EnableSoftDelete = true,
                SoftDeleteRetentionInDays = RetentionDays,
                PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled,
            },
        };
        var operation = await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", data, cancellationToken);
        return operation.Value;
    }

    public ManagedHsmResource AssignmentsAfterConstruction(ResourceGroupResource group, Guid tenant)
    {
        var properties = new ManagedHsmProperties();
        properties.TenantId = tenant;
        properties.EnablePurgeProtection = (bool?)true;
        properties.SoftDeleteRetentionInDays = (int?)RetentionDays;
        properties.PublicNetworkAccess = "Disabled";

        var data = new ManagedHsmData(AzureLocation.NorthEurope) { Properties = properties };
        _lastData = data;
        return group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data).Value;
    }

    public ManagedHsmResource PerEnvironment(ResourceGroupResource group, bool production, bool? purgeProtection)
    {
        var retention = production ? 90 : 7;
        var data = new ManagedHsmData(AzureLocation.WestEurope)
        {
            Properties = new ManagedHsmProperties
            {
                EnablePurgeProtection = production ? true : purgeProtection,
                SoftDeleteRetentionInDays = production ? RetentionDays : (int?)null,
                PublicNetworkAccess = production ? ManagedHsmPublicNetworkAccess.Disabled : ManagedHsmPublicNetworkAccess.Enabled,
            },
        };
        if (!production)
        {
            data.Properties.SoftDeleteRetentionInDays = retention;
        }

        return group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data).Value;
    }

    public ManagedHsmResource FromTemplate(ResourceGroupResource group, ManagedHsmData template) =>
        group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", template).Value;

    public ManagedHsmResource FromHelper(ResourceGroupResource group) =>
        group.GetManagedHsms().CreateOrUpdate(WaitUntil.Started, "hsm", Build(AzureLocation.SwedenCentral)).Value;

    public ManagedHsmResource FromConfigure(ResourceGroupResource group)
    {
        var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties() };
        Configure(data);
        return group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data).Value;
    }

    public async Task UpdateTagsAsync(ManagedHsmResource hsm)
    {
        var data = hsm.Data;
        data.Tags["owner"] = "platform";
        data.Properties.EnablePurgeProtection = true;
        await hsm.UpdateAsync(WaitUntil.Completed, data);
    }

    public async Task DeleteButDoNotPurgeAsync(ManagedHsmResource hsm, KeyClient keys)
    {
        await hsm.DeleteAsync(WaitUntil.Completed);
        var deletion = await keys.StartDeleteKeyAsync("payments");
        await deletion.WaitForCompletionAsync();
        await keys.StartRecoverDeletedKeyAsync("payments");
    }

    public async Task MonitorAsync(ArmClient client, ResourceGroupResource group, ManagedHsmResource hsm, ResourceIdentifier workspace, ActivityLogAlertData alert)
    {
        var settings = client.GetDiagnosticSettings(hsm.Id);
        var data = new DiagnosticSettingData { WorkspaceId = workspace };
        data.Logs.Add(new LogSettings(true) { Category = "AuditEvent" });
        await settings.CreateOrUpdateAsync(WaitUntil.Completed, "audit", data);
        client.GetDiagnosticSettings(ManagedHsmResource.CreateResourceIdentifier("sub", "rg", "hsm"))
            .CreateOrUpdate(WaitUntil.Completed, "archive", new DiagnosticSettingData { StorageAccountId = workspace, Logs = { new LogSettings(true) { CategoryGroup = "allLogs" } } });
        await group.GetActivityLogAlerts().CreateOrUpdateAsync(WaitUntil.Completed, "hsm-admin-operations", alert);
    }

    public ManagedHsmData FactoryDouble() =>
        ArmKeyVaultModelFactory.ManagedHsmData(
            name: "test",
            location: AzureLocation.WestEurope,
            properties: ArmKeyVaultModelFactory.ManagedHsmProperties(enablePurgeProtection: false, softDeleteRetentionInDays: 3));

    private static ManagedHsmData Build(AzureLocation location)
    {
        var data = new ManagedHsmData(location) { Properties = new ManagedHsmProperties { SoftDeleteRetentionInDays = 30 + 60, PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled } };
        data.Properties.EnablePurgeProtection = true;
        return data;
    }

    private static void Configure(ManagedHsmData data) => data.Properties.EnablePurgeProtection = true;
}
