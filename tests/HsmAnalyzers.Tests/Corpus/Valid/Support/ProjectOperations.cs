// Compiled with every valid-corpus file: what a real project does once for all its HSMs (a backup, audit logs and an
// alert), so that the whole-project rules (HSM1203, HSM1301, HSM1304) judge each corpus file as part of such a project.
using System;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.KeyVault;
using Azure.ResourceManager.Monitor;
using Azure.ResourceManager.Monitor.Models;
using Azure.ResourceManager.Resources;
using Azure.Security.KeyVault.Administration;

namespace ValidCorpus;

public static class ProjectOperations
{
    public static async Task RunAsync(ArmClient client, ResourceGroupResource group, ManagedHsmResource hsm, KeyVaultBackupClient backups, Uri container, ResourceIdentifier workspace, MetricAlertData alert)
    {
        await (await backups.StartBackupAsync(container)).WaitForCompletionAsync();
        await client.GetDiagnosticSettings(hsm.Id).CreateOrUpdateAsync(
            WaitUntil.Completed,
            "audit-logs",
            new DiagnosticSettingData { WorkspaceId = workspace, Logs = { new LogSettings(true) { CategoryGroup = "audit" } } });
        await group.GetMetricAlerts().CreateOrUpdateAsync(WaitUntil.Completed, "hsm-availability", alert);
    }
}
