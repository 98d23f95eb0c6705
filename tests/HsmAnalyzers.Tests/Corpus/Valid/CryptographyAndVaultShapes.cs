// Valid code: realistic, compliant uses of the Cryptography namespace with Managed HSM keys, and of the Key Vault
// vaults that Managed HSM code sets up beside the HSM. No HsmAnalyzers diagnostic may appear.
using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.ResourceManager;
using Azure.ResourceManager.KeyVault;
using Azure.ResourceManager.KeyVault.Models;
using Azure.ResourceManager.Resources;
using Azure.Security.KeyVault.Keys;
using Azure.Security.KeyVault.Keys.Cryptography;

namespace ValidCorpus;

public sealed class CryptographyAndVaultShapes
{
    private const string HsmEndpoint = "https://contoso.managedhsm.azure.net/";
    private const string DataKeyAlgorithm = "RSA-OAEP-256";
    private static readonly KeyWrapAlgorithm WrapAlgorithm = KeyWrapAlgorithm.RsaOaep256;

    private readonly TokenCredential _credential = new DefaultAzureCredential();
    private readonly KeyClient _keys;

    public CryptographyAndVaultShapes() => _keys = new KeyClient(new Uri(HsmEndpoint), _credential);

    public async Task<(byte[] Ciphertext, byte[] WrappedKey, byte[] Iv, byte[] Tag)> SealAsync(byte[] plaintext)
    {
        CryptographyClient kek = _keys.GetCryptographyClient("tenant-kek");
        using var aes = Aes.Create();
        aes.KeySize = 256;
        WrapResult wrapped = await kek.WrapKeyAsync(WrapAlgorithm, aes.Key);

        var dataKey = new CryptographyClient(new JsonWebKey(aes, new[] { KeyOperation.Encrypt, KeyOperation.Decrypt }));
        EncryptResult sealedData = await dataKey.EncryptAsync(EncryptParameters.A256GcmParameters(plaintext));
        return (sealedData.Ciphertext, wrapped.EncryptedKey, sealedData.Iv, sealedData.AuthenticationTag);
    }

    public async Task<byte[]> OpenAsync(byte[] wrappedKey, byte[] ciphertext, byte[] iv, byte[] tag)
    {
        CryptographyClient kek = _keys.GetCryptographyClient("tenant-kek");
        UnwrapResult unwrapped = await kek.UnwrapKeyAsync(KeyWrapAlgorithm.RsaOaep256, wrappedKey);
        using var aes = Aes.Create();
        aes.Key = unwrapped.Key;
        var dataKey = new CryptographyClient(new JsonWebKey(aes));
        DecryptResult opened = await dataKey.DecryptAsync(DecryptParameters.A256GcmParameters(ciphertext, iv, tag));
        return opened.Plaintext;
    }

    /// <summary>Data written with RSA1_5 before the migration is still read with it.</summary>
    public byte[] ReadLegacy(Uri keyId, byte[] ciphertext, string storedAlgorithm)
    {
        var legacy = new CryptographyClient(keyId, _credential, new CryptographyClientOptions(CryptographyClientOptions.ServiceVersion.V7_6));
        DecryptResult result = storedAlgorithm == "RSA1_5"
            ? legacy.Decrypt(EncryptionAlgorithm.Rsa15, ciphertext)
            : legacy.Decrypt(DecryptParameters.RsaOaep256Parameters(ciphertext));
        return result.Plaintext;
    }

    public EncryptResult EncryptSmallSecret(byte[] secret, EncryptionAlgorithm configured)
    {
        CryptographyClient kek = _keys.GetCryptographyClient("tenant-kek", keyVersion: null);
        return configured == default ? kek.Encrypt(DataKeyAlgorithm, secret) : kek.Encrypt(configured, secret);
    }

    public async Task<bool> SignAndVerifyAsync(Stream document)
    {
        var resolver = new KeyResolver(_credential);
        CryptographyClient signer = await resolver.ResolveAsync(new Uri(HsmEndpoint + "keys/release-signing"));
        SignResult signature = await signer.SignDataAsync(SignatureAlgorithm.PS256, document);
        document.Position = 0;
        VerifyResult verified = signer.VerifyData(signature.Algorithm, document, signature.Signature);
        return verified.IsValid && verified.KeyId == signature.KeyId;
    }

