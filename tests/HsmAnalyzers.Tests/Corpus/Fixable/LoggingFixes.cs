// Code with findings that the risky sample cannot show (it must keep HSM1301, which any diagnostic setting for an HSM
// would satisfy): a fix corpus for FixAllTests.
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.KeyVault;
using Azure.ResourceManager.Monitor;
using Azure.ResourceManager.Monitor.Models;

namespace FixableCorpus;

public static class LoggingFixes
{
    public static async Task SendMetricsOnlyAsync(ArmClient client, ManagedHsmResource hsm, ResourceIdentifier workspace)
    {
        await client.GetDiagnosticSettings(hsm.Id).CreateOrUpdateAsync(WaitUntil.Completed, "metrics", new DiagnosticSettingData { WorkspaceId = workspace });
        var archive = new DiagnosticSettingData
        {
            StorageAccountId = workspace,
            Logs = { new LogSettings(true) { Category = "Other" } },
        };
        client.GetDiagnosticSettings(hsm.Id).CreateOrUpdate(WaitUntil.Completed, "archive", archive);
    }
}
