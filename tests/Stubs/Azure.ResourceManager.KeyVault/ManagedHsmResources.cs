// Compile-only stand-in of the Managed HSM resources of Azure.ResourceManager.KeyVault 1.4.0.
// (listing api/Azure.ResourceManager.KeyVault.net10.0.cs; the vault resources are in KeyVaultResources.cs).

using System.Collections;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.ResourceManager.KeyVault.Models;
using Azure.ResourceManager.Models;
using Azure.ResourceManager.Resources;

namespace Azure.ResourceManager.KeyVault
{
    public static partial class KeyVaultExtensions
    {
        public static Response<ManagedHsmNameAvailabilityResult> CheckManagedHsmNameAvailability(this SubscriptionResource subscriptionResource, ManagedHsmNameAvailabilityContent content, CancellationToken cancellationToken = default) => throw null;
        public static Task<Response<ManagedHsmNameAvailabilityResult>> CheckManagedHsmNameAvailabilityAsync(this SubscriptionResource subscriptionResource, ManagedHsmNameAvailabilityContent content, CancellationToken cancellationToken = default) => throw null;
        public static Response<DeletedManagedHsmResource> GetDeletedManagedHsm(this SubscriptionResource subscriptionResource, AzureLocation location, string name, CancellationToken cancellationToken = default) => throw null;
        public static Task<Response<DeletedManagedHsmResource>> GetDeletedManagedHsmAsync(this SubscriptionResource subscriptionResource, AzureLocation location, string name, CancellationToken cancellationToken = default) => throw null;
        public static DeletedManagedHsmResource GetDeletedManagedHsmResource(this ArmClient client, ResourceIdentifier id) => throw null;
        public static DeletedManagedHsmCollection GetDeletedManagedHsms(this SubscriptionResource subscriptionResource) => throw null;
        public static Pageable<DeletedManagedHsmResource> GetDeletedManagedHsms(this SubscriptionResource subscriptionResource, CancellationToken cancellationToken = default) => throw null;
        public static AsyncPageable<DeletedManagedHsmResource> GetDeletedManagedHsmsAsync(this SubscriptionResource subscriptionResource, CancellationToken cancellationToken = default) => throw null;
        public static Response<ManagedHsmResource> GetManagedHsm(this ResourceGroupResource resourceGroupResource, string name, CancellationToken cancellationToken = default) => throw null;
        public static Task<Response<ManagedHsmResource>> GetManagedHsmAsync(this ResourceGroupResource resourceGroupResource, string name, CancellationToken cancellationToken = default) => throw null;
        public static ManagedHsmPrivateEndpointConnectionResource GetManagedHsmPrivateEndpointConnectionResource(this ArmClient client, ResourceIdentifier id) => throw null;
        public static ManagedHsmResource GetManagedHsmResource(this ArmClient client, ResourceIdentifier id) => throw null;
        public static ManagedHsmCollection GetManagedHsms(this ResourceGroupResource resourceGroupResource) => throw null;
        public static Pageable<ManagedHsmResource> GetManagedHsms(this SubscriptionResource subscriptionResource, int? top = default, CancellationToken cancellationToken = default) => throw null;
        public static AsyncPageable<ManagedHsmResource> GetManagedHsmsAsync(this SubscriptionResource subscriptionResource, int? top = default, CancellationToken cancellationToken = default) => throw null;
    }