    public async Task<bool> IsAttestedAsync(string name)
    {
        KeyVaultKey key = await _keys.GetKeyAttestationAsync(name);
        KeyAttestation attestation = key.Properties.Attestation;
        return attestation is not null && !attestation.PublicKeyAttestation.IsEmpty;
    }

    /// <summary>A vault beside the HSM, set up as the SDK's Managed HSM tests do it.</summary>
    public async Task<KeyVaultResource> CreateCompanionVaultAsync(ResourceGroupResource group, Guid tenantId, string objectId)
    {
        var permissions = new IdentityAccessPermissions();
        permissions.Keys.Add(IdentityAccessKeyPermission.Get);
        permissions.Keys.Add(IdentityAccessKeyPermission.WrapKey);
        permissions.Keys.Add(IdentityAccessKeyPermission.UnwrapKey);
        permissions.Secrets.Add(IdentityAccessSecretPermission.Get);

        var properties = new KeyVaultProperties(tenantId, new KeyVaultSku(KeyVaultSkuFamily.A, KeyVaultSkuName.Premium))
        {
            EnableSoftDelete = true,
            SoftDeleteRetentionInDays = 90,
            EnablePurgeProtection = true,
            EnableRbacAuthorization = false,
            PublicNetworkAccess = "Disabled",
            NetworkRuleSet = new KeyVaultNetworkRuleSet
            {
                Bypass = KeyVaultNetworkRuleBypassOption.AzureServices,
                DefaultAction = KeyVaultNetworkRuleAction.Deny,
                IPRules = { new KeyVaultIPRule("10.0.0.0/24") },
            },
        };
        properties.AccessPolicies.Add(new KeyVaultAccessPolicy(tenantId, objectId, permissions));

        var content = new KeyVaultCreateOrUpdateContent(AzureLocation.WestEurope, properties);
        content.Tags.Add("workload", "payments");
        KeyVaultCollection vaults = group.GetKeyVaults();
        ArmOperation<KeyVaultResource> operation = await vaults.CreateOrUpdateAsync(WaitUntil.Completed, "contoso-companion", content);
        KeyVaultResource vault = operation.Value;

        var extra = new KeyVaultAccessPolicyParameters(new KeyVaultAccessPolicyProperties(new[] { new KeyVaultAccessPolicy(tenantId, objectId, permissions) }));
        await vault.UpdateAccessPolicyAsync(AccessPolicyUpdateKind.Add, extra);
        return vault;
    }

    public async Task<IReadOnlyList<string>> ListDeletedVaultsAsync(SubscriptionResource subscription)
    {
        var names = new List<string>();
        await foreach (DeletedKeyVaultResource deleted in subscription.GetDeletedKeyVaultsAsync())
        {
            DeletedKeyVaultProperties properties = deleted.Data.Properties;
            if (properties.PurgeProtectionEnabled == true && properties.ScheduledPurgeOn > DateTimeOffset.UtcNow)
            {
                names.Add(deleted.Data.Name);
            }
        }

        NullableResponse<DeletedKeyVaultResource> one = await subscription.GetDeletedKeyVaults().GetIfExistsAsync(AzureLocation.WestEurope, "contoso-companion");
        if (one.HasValue)
        {
            names.Add(one.Value.Data.Properties.VaultId.Name);
        }

        return names;
    }

    public async Task<Uri> VaultBesideHsmAsync(ArmClient arm, ResourceIdentifier vaultId, ManagedHsmResource hsm)
    {
        KeyVaultResource vault = await arm.GetKeyVaultResource(vaultId).GetAsync();
        await foreach (ManagedHsmGeoReplicatedRegion region in hsm.GetMHSMRegionsByResourceAsync())
        {
            _ = region.Name;
        }

        foreach (ManagedHsmPrivateLinkResourceData link in hsm.GetMHSMPrivateLinkResourcesByManagedHsmResource())
        {
            _ = link.GroupId;
        }

        return vault.Data.Properties.VaultUri;
    }
}
