using System.Linq;
using System.Threading.Tasks;
using HsmAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Tests;

/// <summary>Programs in the shapes the SDK's own samples and tests use compile against the stand-ins unchanged, one
/// per area the stand-ins reproduce beyond the Managed HSM provisioning surface (see tests/Stubs/README.md).</summary>
public class StubsCompileTests
{
    private static async Task AssertCompilesAsync(string source)
    {
        var compilation = await AnalyzerRunner.CompileAsync([("/Program.cs", source)]);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
    }

    [Fact]
    public Task CryptographyClient() => AssertCompilesAsync("""
        using System;
        using System.IO;
        using System.Security.Cryptography;
        using System.Text;
        using System.Threading.Tasks;
        using Azure.Core.Cryptography;
        using Azure.Identity;
        using Azure.Security.KeyVault.Keys;
        using Azure.Security.KeyVault.Keys.Cryptography;

        public static class Program
        {
            public static async Task Main()
            {
                var credential = new DefaultAzureCredential();
                var keyClient = new KeyClient(new Uri("https://contoso.managedhsm.azure.net/"), credential);
                KeyVaultKey key = await keyClient.CreateRsaKeyAsync(new CreateRsaKeyOptions("demo", hardwareProtected: true) { KeySize = 3072 });

                var crypto = new CryptographyClient(key.Id, credential, new CryptographyClientOptions());
                byte[] plaintext = Encoding.UTF8.GetBytes("a message");
                EncryptResult encrypted = await crypto.EncryptAsync(EncryptionAlgorithm.RsaOaep256, plaintext);
                DecryptResult decrypted = await crypto.DecryptAsync(EncryptionAlgorithm.RsaOaep256, encrypted.Ciphertext);
                Console.WriteLine($"{encrypted.KeyId} {encrypted.Algorithm} {Encoding.UTF8.GetString(decrypted.Plaintext)}");

                EncryptResult parameters = crypto.Encrypt(EncryptParameters.RsaOaepParameters(plaintext));
                crypto.Decrypt(DecryptParameters.RsaOaepParameters(parameters.Ciphertext));

                CryptographyClient byName = keyClient.GetCryptographyClient("demo", key.Properties.Version);
                WrapResult wrapped = byName.WrapKey(KeyWrapAlgorithm.RsaOaep256, RandomNumberGenerator.GetBytes(32));
                UnwrapResult unwrapped = await byName.UnwrapKeyAsync(wrapped.Algorithm, wrapped.EncryptedKey);

                using SHA256 sha = SHA256.Create();
                byte[] digest = sha.ComputeHash(plaintext);
                SignResult signature = byName.Sign(SignatureAlgorithm.RS256, digest);
                VerifyResult verified = await byName.VerifyAsync(SignatureAlgorithm.RS256, digest, signature.Signature);
                SignResult dataSignature = await byName.SignDataAsync(SignatureAlgorithm.PS384, new MemoryStream(plaintext));
                bool valid = byName.VerifyData(SignatureAlgorithm.PS384, plaintext, dataSignature.Signature).IsValid && verified.IsValid;
                Console.WriteLine($"{unwrapped.Key.Length} {valid} {byName.KeyId}");

                using Aes aes = Aes.Create();
                var local = new CryptographyClient(new JsonWebKey(aes), new LocalCryptographyClientOptions());
                EncryptResult gcm = await local.EncryptAsync(EncryptParameters.A256GcmParameters(plaintext, additionalAuthenticatedData: null));
                await local.DecryptAsync(DecryptParameters.A256GcmParameters(gcm.Ciphertext, gcm.Iv, gcm.AuthenticationTag));

                IKeyEncryptionKeyResolver resolver = new KeyResolver(credential);
                IKeyEncryptionKey kek = await resolver.ResolveAsync(key.Id.ToString());
                byte[] wrappedByCore = await kek.WrapKeyAsync("RSA-OAEP-256", new byte[32]);
                Console.WriteLine(wrappedByCore.Length);

                EncryptResult mocked = CryptographyModelFactory.EncryptResult("id", new byte[1], EncryptionAlgorithm.A256Gcm, iv: new byte[12]);
                Console.WriteLine(mocked.Algorithm == EncryptionAlgorithm.A256Gcm);

                KeyVaultKey attested = await keyClient.GetKeyAttestationAsync("demo");
                KeyAttestation attestation = attested.Properties.Attestation;
                Console.WriteLine($"{attestation.Version} {attestation.CertificatePemFile.Length}");
            }
        }
        """);

