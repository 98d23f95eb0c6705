// Valid code: a command-line tool that manages Key Vault vaults and Managed HSMs side by side, written in the shapes of
// the Azure SDK's samples and the REST API specification's .NET examples (an ArmClient from DefaultAzureCredential,
// resource identifiers built from names, endpoints from the command line or configuration, clients per endpoint).
// Everything it does is compliant, and nothing about an endpoint it does not name may be guessed: no HsmAnalyzers
// diagnostic may appear.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.ResourceManager;
using Azure.ResourceManager.KeyVault;
using Azure.ResourceManager.KeyVault.Models;
using Azure.ResourceManager.Resources;
using Azure.Security.KeyVault.Administration;
using Azure.Security.KeyVault.Keys;
using Azure.Security.KeyVault.Secrets;

namespace ValidCorpus;

/// <summary>The DNS suffixes the tool builds endpoints with.</summary>
public static class EndpointSuffixes
{
    public const string Vault = ".vault.azure.net";
    public const string ManagedHsm = ".managedhsm.azure.net";
}

public sealed class SideBySideToolShapes
{
    private const string CryptoUser = "21dbd100-6940-42c2-9190-5d6cb909625b";
    private const string CryptoAuditor = "2c18b078-7c48-4d3a-af88-5a3a1b3f82b3";

    private readonly TokenCredential _credential = new DefaultAzureCredential();
    private readonly Dictionary<string, KeyClient> _keyClients = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>One key client per endpoint given on the command line: a vault or a Managed HSM, the tool does not know.</summary>
    public KeyClient Keys(Uri endpoint)
    {
        if (!_keyClients.TryGetValue(endpoint.Host, out var client))
        {
            client = new KeyClient(endpoint, _credential, new KeyClientOptions());
            _keyClients[endpoint.Host] = client;
        }

        return client;
    }

    /// <summary>Secrets live in vaults only; the endpoint is built from the vault's name, arguments in any order.</summary>
    public SecretClient Secrets(string vaultName) =>
        new(credential: _credential, vaultUri: new Uri($"https://{vaultName}{EndpointSuffixes.Vault}/"));

    public SecretClient SecretsFromConfiguration(IReadOnlyDictionary<string, string> settings) =>
        new SecretClient(new Uri(settings["KeyVault:Endpoint"]), _credential);

    /// <summary>The same key on whichever endpoint the user names: expiry, rotation and size as every key needs.</summary>
    public async Task<KeyVaultKey> CreateSigningKeyAsync(Uri endpoint, string keyName, CancellationToken cancellationToken)
    {
        var keys = Keys(endpoint);
        var options = new CreateRsaKeyOptions(keyName, hardwareProtected: true)
        {
            KeySize = 3072,
            ExpiresOn = DateTimeOffset.UtcNow.AddYears(2),
        };
        KeyVaultKey key = await keys.CreateRsaKeyAsync(options, cancellationToken);
        await keys.UpdateKeyRotationPolicyAsync(keyName, new KeyRotationPolicy
        {
            ExpiresIn = "P2Y",
            LifetimeActions = { new KeyRotationLifetimeAction(KeyRotationPolicyAction.Rotate) { TimeBeforeExpiry = "P30D" } },
        }, cancellationToken);
        return key;
    }

    /// <summary>Software-protected key types are accepted by a Managed HSM, which stores them as HSM keys.</summary>
    public Response<KeyVaultKey> CreateWrappingKey(Uri endpoint, string keyName) =>
        Keys(endpoint).CreateKey(keyName, KeyType.Oct, new CreateKeyOptions { ExpiresOn = DateTimeOffset.UtcNow.AddYears(1) });

    /// <summary>A backup with the HSM's managed identity unless the user passes a SAS token: the SDK uses the identity
    /// when the token is null, which the tool cannot know.</summary>
    public async Task<Uri> BackUpAsync(Uri hsmEndpoint, Uri container, string? sasToken, CancellationToken cancellationToken)
    {
        var client = new KeyVaultBackupClient(hsmEndpoint, _credential);
        KeyVaultBackupOperation operation = await client.StartBackupAsync(container, sasToken, cancellationToken);
        KeyVaultBackupResult result = await operation.WaitForCompletionAsync(cancellationToken);
        return result.FolderUri;
    }

    /// <summary>The operation handed to the caller, who waits for it.</summary>
    public Task<KeyVaultRestoreOperation> StartRestoreAsync(Uri hsmEndpoint, Uri folder, CancellationToken cancellationToken) =>
        new KeyVaultBackupClient(hsmEndpoint, _credential).StartRestoreAsync(folder, cancellationToken: cancellationToken);

    /// <summary>One role per request: read-only callers audit, the others use the key, never both.</summary>
    public Task GrantAsync(KeyVaultAccessControlClient access, string keyName, string principalId, bool readOnly, CancellationToken cancellationToken)
    {
        var scope = new KeyVaultRoleScope($"/keys/{keyName}");
        if (readOnly)
        {
            return access.CreateRoleAssignmentAsync(scope, CryptoAuditor, principalId, cancellationToken: cancellationToken);
        }
        else
        {
            return access.CreateRoleAssignmentAsync(scope, CryptoUser, principalId, cancellationToken: cancellationToken);
        }
    }

    public Task GrantByNameAsync(KeyVaultAccessControlClient access, string keyName, string principalId, string role) => role switch
    {
        "auditor" => access.CreateRoleAssignmentAsync(new KeyVaultRoleScope($"/keys/{keyName}"), CryptoAuditor, principalId),
        _ => access.CreateRoleAssignmentAsync(new KeyVaultRoleScope($"/keys/{keyName}"), CryptoUser, principalId),
    };

    /// <summary>A Managed HSM created as in the REST API specification's examples, with the recommended settings.</summary>
    public async Task<ManagedHsmResource> CreateHsmAsync(string subscriptionId, string resourceGroupName, string name, Guid tenantId, string adminGroupObjectId)
    {
        ArmClient client = new ArmClient(_credential);
        ResourceIdentifier resourceGroupId = ResourceGroupResource.CreateResourceIdentifier(subscriptionId, resourceGroupName);
        ResourceGroupResource resourceGroup = client.GetResourceGroupResource(resourceGroupId);
        ManagedHsmCollection collection = resourceGroup.GetManagedHsms();

        ManagedHsmData data = new ManagedHsmData(new AzureLocation("westeurope"))
        {
            Properties = new ManagedHsmProperties
            {
                TenantId = tenantId,
                InitialAdminObjectIds = { adminGroupObjectId },
                EnableSoftDelete = true,
                SoftDeleteRetentionInDays = 90,
                EnablePurgeProtection = true,
                PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled,
                NetworkRuleSet = new ManagedHsmNetworkRuleSet
                {
                    DefaultAction = ManagedHsmNetworkRuleAction.Deny,
                    Bypass = ManagedHsmNetworkRuleBypassOption.AzureServices,
                },
            },
            Sku = new ManagedHsmSku(ManagedHsmSkuFamily.B, ManagedHsmSkuName.StandardB1),
            Tags = { ["Dept"] = "hsm", ["Environment"] = "dogfood" },
        };
        ArmOperation<ManagedHsmResource> lro = await collection.CreateOrUpdateAsync(WaitUntil.Completed, name, data);
        return lro.Value;
    }
}
