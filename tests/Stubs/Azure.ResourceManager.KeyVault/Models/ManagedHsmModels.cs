// Compile-only stand-in of the Managed HSM models of Azure.ResourceManager.KeyVault 1.4.0.

using System;
using System.Collections.Generic;
using System.ComponentModel;
using Azure.Core;
using Azure.ResourceManager.Models;

namespace Azure.ResourceManager.KeyVault.Models
{
    public enum ManagedHsmCreateMode
    {
        Default = 0,
        Recover = 1,
    }

    public enum ManagedHsmSkuName
    {
        StandardB1 = 0,
        CustomB32 = 1,
        CustomB6 = 2,
        CustomC42 = 3,
        CustomC10 = 4,
    }

    public partial class ManagedHsmProperties
    {
        public ManagedHsmProperties() { }
        public ManagedHsmCreateMode? CreateMode { get => throw null; set => throw null; }
        public bool? EnablePurgeProtection { get => throw null; set => throw null; }
        public bool? EnableSoftDelete { get => throw null; set => throw null; }
        public Uri HsmUri => throw null;
        public IList<string> InitialAdminObjectIds => throw null;
        public ManagedHsmNetworkRuleSet NetworkRuleSet { get => throw null; set => throw null; }
        public IReadOnlyList<ManagedHsmPrivateEndpointConnectionItemData> PrivateEndpointConnections => throw null;
        public ManagedHsmProvisioningState? ProvisioningState => throw null;
        public ManagedHsmPublicNetworkAccess? PublicNetworkAccess { get => throw null; set => throw null; }
        public IList<ManagedHsmGeoReplicatedRegion> Regions => throw null;
        public DateTimeOffset? ScheduledPurgeOn => throw null;
        public ManagedHSMSecurityDomainProperties SecurityDomainProperties => throw null;
        public int? SoftDeleteRetentionInDays { get => throw null; set => throw null; }
        public string StatusMessage => throw null;
        public Guid? TenantId { get => throw null; set => throw null; }
    }

    public partial class ManagedHsmNetworkRuleSet
    {
        public ManagedHsmNetworkRuleSet() { }
        public ManagedHsmNetworkRuleBypassOption? Bypass { get => throw null; set => throw null; }
        public ManagedHsmNetworkRuleAction? DefaultAction { get => throw null; set => throw null; }
        public IList<ManagedHsmIPRule> IPRules => throw null;
        public IList<ManagedHsmServiceTagRule> ServiceTags => throw null;
        public IList<ManagedHsmVirtualNetworkRule> VirtualNetworkRules => throw null;
    }

    public partial class ManagedHsmIPRule
    {
        public ManagedHsmIPRule(string addressRange) { }
        public string AddressRange { get => throw null; set => throw null; }
    }

    public partial class ManagedHsmVirtualNetworkRule
    {
        public ManagedHsmVirtualNetworkRule(ResourceIdentifier subnetId) { }
        public ResourceIdentifier SubnetId { get => throw null; set => throw null; }
    }

    public partial class ManagedHsmServiceTagRule
    {
        public ManagedHsmServiceTagRule(string tag) { }
        public string Tag { get => throw null; set => throw null; }
    }

    public partial class ManagedHsmSku
    {
        public ManagedHsmSku(ManagedHsmSkuFamily family, ManagedHsmSkuName name) { }
        public ManagedHsmSkuFamily Family { get => throw null; set => throw null; }
        public ManagedHsmSkuName Name { get => throw null; set => throw null; }
    }

    public partial class ManagedHsmGeoReplicatedRegion
    {
        public ManagedHsmGeoReplicatedRegion() { }
        public bool? IsPrimary { get => throw null; set => throw null; }
        public string Name { get => throw null; set => throw null; }
        public ManagedHsmGeoReplicatedRegionProvisioningState? ProvisioningState => throw null;
    }

    public partial class ManagedHSMSecurityDomainProperties
    {
        internal ManagedHSMSecurityDomainProperties() { }
        public ManagedHSMSecurityDomainActivationStatus? ActivationStatus => throw null;
        public string ActivationStatusMessage => throw null;
    }

    public partial class ManagedHsmPrivateEndpointConnectionItemData
    {
        internal ManagedHsmPrivateEndpointConnectionItemData() { }
        public ETag? ETag => throw null;
        public ResourceIdentifier Id => throw null;
        public ResourceIdentifier PrivateEndpointId => throw null;
        public ManagedHsmPrivateLinkServiceConnectionState PrivateLinkServiceConnectionState => throw null;
        public ManagedHsmPrivateEndpointConnectionProvisioningState? ProvisioningState => throw null;
    }

    public partial class ManagedHsmPrivateLinkServiceConnectionState
    {
        public ManagedHsmPrivateLinkServiceConnectionState() { }
        public ManagedHsmActionsRequiredMessage? ActionsRequired { get => throw null; set => throw null; }
        public string Description { get => throw null; set => throw null; }
        public ManagedHsmPrivateEndpointServiceConnectionStatus? Status { get => throw null; set => throw null; }
    }

    public partial class ManagedHsmPrivateLinkResourceData : TrackedResourceData
    {
        public ManagedHsmPrivateLinkResourceData(AzureLocation location) : base(location) { }
        public string GroupId => throw null;
        public ManagedServiceIdentity Identity { get => throw null; set => throw null; }
        public IReadOnlyList<string> RequiredMembers => throw null;
        public IList<string> RequiredZoneNames => throw null;
        public ManagedHsmSku Sku { get => throw null; set => throw null; }
    }

    public partial class DeletedManagedHsmProperties
    {
        internal DeletedManagedHsmProperties() { }
        public DateTimeOffset? DeletedOn => throw null;
        [EditorBrowsable(EditorBrowsableState.Never)]
        [Obsolete("This property is obsolete and will be removed in a future release. Please use DeletedOn.", false)]
        public DateTimeOffset? DeletionOn => throw null;
        public AzureLocation? Location => throw null;
        public ResourceIdentifier ManagedHsmId => throw null;
        public bool? PurgeProtectionEnabled => throw null;
        public DateTimeOffset? ScheduledPurgeOn => throw null;
        public IReadOnlyDictionary<string, string> Tags => throw null;
    }

    public partial class ManagedHsmNameAvailabilityContent
    {
        public ManagedHsmNameAvailabilityContent(string name) { }
        public string Name => throw null;
    }

    public partial class ManagedHsmNameAvailabilityResult
    {
        internal ManagedHsmNameAvailabilityResult() { }
        public bool? IsNameAvailable => throw null;
        public string Message => throw null;
        public ManagedHsmNameUnavailableReason? Reason => throw null;
    }
}
