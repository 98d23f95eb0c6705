using System;

namespace HsmAnalyzers.Engine;

/// <summary>Azure.Security.KeyVault.Administration: the Managed HSM's data-plane administration (role-based access,
/// backup, settings).</summary>
internal sealed class AdministrationSymbols
{
    public AdministrationSymbols(Func<string, SdkType> resolve)
    {
        KeyVaultAccessControlClient = resolve(SdkNames.Administration.KeyVaultAccessControlClient);
        KeyVaultBackupClient = resolve(SdkNames.Administration.KeyVaultBackupClient);
        KeyVaultSettingsClient = resolve(SdkNames.Administration.KeyVaultSettingsClient);
        KeyVaultSetting = resolve(SdkNames.Administration.KeyVaultSetting);
        KeyVaultRoleScope = resolve(SdkNames.Administration.KeyVaultRoleScope);
        KeyVaultPermission = resolve(SdkNames.Administration.KeyVaultPermission);
        KeyVaultDataAction = resolve(SdkNames.Administration.KeyVaultDataAction);
        CreateOrUpdateRoleDefinitionOptions = resolve(SdkNames.Administration.CreateOrUpdateRoleDefinitionOptions);
        KeyVaultPermissionMembers = new KeyVaultPermissionMembers(KeyVaultPermission);
        Permissions = CreateOrUpdateRoleDefinitionOptions.Property(nameof(Permissions));
    }

    public SdkType KeyVaultAccessControlClient { get; }

    public SdkType KeyVaultBackupClient { get; }

    public SdkType KeyVaultSettingsClient { get; }

    public SdkType KeyVaultSetting { get; }

    public SdkType KeyVaultRoleScope { get; }

    public SdkType KeyVaultPermission { get; }

    public SdkType KeyVaultDataAction { get; }

    public SdkType CreateOrUpdateRoleDefinitionOptions { get; }

    public KeyVaultPermissionMembers KeyVaultPermissionMembers { get; }

    /// <summary><c>CreateOrUpdateRoleDefinitionOptions.Permissions</c>.</summary>
    public SdkProperty Permissions { get; }
}

/// <summary>The properties the rules read of <c>KeyVaultPermission</c>.</summary>
internal sealed class KeyVaultPermissionMembers
{
    public KeyVaultPermissionMembers(SdkType type)
    {
        Actions = type.Property(nameof(Actions));
        NotActions = type.Property(nameof(NotActions));
        DataActions = type.Property(nameof(DataActions));
        NotDataActions = type.Property(nameof(NotDataActions));
    }

    public SdkProperty Actions { get; }

    public SdkProperty NotActions { get; }

    public SdkProperty DataActions { get; }

    public SdkProperty NotDataActions { get; }
}
