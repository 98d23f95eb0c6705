// Compile-only stand-in of the Key Vault vault models of Azure.ResourceManager.KeyVault (listing
// api/Azure.ResourceManager.KeyVault.net10.0.cs): vault properties, access policies, network rules, deleted vaults.

using System;
using System.Collections.Generic;
using System.ComponentModel;
using Azure.Core;
using Azure.ResourceManager.Models;

namespace Azure.ResourceManager.KeyVault.Models
{
    public enum AccessPolicyUpdateKind
    {
        Add = 0,
        Replace = 1,
        Remove = 2,
    }

    public enum KeyVaultCreateMode
    {
        Default = 0,
        Recover = 1,
    }

    public enum KeyVaultPatchMode
    {
        Default = 0,
        Recover = 1,
    }

    public enum KeyVaultSkuName
    {
        Standard = 0,
        Premium = 1,
    }

    public enum KeyVaultNameUnavailableReason
    {
        AccountNameInvalid = 0,
        AlreadyExists = 1,
    }

    public partial class KeyVaultCreateOrUpdateContent
    {
        public KeyVaultCreateOrUpdateContent(AzureLocation location, KeyVaultProperties properties) { }
        public AzureLocation Location => throw null;
        public KeyVaultProperties Properties => throw null;
        public IDictionary<string, string> Tags => throw null;
    }

    public partial class KeyVaultProperties
    {
        public KeyVaultProperties(Guid tenantId, KeyVaultSku sku) { }
        public IList<KeyVaultAccessPolicy> AccessPolicies => throw null;
        public KeyVaultCreateMode? CreateMode { get => throw null; set => throw null; }
        public bool? EnabledForDeployment { get => throw null; set => throw null; }
        public bool? EnabledForDiskEncryption { get => throw null; set => throw null; }
        public bool? EnabledForTemplateDeployment { get => throw null; set => throw null; }
        public bool? EnablePurgeProtection { get => throw null; set => throw null; }
        public bool? EnableRbacAuthorization { get => throw null; set => throw null; }
        public bool? EnableSoftDelete { get => throw null; set => throw null; }
        public string HsmPoolResourceId => throw null;
        public KeyVaultNetworkRuleSet NetworkRuleSet { get => throw null; set => throw null; }
        public IReadOnlyList<KeyVaultPrivateEndpointConnectionItemData> PrivateEndpointConnections => throw null;
        public KeyVaultProvisioningState? ProvisioningState { get => throw null; set => throw null; }
        public string PublicNetworkAccess { get => throw null; set => throw null; }
        public KeyVaultSku Sku { get => throw null; set => throw null; }
        public int? SoftDeleteRetentionInDays { get => throw null; set => throw null; }
        public Guid TenantId { get => throw null; set => throw null; }
        public Uri VaultUri { get => throw null; set => throw null; }
    }

    public partial class KeyVaultSku
    {
        public KeyVaultSku(KeyVaultSkuFamily family, KeyVaultSkuName name) { }
        public KeyVaultSkuFamily Family { get => throw null; set => throw null; }
        public KeyVaultSkuName Name { get => throw null; set => throw null; }
    }

    public partial class KeyVaultAccessPolicy
    {
        public KeyVaultAccessPolicy(Guid tenantId, string objectId, IdentityAccessPermissions permissions) { }
        public Guid? ApplicationId { get => throw null; set => throw null; }
        public string ObjectId { get => throw null; set => throw null; }
        public IdentityAccessPermissions Permissions { get => throw null; set => throw null; }
        public Guid TenantId { get => throw null; set => throw null; }
    }

    public partial class IdentityAccessPermissions
    {
        public IdentityAccessPermissions() { }
        public IList<IdentityAccessCertificatePermission> Certificates => throw null;
        public IList<IdentityAccessKeyPermission> Keys => throw null;
        public IList<IdentityAccessSecretPermission> Secrets => throw null;
        public IList<IdentityAccessStoragePermission> Storage => throw null;
    }

    public partial class KeyVaultAccessPolicyParameters : ResourceData
    {
        public KeyVaultAccessPolicyParameters(KeyVaultAccessPolicyProperties properties) { }
        public IList<KeyVaultAccessPolicy> AccessPolicies { get => throw null; set => throw null; }
        public AzureLocation? Location => throw null;
    }

