using System;

namespace HsmAnalyzers.Engine;

/// <summary>Azure.ResourceManager.KeyVault, the management plane: the Managed HSM resource and its models.</summary>
internal sealed class ArmKeyVaultSymbols
{
    public ArmKeyVaultSymbols(Func<string, SdkType> resolve)
    {
        ManagedHsmCollection = resolve(SdkNames.ArmKeyVault.ManagedHsmCollection);
        ManagedHsmResource = resolve(SdkNames.ArmKeyVault.ManagedHsmResource);
        ManagedHsmData = resolve(SdkNames.ArmKeyVault.ManagedHsmData);
        DeletedManagedHsmResource = resolve(SdkNames.ArmKeyVault.DeletedManagedHsmResource);
        ManagedHsmProperties = resolve(SdkNames.ArmKeyVault.ManagedHsmProperties);
        ManagedHsmNetworkRuleSet = resolve(SdkNames.ArmKeyVault.ManagedHsmNetworkRuleSet);
        ManagedHsmPublicNetworkAccess = resolve(SdkNames.ArmKeyVault.ManagedHsmPublicNetworkAccess);
        ManagedHsmNetworkRuleAction = resolve(SdkNames.ArmKeyVault.ManagedHsmNetworkRuleAction);
        ManagedHsmResourceId = ManagedHsmResource.Property("Id");
        ManagedHsmDataMembers = new ManagedHsmDataMembers(ManagedHsmData);
        ManagedHsmPropertiesMembers = new ManagedHsmPropertiesMembers(ManagedHsmProperties);
        ManagedHsmNetworkRuleSetMembers = new ManagedHsmNetworkRuleSetMembers(ManagedHsmNetworkRuleSet);
    }

    public SdkType ManagedHsmCollection { get; }

    public SdkType ManagedHsmResource { get; }

    public SdkType ManagedHsmData { get; }

    public SdkType DeletedManagedHsmResource { get; }

    public SdkType ManagedHsmProperties { get; }

    public SdkType ManagedHsmNetworkRuleSet { get; }

    public SdkType ManagedHsmPublicNetworkAccess { get; }

    public SdkType ManagedHsmNetworkRuleAction { get; }

    /// <summary><c>ManagedHsmResource.Id</c> (declared by <c>ArmResource</c>).</summary>
    public SdkProperty ManagedHsmResourceId { get; }

    public ManagedHsmDataMembers ManagedHsmDataMembers { get; }

    public ManagedHsmPropertiesMembers ManagedHsmPropertiesMembers { get; }

    public ManagedHsmNetworkRuleSetMembers ManagedHsmNetworkRuleSetMembers { get; }
}

/// <summary>The properties the rules read of a Managed HSM's data: <c>ManagedHsmData</c> (ARM) or the
/// <c>ManagedHsm</c> resource (Azure.Provisioning), which share their names.</summary>
internal sealed class ManagedHsmDataMembers
{
    public ManagedHsmDataMembers(SdkType type)
    {
        Properties = type.Property(nameof(Properties));
        Location = type.Property(nameof(Location));
    }

    public SdkProperty Properties { get; }

    public SdkProperty Location { get; }
}

/// <summary>The properties the rules read of <c>ManagedHsmProperties</c>, of ARM or of Azure.Provisioning.</summary>
internal sealed class ManagedHsmPropertiesMembers
{
    public ManagedHsmPropertiesMembers(SdkType type)
    {
        EnablePurgeProtection = type.Property(nameof(EnablePurgeProtection));
        EnableSoftDelete = type.Property(nameof(EnableSoftDelete));
        SoftDeleteRetentionInDays = type.Property(nameof(SoftDeleteRetentionInDays));
        PublicNetworkAccess = type.Property(nameof(PublicNetworkAccess));
        InitialAdminObjectIds = type.Property(nameof(InitialAdminObjectIds));
        NetworkRuleSet = type.Property(nameof(NetworkRuleSet));
        Regions = type.Property(nameof(Regions));
        HsmUri = type.Property(nameof(HsmUri));
    }

    public SdkProperty EnablePurgeProtection { get; }

    public SdkProperty EnableSoftDelete { get; }

    public SdkProperty SoftDeleteRetentionInDays { get; }

    public SdkProperty PublicNetworkAccess { get; }

    public SdkProperty InitialAdminObjectIds { get; }

    public SdkProperty NetworkRuleSet { get; }

    public SdkProperty Regions { get; }

    public SdkProperty HsmUri { get; }
}

/// <summary>The properties the rules read of <c>ManagedHsmNetworkRuleSet</c>, of ARM or of Azure.Provisioning.</summary>
internal sealed class ManagedHsmNetworkRuleSetMembers
{
    public ManagedHsmNetworkRuleSetMembers(SdkType type)
    {
        DefaultAction = type.Property(nameof(DefaultAction));
        Bypass = type.Property(nameof(Bypass));
    }

    public SdkProperty DefaultAction { get; }

    public SdkProperty Bypass { get; }
}
