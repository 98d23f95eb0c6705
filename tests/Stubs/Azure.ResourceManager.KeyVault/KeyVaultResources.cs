// Compile-only stand-in of the Key Vault vault resources of Azure.ResourceManager.KeyVault (listing
// api/Azure.ResourceManager.KeyVault.net10.0.cs), the part Managed HSM code and the SDK's Managed HSM tests use
// beside the HSM: vaults, their access policies and deleted vaults. Vault secrets and vault private endpoint
// connections are not reproduced.

using System.Collections;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.ResourceManager.KeyVault.Models;
using Azure.ResourceManager.Models;
using Azure.ResourceManager.Resources;
using KeyVaultProperties = Azure.ResourceManager.KeyVault.Models.KeyVaultProperties;

namespace Azure.ResourceManager.KeyVault
{
    public static partial class KeyVaultExtensions
    {
        public static Response<KeyVaultNameAvailabilityResult> CheckKeyVaultNameAvailability(this SubscriptionResource subscriptionResource, KeyVaultNameAvailabilityContent content, CancellationToken cancellationToken = default) => throw null;
        public static Task<Response<KeyVaultNameAvailabilityResult>> CheckKeyVaultNameAvailabilityAsync(this SubscriptionResource subscriptionResource, KeyVaultNameAvailabilityContent content, CancellationToken cancellationToken = default) => throw null;
        public static Response<DeletedKeyVaultResource> GetDeletedKeyVault(this SubscriptionResource subscriptionResource, AzureLocation location, string vaultName, CancellationToken cancellationToken = default) => throw null;
        public static Task<Response<DeletedKeyVaultResource>> GetDeletedKeyVaultAsync(this SubscriptionResource subscriptionResource, AzureLocation location, string vaultName, CancellationToken cancellationToken = default) => throw null;
        public static DeletedKeyVaultResource GetDeletedKeyVaultResource(this ArmClient client, ResourceIdentifier id) => throw null;
        public static DeletedKeyVaultCollection GetDeletedKeyVaults(this SubscriptionResource subscriptionResource) => throw null;
        public static Pageable<DeletedKeyVaultResource> GetDeletedKeyVaults(this SubscriptionResource subscriptionResource, CancellationToken cancellationToken = default) => throw null;
        public static AsyncPageable<DeletedKeyVaultResource> GetDeletedKeyVaultsAsync(this SubscriptionResource subscriptionResource, CancellationToken cancellationToken = default) => throw null;
        public static Response<KeyVaultResource> GetKeyVault(this ResourceGroupResource resourceGroupResource, string vaultName, CancellationToken cancellationToken = default) => throw null;
        public static Task<Response<KeyVaultResource>> GetKeyVaultAsync(this ResourceGroupResource resourceGroupResource, string vaultName, CancellationToken cancellationToken = default) => throw null;
        public static KeyVaultResource GetKeyVaultResource(this ArmClient client, ResourceIdentifier id) => throw null;
        public static KeyVaultCollection GetKeyVaults(this ResourceGroupResource resourceGroupResource) => throw null;
        public static Pageable<KeyVaultResource> GetKeyVaults(this SubscriptionResource subscriptionResource, int? top = default, CancellationToken cancellationToken = default) => throw null;
        public static AsyncPageable<KeyVaultResource> GetKeyVaultsAsync(this SubscriptionResource subscriptionResource, int? top = default, CancellationToken cancellationToken = default) => throw null;
    }

