// A project that creates HSMs with an ArmClient in reach and never sends their audit logs: a fix corpus for FixAllTests.
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.KeyVault;
using Azure.ResourceManager.KeyVault.Models;
using Azure.ResourceManager.Resources;

namespace FixableCorpus;

public static class AuditLogFixes
{
    public static async Task<ManagedHsmResource> CreateAsync(ArmClient client, ResourceGroupResource group)
    {
        var operation = await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "payments-hsm", new ManagedHsmData(AzureLocation.WestEurope));
        return operation.Value;
    }

    public static ManagedHsmResource Create(ArmClient client, ResourceGroupResource group)
    {
        ManagedHsmResource hsm = group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "audit-hsm", new ManagedHsmData(AzureLocation.NorthEurope)).Value;
        return hsm;
    }
}
