using System.Linq;
using System.Threading.Tasks;
using HsmAnalyzers.Tests.Infrastructure;

namespace HsmAnalyzers.Tests.Rules;

/// <summary>
/// The whole package on realistic code in the shapes real code takes: a tool that manages vaults and Managed HSMs side
/// by side, and a test fixture that creates several HSMs. Each finding is one the rules' pages promise; nothing rests
/// on a guess about an endpoint, a parameter or configuration; whole-project findings come once per project.
/// </summary>
public class SideBySideToolTests
{
    private const string Tool = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Azure;
        using Azure.Core;
        using Azure.Identity;
        using Azure.ResourceManager.KeyVault;
        using Azure.ResourceManager.KeyVault.Models;
        using Azure.ResourceManager.Resources;
        using Azure.Security.KeyVault.Administration;
        using Azure.Security.KeyVault.Keys;
        using Azure.Security.KeyVault.Secrets;

        static class Suffixes
        {
            public const string Vault = ".vault.azure.net";
            public const string ManagedHsm = ".managedhsm.azure.net";
        }

        class KeyTool(TokenCredential credential)
        {
            const string CryptoUser = "21dbd100-6940-42c2-9190-5d6cb909625b";
            const string CryptoAuditor = "2c18b078-7c48-4d3a-af88-5a3a1b3f82b3";

            // Vault keys and HSM keys alike: no expiry (HSM1501), too small (HSM1504), never rotated (HSM1502, per key).
            void CreateKeys(string vaultName, Uri endpoint)
            {
                var vault = new KeyClient(credential: credential, vaultUri: new Uri($"https://{vaultName}{Suffixes.Vault}/"));
                vault.CreateKey("session", KeyType.Rsa);
                new KeyClient(endpoint, credential).CreateRsaKey(new CreateRsaKeyOptions("signing", hardwareProtected: true) { KeySize = 2048, ExpiresOn = DateTimeOffset.UtcNow.AddYears(1) });
            }

            // A software key type on an endpoint the tool does not know: a Managed HSM stores it as an HSM key. Nothing.
            void CreateWrappingKey(Uri endpoint)
            {
                var keys = new KeyClient(endpoint, credential);
                keys.CreateKey("wrapping", KeyType.Oct, new CreateKeyOptions { ExpiresOn = DateTimeOffset.UtcNow.AddYears(1) });
                keys.UpdateKeyRotationPolicy("wrapping", new KeyRotationPolicy { ExpiresIn = "P1Y" });
            }

            // A secret client on a vault is fine, on a Managed HSM it fails (HSM1507); an unknown endpoint is not guessed.
            SecretClient VaultSecrets(string name) => new(credential: credential, vaultUri: new Uri($"https://{name}{Suffixes.Vault}/"));
            SecretClient HsmSecrets(string name) => new(new Uri($"https://{name}{Suffixes.ManagedHsm}/"), credential);
            SecretClient AnySecrets(Uri endpoint) => new(endpoint, credential);

            // The caller's token is null when it chose the managed identity: nothing. A token built here: HSM1205.
            async Task BackUpAsync(KeyVaultBackupClient client, Uri container, string? sasToken) =>
                await (await client.StartBackupAsync(container, sasToken)).WaitForCompletionAsync();

            async Task BackUpWithSignatureAsync(KeyVaultBackupClient client, Uri container, string signature) =>
                await (await client.StartBackupAsync(container, $"sv=2022-11-02&sr=c&sp=racwdl&sig={signature}")).WaitForCompletionAsync();

            // Handed on as a Task, the operation is dropped (HSM1204).
            Task StartBackupAsync(KeyVaultBackupClient client, Uri container) => client.StartBackupAsync(container);

            // One role or the other: nothing. Both, one after the other: HSM1106.
            void Grant(KeyVaultAccessControlClient access, string principalId, bool readOnly)
            {
                if (readOnly)
                {
                    access.CreateRoleAssignment("/keys/signing", CryptoAuditor, principalId);
                }
                else
                {
                    access.CreateRoleAssignment("/keys/signing", CryptoUser, principalId);
                }
            }

            void GrantBoth(KeyVaultAccessControlClient access, string principalId)
            {
                access.CreateRoleAssignment("/keys/signing", CryptoAuditor, principalId);
                access.CreateRoleAssignment("/keys/signing", CryptoUser, principalId);
            }
        }

        // A test fixture that creates six HSMs (five in a loop), well configured, and never logs or alerts: one finding per
        // whole-project rule, on the first creation, the other creation site its additional location. The tool's backups
        // count for the project: no HSM1203.
        class HsmFixture
        {
            async Task CreateAsync(ResourceGroupResource group, Guid tenantId, string adminGroupObjectId)
            {
                for (var i = 0; i < 5; i++)
                {
                    await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, $"test-hsm-{i}", Data(tenantId, adminGroupObjectId));
                }

                await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "shared-hsm", Data(tenantId, adminGroupObjectId));
            }

            static ManagedHsmData Data(Guid tenantId, string adminGroupObjectId) => new(AzureLocation.WestEurope)
            {
                Properties = new ManagedHsmProperties
                {
                    TenantId = tenantId,
                    InitialAdminObjectIds = { adminGroupObjectId },
                    EnablePurgeProtection = true,
                    SoftDeleteRetentionInDays = 90,
                    PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled,
                },
            };
        }
        """;

    [Fact]
    public async Task FindingsAreTheOnesThePagesPromise()
    {
        var compilation = await AnalyzerRunner.CompileAsync([("/Tool.cs", Tool)]);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        var findings = (await AnalyzerRunner.AnalyzeAsync(compilation))
            .Select(d => (d.Id, Text: d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan), Others: d.AdditionalLocations.Count))
            .ToList();

        Assert.Equal(
            [
                ("HSM1501", "vault.CreateKey(\"session\", KeyType.Rsa)", 0),
                ("HSM1502", "vault.CreateKey(\"session\", KeyType.Rsa)", 0),
                ("HSM1502", "new KeyClient(endpoint, credential).CreateRsaKey(new CreateRsaKeyOptions(\"signing\", hardwareProtected: true) { KeySize = 2048, ExpiresOn = DateTimeOffset.UtcNow.AddYears(1) })", 0),
                ("HSM1504", "KeySize = 2048", 0),
                ("HSM1507", "new(new Uri($\"https://{name}{Suffixes.ManagedHsm}/\"), credential)", 0),
                ("HSM1205", "$\"sv=2022-11-02&sr=c&sp=racwdl&sig={signature}\"", 0),
                ("HSM1204", "client.StartBackupAsync(container)", 0),
                ("HSM1106", "access.CreateRoleAssignment(\"/keys/signing\", CryptoUser, principalId)", 0),
                ("HSM1301", "group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, $\"test-hsm-{i}\", Data(tenantId, adminGroupObjectId))", 1),
                ("HSM1304", "group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, $\"test-hsm-{i}\", Data(tenantId, adminGroupObjectId))", 1),
            ],
            findings);
    }
}