    public partial class ManagedHsmCollection : ArmCollection, IEnumerable<ManagedHsmResource>, IAsyncEnumerable<ManagedHsmResource>
    {
        protected ManagedHsmCollection() { }
        public virtual ArmOperation<ManagedHsmResource> CreateOrUpdate(WaitUntil waitUntil, string name, ManagedHsmData data, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<ArmOperation<ManagedHsmResource>> CreateOrUpdateAsync(WaitUntil waitUntil, string name, ManagedHsmData data, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<bool> Exists(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<bool>> ExistsAsync(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<ManagedHsmResource> Get(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Pageable<ManagedHsmResource> GetAll(int? top = default, CancellationToken cancellationToken = default) => throw null;
        public virtual AsyncPageable<ManagedHsmResource> GetAllAsync(int? top = default, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<ManagedHsmResource>> GetAsync(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual NullableResponse<ManagedHsmResource> GetIfExists(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<NullableResponse<ManagedHsmResource>> GetIfExistsAsync(string name, CancellationToken cancellationToken = default) => throw null;
        IEnumerator<ManagedHsmResource> IEnumerable<ManagedHsmResource>.GetEnumerator() => throw null;
        IEnumerator IEnumerable.GetEnumerator() => throw null;
        IAsyncEnumerator<ManagedHsmResource> IAsyncEnumerable<ManagedHsmResource>.GetAsyncEnumerator(CancellationToken cancellationToken) => throw null;
    }

    public partial class ManagedHsmData : TrackedResourceData
    {
        public ManagedHsmData(AzureLocation location) : base(location) { }
        public ManagedServiceIdentity Identity { get => throw null; set => throw null; }
        public ManagedHsmProperties Properties { get => throw null; set => throw null; }
        public ManagedHsmSku Sku { get => throw null; set => throw null; }
    }

    public partial class ManagedHsmResource : ArmResource
    {
        public static readonly ResourceType ResourceType = "Microsoft.KeyVault/managedHSMs";
        protected ManagedHsmResource() { }
        public virtual ManagedHsmData Data => throw null;
        public virtual bool HasData => throw null;
        public static ResourceIdentifier CreateResourceIdentifier(string subscriptionId, string resourceGroupName, string name) => throw null;
        public virtual Response<ManagedHsmResource> AddTag(string key, string value, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<ManagedHsmResource>> AddTagAsync(string key, string value, CancellationToken cancellationToken = default) => throw null;
        public virtual ArmOperation Delete(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<ArmOperation> DeleteAsync(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<ManagedHsmResource> Get(CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<ManagedHsmResource>> GetAsync(CancellationToken cancellationToken = default) => throw null;
        public virtual Response<ManagedHsmPrivateEndpointConnectionResource> GetManagedHsmPrivateEndpointConnection(string privateEndpointConnectionName, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<ManagedHsmPrivateEndpointConnectionResource>> GetManagedHsmPrivateEndpointConnectionAsync(string privateEndpointConnectionName, CancellationToken cancellationToken = default) => throw null;
        public virtual ManagedHsmPrivateEndpointConnectionCollection GetManagedHsmPrivateEndpointConnections() => throw null;
        public virtual Pageable<ManagedHsmPrivateLinkResourceData> GetMHSMPrivateLinkResourcesByManagedHsmResource(CancellationToken cancellationToken = default) => throw null;
        public virtual AsyncPageable<ManagedHsmPrivateLinkResourceData> GetMHSMPrivateLinkResourcesByManagedHsmResourceAsync(CancellationToken cancellationToken = default) => throw null;
        public virtual Pageable<ManagedHsmGeoReplicatedRegion> GetMHSMRegionsByResource(CancellationToken cancellationToken = default) => throw null;
        public virtual AsyncPageable<ManagedHsmGeoReplicatedRegion> GetMHSMRegionsByResourceAsync(CancellationToken cancellationToken = default) => throw null;
        public virtual Response<ManagedHsmResource> RemoveTag(string key, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<ManagedHsmResource>> RemoveTagAsync(string key, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<ManagedHsmResource> SetTags(IDictionary<string, string> tags, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<ManagedHsmResource>> SetTagsAsync(IDictionary<string, string> tags, CancellationToken cancellationToken = default) => throw null;
        public virtual ArmOperation<ManagedHsmResource> Update(WaitUntil waitUntil, ManagedHsmData data, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<ArmOperation<ManagedHsmResource>> UpdateAsync(WaitUntil waitUntil, ManagedHsmData data, CancellationToken cancellationToken = default) => throw null;
    }

    public partial class DeletedManagedHsmCollection : ArmCollection
    {
        protected DeletedManagedHsmCollection() { }
        public virtual Response<bool> Exists(AzureLocation location, string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<bool>> ExistsAsync(AzureLocation location, string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<DeletedManagedHsmResource> Get(AzureLocation location, string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<DeletedManagedHsmResource>> GetAsync(AzureLocation location, string name, CancellationToken cancellationToken = default) => throw null;
        public virtual NullableResponse<DeletedManagedHsmResource> GetIfExists(AzureLocation location, string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<NullableResponse<DeletedManagedHsmResource>> GetIfExistsAsync(AzureLocation location, string name, CancellationToken cancellationToken = default) => throw null;
    }

    public partial class DeletedManagedHsmData : ResourceData
    {
        internal DeletedManagedHsmData() { }
        public DeletedManagedHsmProperties Properties => throw null;
    }

    public partial class DeletedManagedHsmResource : ArmResource
    {
        public static readonly ResourceType ResourceType = "Microsoft.KeyVault/locations/deletedManagedHSMs";
        protected DeletedManagedHsmResource() { }
        public virtual DeletedManagedHsmData Data => throw null;
        public virtual bool HasData => throw null;
        public static ResourceIdentifier CreateResourceIdentifier(string subscriptionId, AzureLocation location, string name) => throw null;
        public virtual Response<DeletedManagedHsmResource> Get(CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<DeletedManagedHsmResource>> GetAsync(CancellationToken cancellationToken = default) => throw null;
        public virtual ArmOperation PurgeDeleted(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<ArmOperation> PurgeDeletedAsync(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw null;
    }

    public partial class ManagedHsmPrivateEndpointConnectionCollection : ArmCollection, IEnumerable<ManagedHsmPrivateEndpointConnectionResource>, IAsyncEnumerable<ManagedHsmPrivateEndpointConnectionResource>
    {
        protected ManagedHsmPrivateEndpointConnectionCollection() { }
        public virtual ArmOperation<ManagedHsmPrivateEndpointConnectionResource> CreateOrUpdate(WaitUntil waitUntil, string privateEndpointConnectionName, ManagedHsmPrivateEndpointConnectionData data, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<ArmOperation<ManagedHsmPrivateEndpointConnectionResource>> CreateOrUpdateAsync(WaitUntil waitUntil, string privateEndpointConnectionName, ManagedHsmPrivateEndpointConnectionData data, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<bool> Exists(string privateEndpointConnectionName, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<bool>> ExistsAsync(string privateEndpointConnectionName, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<ManagedHsmPrivateEndpointConnectionResource> Get(string privateEndpointConnectionName, CancellationToken cancellationToken = default) => throw null;
        public virtual Pageable<ManagedHsmPrivateEndpointConnectionResource> GetAll(CancellationToken cancellationToken = default) => throw null;
        public virtual AsyncPageable<ManagedHsmPrivateEndpointConnectionResource> GetAllAsync(CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<ManagedHsmPrivateEndpointConnectionResource>> GetAsync(string privateEndpointConnectionName, CancellationToken cancellationToken = default) => throw null;
        public virtual NullableResponse<ManagedHsmPrivateEndpointConnectionResource> GetIfExists(string privateEndpointConnectionName, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<NullableResponse<ManagedHsmPrivateEndpointConnectionResource>> GetIfExistsAsync(string privateEndpointConnectionName, CancellationToken cancellationToken = default) => throw null;
        IEnumerator<ManagedHsmPrivateEndpointConnectionResource> IEnumerable<ManagedHsmPrivateEndpointConnectionResource>.GetEnumerator() => throw null;
        IEnumerator IEnumerable.GetEnumerator() => throw null;
        IAsyncEnumerator<ManagedHsmPrivateEndpointConnectionResource> IAsyncEnumerable<ManagedHsmPrivateEndpointConnectionResource>.GetAsyncEnumerator(CancellationToken cancellationToken) => throw null;
    }

    public partial class ManagedHsmPrivateEndpointConnectionData : TrackedResourceData
    {
        public ManagedHsmPrivateEndpointConnectionData(AzureLocation location) : base(location) { }
        public ETag? ETag { get => throw null; set => throw null; }
        public ManagedServiceIdentity Identity { get => throw null; set => throw null; }
        public ResourceIdentifier PrivateEndpointId => throw null;
        public ManagedHsmPrivateLinkServiceConnectionState PrivateLinkServiceConnectionState { get => throw null; set => throw null; }
        public ManagedHsmPrivateEndpointConnectionProvisioningState? ProvisioningState => throw null;
        public ManagedHsmSku Sku { get => throw null; set => throw null; }
    }

    public partial class ManagedHsmPrivateEndpointConnectionResource : ArmResource
    {
        public static readonly ResourceType ResourceType = "Microsoft.KeyVault/managedHSMs/privateEndpointConnections";
        protected ManagedHsmPrivateEndpointConnectionResource() { }
        public virtual ManagedHsmPrivateEndpointConnectionData Data => throw null;
        public virtual bool HasData => throw null;
        public static ResourceIdentifier CreateResourceIdentifier(string subscriptionId, string resourceGroupName, string name, string privateEndpointConnectionName) => throw null;
        public virtual Response<ManagedHsmPrivateEndpointConnectionResource> AddTag(string key, string value, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<ManagedHsmPrivateEndpointConnectionResource>> AddTagAsync(string key, string value, CancellationToken cancellationToken = default) => throw null;
        public virtual ArmOperation<ManagedHsmPrivateEndpointConnectionResource> Delete(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<ArmOperation<ManagedHsmPrivateEndpointConnectionResource>> DeleteAsync(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<ManagedHsmPrivateEndpointConnectionResource> Get(CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<ManagedHsmPrivateEndpointConnectionResource>> GetAsync(CancellationToken cancellationToken = default) => throw null;
        public virtual Response<ManagedHsmPrivateEndpointConnectionResource> RemoveTag(string key, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<ManagedHsmPrivateEndpointConnectionResource>> RemoveTagAsync(string key, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<ManagedHsmPrivateEndpointConnectionResource> SetTags(IDictionary<string, string> tags, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<ManagedHsmPrivateEndpointConnectionResource>> SetTagsAsync(IDictionary<string, string> tags, CancellationToken cancellationToken = default) => throw null;
        public virtual ArmOperation<ManagedHsmPrivateEndpointConnectionResource> Update(WaitUntil waitUntil, ManagedHsmPrivateEndpointConnectionData data, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<ArmOperation<ManagedHsmPrivateEndpointConnectionResource>> UpdateAsync(WaitUntil waitUntil, ManagedHsmPrivateEndpointConnectionData data, CancellationToken cancellationToken = default) => throw null;
    }
}

namespace Azure.ResourceManager.KeyVault.Mocking
{
    public partial class MockableKeyVaultArmClient : ArmResource
    {
        protected MockableKeyVaultArmClient() { }
        public virtual DeletedManagedHsmResource GetDeletedManagedHsmResource(ResourceIdentifier id) => throw null;
        public virtual ManagedHsmPrivateEndpointConnectionResource GetManagedHsmPrivateEndpointConnectionResource(ResourceIdentifier id) => throw null;
        public virtual ManagedHsmResource GetManagedHsmResource(ResourceIdentifier id) => throw null;
    }

    public partial class MockableKeyVaultResourceGroupResource : ArmResource
    {
        protected MockableKeyVaultResourceGroupResource() { }
        public virtual Response<ManagedHsmResource> GetManagedHsm(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<ManagedHsmResource>> GetManagedHsmAsync(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual ManagedHsmCollection GetManagedHsms() => throw null;
    }

    public partial class MockableKeyVaultSubscriptionResource : ArmResource
    {
        protected MockableKeyVaultSubscriptionResource() { }
        public virtual Response<ManagedHsmNameAvailabilityResult> CheckManagedHsmNameAvailability(ManagedHsmNameAvailabilityContent content, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<ManagedHsmNameAvailabilityResult>> CheckManagedHsmNameAvailabilityAsync(ManagedHsmNameAvailabilityContent content, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<DeletedManagedHsmResource> GetDeletedManagedHsm(AzureLocation location, string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<DeletedManagedHsmResource>> GetDeletedManagedHsmAsync(AzureLocation location, string name, CancellationToken cancellationToken = default) => throw null;
        public virtual DeletedManagedHsmCollection GetDeletedManagedHsms() => throw null;
        public virtual Pageable<DeletedManagedHsmResource> GetDeletedManagedHsms(CancellationToken cancellationToken = default) => throw null;
        public virtual AsyncPageable<DeletedManagedHsmResource> GetDeletedManagedHsmsAsync(CancellationToken cancellationToken = default) => throw null;
        public virtual Pageable<ManagedHsmResource> GetManagedHsms(int? top = default, CancellationToken cancellationToken = default) => throw null;
        public virtual AsyncPageable<ManagedHsmResource> GetManagedHsmsAsync(int? top = default, CancellationToken cancellationToken = default) => throw null;
    }
}
