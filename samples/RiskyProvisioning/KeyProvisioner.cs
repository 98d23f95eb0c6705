using System;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.ResourceManager.KeyVault;
using Azure.ResourceManager.KeyVault.Models;
using Azure.Security.KeyVault.Administration;
using Azure.Security.KeyVault.Keys;
using Azure.Security.KeyVault.Secrets;

namespace RiskyProvisioning;

/// <summary>Opens the HSM's network and creates keys the way the Managed HSM guidance warns against.</summary>
public sealed class KeyProvisioner
{
    private const string HsmEndpoint = "https://contoso.managedhsm.azure.net/";

    private readonly KeyClient _keys = new KeyClient(new Uri(HsmEndpoint), new DefaultAzureCredential());

    public ManagedHsmResource OpenNetwork(ManagedHsmResource hsm)
    {
        var data = hsm.Data;
        data.Properties.PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Enabled; // HSM1401
        data.Properties.NetworkRuleSet = new ManagedHsmNetworkRuleSet
        {
            DefaultAction = ManagedHsmNetworkRuleAction.Allow,                       // HSM1402
        };
        return hsm.Update(WaitUntil.Completed, data).Value;
    }

    public async Task CreateKeysAsync(BinaryData releasePolicy)
    {
        // HSM1501: no expiry; HSM1502: no rotation policy for "legacy"
        await _keys.CreateKeyAsync("legacy", KeyType.Rsa);

        await _keys.CreateRsaKeyAsync(new CreateRsaKeyOptions("signing", hardwareProtected: true)
        {
            KeySize = 2048,                                                          // HSM1504
            ExpiresOn = DateTimeOffset.UtcNow.AddYears(2),
            Exportable = true,
            ReleasePolicy = new KeyReleasePolicy(releasePolicy),                     // HSM1506: not immutable
        });
        await _keys.UpdateKeyRotationPolicyAsync("signing", new KeyRotationPolicy
        {
            ExpiresIn = "P2Y",
            LifetimeActions =
            {
                new KeyRotationLifetimeAction(KeyRotationPolicyAction.Rotate) { TimeAfterCreate = "P7D" }, // HSM1503: under 28 days
            },
        });
    }

    public SecretClient Secrets(TokenCredential credential) =>
        new SecretClient(new Uri(HsmEndpoint), credential);                          // HSM1507

    public void LetArmManageKeys(KeyVaultSettingsClient settings) =>
        settings.UpdateSetting(new KeyVaultSetting("AllowKeyManagementOperationsThroughARM", true)); // HSM1508

    public TokenCredential Credential() =>
        new ClientSecretCredential("contoso-tenant", "payments-app", "Zx8Q~lQ3sD9vF2hJ7kL0pR5tW1yB4nM6cX8aE2gI"); // HSM1601
}
