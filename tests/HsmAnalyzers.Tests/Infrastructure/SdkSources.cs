namespace HsmAnalyzers.Tests.Infrastructure;

/// <summary>Whole files of SDK code that tests outside the rules' own share.</summary>
internal static class SdkSources
{
    /// <summary>A Managed HSM created with nothing configured: findings for several rules, whole-project ones included.</summary>
    public const string BareProvisioning = """
        using Azure;
        using Azure.Core;
        using Azure.ResourceManager.KeyVault;
        using Azure.ResourceManager.Resources;

        class Provisioning
        {
            void Run(ResourceGroupResource group) =>
                group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope));
        }
        """;
}