    public partial class KeyVaultAccessPolicyProperties
    {
        public KeyVaultAccessPolicyProperties(IEnumerable<KeyVaultAccessPolicy> accessPolicies) { }
        public IList<KeyVaultAccessPolicy> AccessPolicies => throw null;
    }

    public partial class KeyVaultNetworkRuleSet
    {
        public KeyVaultNetworkRuleSet() { }
        public KeyVaultNetworkRuleBypassOption? Bypass { get => throw null; set => throw null; }
        public KeyVaultNetworkRuleAction? DefaultAction { get => throw null; set => throw null; }
        public IList<KeyVaultIPRule> IPRules => throw null;
        public IList<KeyVaultVirtualNetworkRule> VirtualNetworkRules => throw null;
    }

    public partial class KeyVaultIPRule
    {
        public KeyVaultIPRule(string addressRange) { }
        public string AddressRange { get => throw null; set => throw null; }
    }

    public partial class KeyVaultVirtualNetworkRule
    {
        public KeyVaultVirtualNetworkRule(string id) { }
        public string Id { get => throw null; set => throw null; }
        public bool? IgnoreMissingVnetServiceEndpoint { get => throw null; set => throw null; }
    }

    public partial class KeyVaultPatch
    {
        public KeyVaultPatch() { }
        public KeyVaultPatchProperties Properties { get => throw null; set => throw null; }
        public IDictionary<string, string> Tags => throw null;
    }

    public partial class KeyVaultPatchProperties
    {
        public KeyVaultPatchProperties() { }
        public IList<KeyVaultAccessPolicy> AccessPolicies => throw null;
        public KeyVaultPatchMode? CreateMode { get => throw null; set => throw null; }
        public bool? EnabledForDeployment { get => throw null; set => throw null; }
        public bool? EnabledForDiskEncryption { get => throw null; set => throw null; }
        public bool? EnabledForTemplateDeployment { get => throw null; set => throw null; }
        public bool? EnablePurgeProtection { get => throw null; set => throw null; }
        public bool? EnableRbacAuthorization { get => throw null; set => throw null; }
        public bool? EnableSoftDelete { get => throw null; set => throw null; }
        public KeyVaultNetworkRuleSet NetworkRuleSet { get => throw null; set => throw null; }
        public string PublicNetworkAccess { get => throw null; set => throw null; }
        public KeyVaultSku Sku { get => throw null; set => throw null; }
        public int? SoftDeleteRetentionInDays { get => throw null; set => throw null; }
        public Guid? TenantId { get => throw null; set => throw null; }
    }

    public partial class KeyVaultPrivateEndpointConnectionItemData
    {
        internal KeyVaultPrivateEndpointConnectionItemData() { }
        public ETag? ETag => throw null;
        public string Id => throw null;
        public ResourceIdentifier PrivateEndpointId => throw null;
        public KeyVaultPrivateEndpointConnectionProvisioningState? ProvisioningState => throw null;
    }

    public partial class KeyVaultPrivateLinkResourceData : ResourceData
    {
        public KeyVaultPrivateLinkResourceData() { }
        public string GroupId => throw null;
        public AzureLocation? Location => throw null;
        public IReadOnlyList<string> RequiredMembers => throw null;
        public IList<string> RequiredZoneNames => throw null;
        public IReadOnlyDictionary<string, string> Tags => throw null;
    }

    public partial class KeyVaultNameAvailabilityContent
    {
        public KeyVaultNameAvailabilityContent(string name) { }
        public string Name => throw null;
        public ResourceType ResourceType => throw null;
    }

    public partial class KeyVaultNameAvailabilityResult
    {
        internal KeyVaultNameAvailabilityResult() { }
        public string Message => throw null;
        public bool? NameAvailable => throw null;
        public KeyVaultNameUnavailableReason? Reason => throw null;
    }

    public partial class DeletedKeyVaultProperties
    {
        internal DeletedKeyVaultProperties() { }
        public DateTimeOffset? DeletedOn => throw null;
        [EditorBrowsable(EditorBrowsableState.Never)]
        [Obsolete("This property is obsolete and will be removed in a future release. Please use DeletedOn.", false)]
        public DateTimeOffset? DeletionOn => throw null;
        public AzureLocation? Location => throw null;
        public bool? PurgeProtectionEnabled => throw null;
        public DateTimeOffset? ScheduledPurgeOn => throw null;
        public IReadOnlyDictionary<string, string> Tags => throw null;
        public ResourceIdentifier VaultId => throw null;
    }
}