    [Fact]
    public Task VaultBesideManagedHsm() => AssertCompilesAsync("""
        using System;
        using System.Threading.Tasks;
        using Azure;
        using Azure.Core;
        using Azure.Identity;
        using Azure.ResourceManager;
        using Azure.ResourceManager.KeyVault;
        using Azure.ResourceManager.KeyVault.Models;
        using Azure.ResourceManager.Resources;

        public static class Program
        {
            public static async Task Main(string subscriptionId, Guid tenantId, string objectId)
            {
                var arm = new ArmClient(new DefaultAzureCredential());
                SubscriptionResource subscription = arm.GetSubscriptionResource(SubscriptionResource.CreateResourceIdentifier(subscriptionId));
                ResourceGroupResource group = (await subscription.GetResourceGroupAsync("rg")).Value;

                var permissions = new IdentityAccessPermissions();
                permissions.Keys.Add(IdentityAccessKeyPermission.All);
                permissions.Secrets.Add("get");
                permissions.Certificates.Add(IdentityAccessCertificatePermission.ManageContacts);
                var accessPolicy = new KeyVaultAccessPolicy(tenantId, objectId, permissions) { ApplicationId = Guid.NewGuid() };

                var properties = new KeyVaultProperties(tenantId, new KeyVaultSku(KeyVaultSkuFamily.A, KeyVaultSkuName.Standard))
                {
                    EnabledForDeployment = true,
                    EnableSoftDelete = true,
                    SoftDeleteRetentionInDays = 7,
                    EnablePurgeProtection = false,
                    NetworkRuleSet = new KeyVaultNetworkRuleSet
                    {
                        Bypass = "AzureServices",
                        DefaultAction = "Allow",
                        IPRules = { new KeyVaultIPRule("1.2.3.4/32") },
                        VirtualNetworkRules = { new KeyVaultVirtualNetworkRule("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/default") { IgnoreMissingVnetServiceEndpoint = true } },
                    },
                };
                properties.AccessPolicies.Add(accessPolicy);
                var content = new KeyVaultCreateOrUpdateContent(AzureLocation.WestUS, properties) { Tags = { ["env"] = "test" } };

                KeyVaultCollection vaults = group.GetKeyVaults();
                KeyVaultResource vault = (await vaults.CreateOrUpdateAsync(WaitUntil.Completed, "vault", content)).Value;
                Console.WriteLine(vault.Data.Properties.VaultUri);

                var patch = new KeyVaultPatch { Properties = new KeyVaultPatchProperties { EnablePurgeProtection = true } };
                patch.Properties.AccessPolicies.Add(accessPolicy);
                await vault.UpdateAsync(patch);
                await vault.UpdateAccessPolicyAsync(AccessPolicyUpdateKind.Replace, new KeyVaultAccessPolicyParameters(new KeyVaultAccessPolicyProperties(new[] { accessPolicy })));
                await foreach (KeyVaultPrivateLinkResourceData link in vault.GetPrivateLinkResourcesAsync())
                {
                    Console.WriteLine(link.GroupId);
                }

                await vault.DeleteAsync(WaitUntil.Completed);
                DeletedKeyVaultResource deleted = (await subscription.GetDeletedKeyVaultAsync(AzureLocation.WestUS, "vault")).Value;
                Console.WriteLine(deleted.Data.Properties.VaultId);
                await deleted.PurgeDeletedAsync(WaitUntil.Completed);
                Console.WriteLine((await subscription.GetDeletedKeyVaults().ExistsAsync(AzureLocation.WestUS, "vault")).Value);

                KeyVaultNameAvailabilityResult available = (await subscription.CheckKeyVaultNameAvailabilityAsync(new KeyVaultNameAvailabilityContent("vault"))).Value;
                Console.WriteLine($"{available.NameAvailable} {available.Reason}");

                KeyVaultData mock = ArmKeyVaultModelFactory.KeyVaultData(name: "vault", location: AzureLocation.WestUS, properties: ArmKeyVaultModelFactory.KeyVaultProperties(tenantId: tenantId, enableSoftDelete: true));
                Console.WriteLine(mock.Properties.EnableSoftDelete);
            }
        }
        """);

    [Fact]
    public Task ManagedHsmMembersOfTheCurrentListing() => AssertCompilesAsync("""
        using System;
        using System.Threading.Tasks;
        using Azure;
        using Azure.Core;
        using Azure.Core.Pipeline;
        using Azure.Identity;
        using Azure.ResourceManager.KeyVault;
        using Azure.ResourceManager.KeyVault.Models;
        using Azure.Security.KeyVault.Administration;

        public static class Program
        {
            public static async Task Main(ManagedHsmResource hsm)
            {
                await foreach (ManagedHsmGeoReplicatedRegion region in hsm.GetMHSMRegionsByResourceAsync())
                {
                    Console.WriteLine($"{region.Name} {region.IsPrimary}");
                }

                foreach (ManagedHsmPrivateLinkResourceData link in hsm.GetMHSMPrivateLinkResourcesByManagedHsmResource())
                {
                    Console.WriteLine($"{link.GroupId} {link.RequiredMembers.Count} {link.Location}");
                }

                var rules = new ManagedHsmNetworkRuleSet { DefaultAction = ManagedHsmNetworkRuleAction.Deny };
                rules.VirtualNetworkRules.Add(new ManagedHsmVirtualNetworkRule(new ResourceIdentifier("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/hsm")));
                rules.ServiceTags.Add(new ManagedHsmServiceTagRule("AzureCloud"));

                ManagedHsmPrivateEndpointConnectionData connection = ArmKeyVaultModelFactory.ManagedHsmPrivateEndpointConnectionData(
                    name: "pe", location: AzureLocation.WestUS, sku: new ManagedHsmSku(ManagedHsmSkuFamily.B, ManagedHsmSkuName.StandardB1), etag: new ETag("1"));
                Console.WriteLine(connection.ETag);

                var access = new KeyVaultAccessControlClient(hsm.Data.Properties.HsmUri, new DefaultAzureCredential());
                HttpPipeline pipeline = access.Pipeline;
                KeyVaultRoleScope? scope = "/keys";
                KeyVaultRoleType? roleType = "CustomRole";
                KeyVaultRoleAssignmentProperties assignment = KeyVaultAdministrationModelFactory.KeyVaultRoleAssignmentProperties(scope: "/", roleDefinitionId: "r", principalId: "p");
                Console.WriteLine($"{pipeline} {scope} {roleType} {assignment.Scope}");
            }
        }
        """);
}
