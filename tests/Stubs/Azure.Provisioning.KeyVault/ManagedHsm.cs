// Compile-only stand-in of the Managed HSM resource of Azure.Provisioning.KeyVault (1.x): the resource, its
// properties, network rule set and SKU, and their enums.

using System;
using Azure.Core;
using Azure.Provisioning.Primitives;

namespace Azure.Provisioning.KeyVault
{
    public partial class ManagedHsm : ProvisionableResource
    {
        public ManagedHsm(string bicepIdentifier, string resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) => throw null;

        public BicepValue<ResourceIdentifier> Id => throw null;

        public BicepValue<AzureLocation> Location { get => throw null; set => throw null; }

        public BicepValue<string> Name { get => throw null; set => throw null; }

        public ManagedHsmProperties Properties { get => throw null; set => throw null; }

        public ManagedHsmSku Sku { get => throw null; set => throw null; }

        public BicepDictionary<string> Tags { get => throw null; set => throw null; }

        protected override void DefineProvisionableProperties() => throw null;

        public static ManagedHsm FromExisting(string bicepIdentifier, string resourceVersion = null) => throw null;

        public static partial class ResourceVersions
        {
            public static readonly string V2021_10_01;
            public static readonly string V2022_07_01;
            public static readonly string V2022_11_01;
            public static readonly string V2023_02_01;
            public static readonly string V2023_07_01;
            public static readonly string V2024_11_01;
        }
    }

    public partial class ManagedHsmProperties : ProvisionableConstruct
    {
        public ManagedHsmProperties() => throw null;

        public BicepValue<ManagedHsmCreateMode> CreateMode { get => throw null; set => throw null; }

        public BicepValue<bool> EnablePurgeProtection { get => throw null; set => throw null; }

        public BicepValue<bool> EnableSoftDelete { get => throw null; set => throw null; }

        public BicepValue<Uri> HsmUri => throw null;

        public BicepList<string> InitialAdminObjectIds { get => throw null; set => throw null; }

        public ManagedHsmNetworkRuleSet NetworkRuleSet { get => throw null; set => throw null; }

        public BicepValue<ManagedHsmPublicNetworkAccess> PublicNetworkAccess { get => throw null; set => throw null; }

        public BicepList<ManagedHsmGeoReplicatedRegion> Regions { get => throw null; set => throw null; }

        public BicepValue<int> SoftDeleteRetentionInDays { get => throw null; set => throw null; }

        public BicepValue<Guid> TenantId { get => throw null; set => throw null; }

        protected override void DefineProvisionableProperties() => throw null;
    }

    public partial class ManagedHsmNetworkRuleSet : ProvisionableConstruct
    {
        public ManagedHsmNetworkRuleSet() => throw null;

        public BicepValue<ManagedHsmNetworkRuleBypassOption> Bypass { get => throw null; set => throw null; }

        public BicepValue<ManagedHsmNetworkRuleAction> DefaultAction { get => throw null; set => throw null; }

        public BicepList<ManagedHsmIPRule> IPRules { get => throw null; set => throw null; }

        public BicepList<ManagedHsmVirtualNetworkRule> VirtualNetworkRules { get => throw null; set => throw null; }

        protected override void DefineProvisionableProperties() => throw null;
    }

    public partial class ManagedHsmIPRule : ProvisionableConstruct
    {
        public ManagedHsmIPRule() => throw null;

        public BicepValue<string> AddressRange { get => throw null; set => throw null; }

        protected override void DefineProvisionableProperties() => throw null;
    }

    public partial class ManagedHsmVirtualNetworkRule : ProvisionableConstruct
    {
        public ManagedHsmVirtualNetworkRule() => throw null;

        public BicepValue<ResourceIdentifier> SubnetId { get => throw null; set => throw null; }

        protected override void DefineProvisionableProperties() => throw null;
    }

    public partial class ManagedHsmGeoReplicatedRegion : ProvisionableConstruct
    {
        public ManagedHsmGeoReplicatedRegion() => throw null;

        public BicepValue<bool> IsPrimary { get => throw null; set => throw null; }

        public BicepValue<string> Name { get => throw null; set => throw null; }

        protected override void DefineProvisionableProperties() => throw null;
    }

    public partial class ManagedHsmSku : ProvisionableConstruct
    {
        public ManagedHsmSku() => throw null;

        public BicepValue<ManagedHsmSkuFamily> Family { get => throw null; set => throw null; }

        public BicepValue<ManagedHsmSkuName> Name { get => throw null; set => throw null; }

        protected override void DefineProvisionableProperties() => throw null;
    }

    public enum ManagedHsmCreateMode
    {
        Default = 0,
        Recover = 1,
    }

    public enum ManagedHsmNetworkRuleAction
    {
        Allow = 0,
        Deny = 1,
    }

    public enum ManagedHsmNetworkRuleBypassOption
    {
        AzureServices = 0,
        None = 1,
    }

    public enum ManagedHsmPublicNetworkAccess
    {
        Enabled = 0,
        Disabled = 1,
    }

    public enum ManagedHsmSkuFamily
    {
        B = 0,
        C = 1,
    }

    public enum ManagedHsmSkuName
    {
        StandardB1 = 0,
        CustomB32 = 1,
        CustomB6 = 2,
        CustomC42 = 3,
        CustomC10 = 4,
    }
}