    public partial class KeyVaultCollection : ArmCollection, IEnumerable<KeyVaultResource>, IAsyncEnumerable<KeyVaultResource>
    {
        protected KeyVaultCollection() { }
        public virtual ArmOperation<KeyVaultResource> CreateOrUpdate(WaitUntil waitUntil, string vaultName, KeyVaultCreateOrUpdateContent content, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<ArmOperation<KeyVaultResource>> CreateOrUpdateAsync(WaitUntil waitUntil, string vaultName, KeyVaultCreateOrUpdateContent content, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<bool> Exists(string vaultName, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<bool>> ExistsAsync(string vaultName, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<KeyVaultResource> Get(string vaultName, CancellationToken cancellationToken = default) => throw null;
        public virtual Pageable<KeyVaultResource> GetAll(int? top = default, CancellationToken cancellationToken = default) => throw null;
        public virtual AsyncPageable<KeyVaultResource> GetAllAsync(int? top = default, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultResource>> GetAsync(string vaultName, CancellationToken cancellationToken = default) => throw null;
        public virtual NullableResponse<KeyVaultResource> GetIfExists(string vaultName, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<NullableResponse<KeyVaultResource>> GetIfExistsAsync(string vaultName, CancellationToken cancellationToken = default) => throw null;
        IEnumerator<KeyVaultResource> IEnumerable<KeyVaultResource>.GetEnumerator() => throw null;
        IEnumerator IEnumerable.GetEnumerator() => throw null;
        IAsyncEnumerator<KeyVaultResource> IAsyncEnumerable<KeyVaultResource>.GetAsyncEnumerator(CancellationToken cancellationToken) => throw null;
    }

    public partial class KeyVaultData : TrackedResourceData
    {
        public KeyVaultData(AzureLocation location, KeyVaultProperties properties) : base(location) { }
        public KeyVaultProperties Properties { get => throw null; set => throw null; }
    }

    public partial class KeyVaultResource : ArmResource
    {
        public static readonly ResourceType ResourceType = "Microsoft.KeyVault/vaults";
        protected KeyVaultResource() { }
        public virtual KeyVaultData Data => throw null;
        public virtual bool HasData => throw null;
        public static ResourceIdentifier CreateResourceIdentifier(string subscriptionId, string resourceGroupName, string vaultName) => throw null;
        public virtual Response<KeyVaultResource> AddTag(string key, string value, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultResource>> AddTagAsync(string key, string value, CancellationToken cancellationToken = default) => throw null;
        public virtual ArmOperation Delete(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<ArmOperation> DeleteAsync(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<KeyVaultResource> Get(CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultResource>> GetAsync(CancellationToken cancellationToken = default) => throw null;
        public virtual Pageable<KeyVaultPrivateLinkResourceData> GetPrivateLinkResources(CancellationToken cancellationToken = default) => throw null;
        public virtual AsyncPageable<KeyVaultPrivateLinkResourceData> GetPrivateLinkResourcesAsync(CancellationToken cancellationToken = default) => throw null;
        public virtual Response<KeyVaultResource> RemoveTag(string key, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultResource>> RemoveTagAsync(string key, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<KeyVaultResource> SetTags(IDictionary<string, string> tags, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultResource>> SetTagsAsync(IDictionary<string, string> tags, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<KeyVaultResource> Update(KeyVaultPatch patch, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<KeyVaultAccessPolicyParameters> UpdateAccessPolicy(AccessPolicyUpdateKind operationKind, KeyVaultAccessPolicyParameters keyVaultAccessPolicyParameters, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultAccessPolicyParameters>> UpdateAccessPolicyAsync(AccessPolicyUpdateKind operationKind, KeyVaultAccessPolicyParameters keyVaultAccessPolicyParameters, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultResource>> UpdateAsync(KeyVaultPatch patch, CancellationToken cancellationToken = default) => throw null;
    }

    public partial class DeletedKeyVaultCollection : ArmCollection
    {
        protected DeletedKeyVaultCollection() { }
        public virtual Response<bool> Exists(AzureLocation location, string vaultName, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<bool>> ExistsAsync(AzureLocation location, string vaultName, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<DeletedKeyVaultResource> Get(AzureLocation location, string vaultName, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<DeletedKeyVaultResource>> GetAsync(AzureLocation location, string vaultName, CancellationToken cancellationToken = default) => throw null;
        public virtual NullableResponse<DeletedKeyVaultResource> GetIfExists(AzureLocation location, string vaultName, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<NullableResponse<DeletedKeyVaultResource>> GetIfExistsAsync(AzureLocation location, string vaultName, CancellationToken cancellationToken = default) => throw null;
    }

    public partial class DeletedKeyVaultData : ResourceData
    {
        internal DeletedKeyVaultData() { }
        public DeletedKeyVaultProperties Properties => throw null;
    }

    public partial class DeletedKeyVaultResource : ArmResource
    {
        public static readonly ResourceType ResourceType = "Microsoft.KeyVault/locations/deletedVaults";
        protected DeletedKeyVaultResource() { }
        public virtual DeletedKeyVaultData Data => throw null;
        public virtual bool HasData => throw null;
        public static ResourceIdentifier CreateResourceIdentifier(string subscriptionId, AzureLocation location, string vaultName) => throw null;
        public virtual Response<DeletedKeyVaultResource> Get(CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<DeletedKeyVaultResource>> GetAsync(CancellationToken cancellationToken = default) => throw null;
        public virtual ArmOperation PurgeDeleted(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<ArmOperation> PurgeDeletedAsync(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw null;
    }
}

namespace Azure.ResourceManager.KeyVault.Mocking
{
    public partial class MockableKeyVaultArmClient
    {
        public virtual DeletedKeyVaultResource GetDeletedKeyVaultResource(ResourceIdentifier id) => throw null;
        public virtual KeyVaultResource GetKeyVaultResource(ResourceIdentifier id) => throw null;
    }

    public partial class MockableKeyVaultResourceGroupResource
    {
        public virtual Response<KeyVaultResource> GetKeyVault(string vaultName, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultResource>> GetKeyVaultAsync(string vaultName, CancellationToken cancellationToken = default) => throw null;
        public virtual KeyVaultCollection GetKeyVaults() => throw null;
    }

    public partial class MockableKeyVaultSubscriptionResource
    {
        public virtual Response<KeyVaultNameAvailabilityResult> CheckKeyVaultNameAvailability(KeyVaultNameAvailabilityContent content, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultNameAvailabilityResult>> CheckKeyVaultNameAvailabilityAsync(KeyVaultNameAvailabilityContent content, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<DeletedKeyVaultResource> GetDeletedKeyVault(AzureLocation location, string vaultName, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<DeletedKeyVaultResource>> GetDeletedKeyVaultAsync(AzureLocation location, string vaultName, CancellationToken cancellationToken = default) => throw null;
        public virtual DeletedKeyVaultCollection GetDeletedKeyVaults() => throw null;
        public virtual Pageable<DeletedKeyVaultResource> GetDeletedKeyVaults(CancellationToken cancellationToken = default) => throw null;
        public virtual AsyncPageable<DeletedKeyVaultResource> GetDeletedKeyVaultsAsync(CancellationToken cancellationToken = default) => throw null;
        public virtual Pageable<KeyVaultResource> GetKeyVaults(int? top = default, CancellationToken cancellationToken = default) => throw null;
        public virtual AsyncPageable<KeyVaultResource> GetKeyVaultsAsync(int? top = default, CancellationToken cancellationToken = default) => throw null;
    }
}
