// Valid code: realistic, compliant uses of every API the network, key and credential rules look at. No HsmAnalyzers
// diagnostic may appear.
using System;
using System.Threading.Tasks;
using Azure.Core;
using Azure.Identity;
using Azure.ResourceManager.KeyVault;
using Azure.ResourceManager.KeyVault.Models;
using Azure.Security.KeyVault.Administration;
using Azure.Security.KeyVault.Keys;
using Azure.Security.KeyVault.Secrets;

namespace ValidCorpus;

public sealed class KeyAndNetworkShapes
{
    private const string SigningKey = "signing";
    private const string HsmEndpoint = "https://contoso.managedhsm.azure.net/";

    private readonly KeyClient _keys;
    private readonly KeyClient _vaultKeys = new KeyClient(new Uri("https://contoso.vault.azure.net/"), new DefaultAzureCredential());

    public KeyAndNetworkShapes(KeyClient keys) => _keys = keys;

    public static ManagedHsmNetworkRuleSet PrivateNetwork() => new ManagedHsmNetworkRuleSet
    {
        DefaultAction = ManagedHsmNetworkRuleAction.Deny,
        Bypass = ManagedHsmNetworkRuleBypassOption.AzureServices,
        IPRules = { new ManagedHsmIPRule("203.0.113.0/24") },
    };

    public void CloseNetwork(ManagedHsmResource hsm)
    {
        hsm.Data.Properties.PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled;
        hsm.Data.Properties.NetworkRuleSet = PrivateNetwork();
    }

    public async Task CreateKeysAsync(BinaryData releasePolicy)
    {
        await _keys.CreateRsaKeyAsync(new CreateRsaKeyOptions(SigningKey, hardwareProtected: true)
        {
            KeySize = 3072,
            ExpiresOn = DateTimeOffset.UtcNow.AddYears(2),
        });
        await _keys.UpdateKeyRotationPolicyAsync(SigningKey, new KeyRotationPolicy
        {
            ExpiresIn = "P2Y",
            LifetimeActions =
            {
                new KeyRotationLifetimeAction(KeyRotationPolicyAction.Rotate) { TimeAfterCreate = "P18M" },
                new KeyRotationLifetimeAction(KeyRotationPolicyAction.Notify) { TimeBeforeExpiry = "P30D" },
            },
        });

        var ec = new CreateEcKeyOptions("ecdsa", hardwareProtected: true) { CurveName = KeyCurveName.P384 };
        ec.ExpiresOn = DateTimeOffset.UtcNow.AddYears(1);
        await _keys.CreateEcKeyAsync(ec);
        await _keys.UpdateKeyRotationPolicyAsync("ecdsa", RotateYearly());

        _keys.CreateKey("wrapping", KeyType.OctHsm, new CreateKeyOptions { ExpiresOn = DateTimeOffset.UtcNow.AddYears(2) });
        _keys.UpdateKeyRotationPolicy("wrapping", RotateYearly());

        _keys.CreateRsaKey(new CreateRsaKeyOptions("release", hardwareProtected: true)
        {
            KeySize = 4096,
            ExpiresOn = DateTimeOffset.UtcNow.AddYears(1),
            Exportable = true,
            ReleasePolicy = new KeyReleasePolicy(releasePolicy) { Immutable = true },
        });
        _keys.UpdateKeyRotationPolicy("release", RotateYearly());
    }

    /// <summary>A vault key held to the same key rules: software-protected is fine on a vault, expiry and rotation are
    /// asked of every key; deleting (not purging) keeps it recoverable.</summary>
    public void UseVault()
    {
        _vaultKeys.CreateKey("session", KeyType.Rsa, new CreateKeyOptions { ExpiresOn = DateTimeOffset.UtcNow.AddYears(1) });
        _vaultKeys.UpdateKeyRotationPolicy("session", RotateYearly());
        _vaultKeys.StartDeleteKey("session");
    }

    public SecretClient Secrets(TokenCredential credential) => new SecretClient(new Uri("https://contoso.vault.azure.net/"), credential);

    public KeyClient HsmKeys(TokenCredential credential) => new KeyClient(new Uri(HsmEndpoint), credential);

    public void KeepArmOut(KeyVaultSettingsClient settings) =>
        settings.UpdateSetting(new KeyVaultSetting("AllowKeyManagementOperationsThroughARM", false));

    public TokenCredential Credential(string tenantId, string clientId) =>
        new ClientSecretCredential(tenantId, clientId, Environment.GetEnvironmentVariable("AZURE_CLIENT_SECRET"));

    private static KeyRotationPolicy RotateYearly() => new KeyRotationPolicy
    {
        ExpiresIn = "P1Y",
        LifetimeActions = { new KeyRotationLifetimeAction(KeyRotationPolicyAction.Rotate) { TimeBeforeExpiry = "P30D" } },
    };
}
