using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Engine;

/// <summary>The Azure SDK types the rules look at, resolved once per compilation and shared by every analyzer.
/// Matching is by metadata name, so the rules behave the same on the real packages and on stand-ins.</summary>
internal sealed class SdkSymbols
{
    private static readonly ConditionalWeakTable<Compilation, SdkSymbols> Cache = new();

    private SdkSymbols(Compilation compilation)
    {
        ManagedHsmCollection = SdkType.Resolve(compilation, "Azure.ResourceManager.KeyVault.ManagedHsmCollection");
        ManagedHsmResource = SdkType.Resolve(compilation, "Azure.ResourceManager.KeyVault.ManagedHsmResource");
        ManagedHsmData = SdkType.Resolve(compilation, "Azure.ResourceManager.KeyVault.ManagedHsmData");
        ManagedHsmProperties = SdkType.Resolve(compilation, "Azure.ResourceManager.KeyVault.Models.ManagedHsmProperties");
        ManagedHsmNetworkRuleSet = SdkType.Resolve(compilation, "Azure.ResourceManager.KeyVault.Models.ManagedHsmNetworkRuleSet");
        DeletedManagedHsmResource = SdkType.Resolve(compilation, "Azure.ResourceManager.KeyVault.DeletedManagedHsmResource");
        KeyClient = SdkType.Resolve(compilation, "Azure.Security.KeyVault.Keys.KeyClient");
        KeyVaultAccessControlClient = SdkType.Resolve(compilation, "Azure.Security.KeyVault.Administration.KeyVaultAccessControlClient");
        KeyVaultBackupClient = SdkType.Resolve(compilation, "Azure.Security.KeyVault.Administration.KeyVaultBackupClient");
        AzureLocation = SdkType.Resolve(compilation, "Azure.Core.AzureLocation");
        ResourceIdentifier = SdkType.Resolve(compilation, "Azure.Core.ResourceIdentifier");
        MonitorExtensions = SdkType.Resolve(compilation, "Azure.ResourceManager.Monitor.MonitorExtensions");
        DiagnosticSettingCollection = SdkType.Resolve(compilation, "Azure.ResourceManager.Monitor.DiagnosticSettingCollection");
        DiagnosticSettingData = SdkType.Resolve(compilation, "Azure.ResourceManager.Monitor.DiagnosticSettingData");
        LogSettings = SdkType.Resolve(compilation, "Azure.ResourceManager.Monitor.Models.LogSettings");
        MetricAlertCollection = SdkType.Resolve(compilation, "Azure.ResourceManager.Monitor.MetricAlertCollection");
        ActivityLogAlertCollection = SdkType.Resolve(compilation, "Azure.ResourceManager.Monitor.ActivityLogAlertCollection");
        KeyVaultRoleScope = SdkType.Resolve(compilation, "Azure.Security.KeyVault.Administration.KeyVaultRoleScope");
        KeyVaultPermission = SdkType.Resolve(compilation, "Azure.Security.KeyVault.Administration.KeyVaultPermission");
        KeyVaultDataAction = SdkType.Resolve(compilation, "Azure.Security.KeyVault.Administration.KeyVaultDataAction");
        CreateOrUpdateRoleDefinitionOptions = SdkType.Resolve(compilation, "Azure.Security.KeyVault.Administration.CreateOrUpdateRoleDefinitionOptions");
        KeyVaultKey = SdkType.Resolve(compilation, "Azure.Security.KeyVault.Keys.KeyVaultKey");
        RoleAssignmentCollection = SdkType.Resolve(compilation, "Azure.ResourceManager.Authorization.RoleAssignmentCollection");
        RoleAssignmentCreateOrUpdateContent = SdkType.Resolve(compilation, "Azure.ResourceManager.Authorization.Models.RoleAssignmentCreateOrUpdateContent");
        RoleManagementPrincipalType = SdkType.Resolve(compilation, "Azure.ResourceManager.Authorization.Models.RoleManagementPrincipalType");
        CreateKeyOptions = SdkType.Resolve(compilation, "Azure.Security.KeyVault.Keys.CreateKeyOptions");
        CreateRsaKeyOptions = SdkType.Resolve(compilation, "Azure.Security.KeyVault.Keys.CreateRsaKeyOptions");
        CreateEcKeyOptions = SdkType.Resolve(compilation, "Azure.Security.KeyVault.Keys.CreateEcKeyOptions");
        CreateOctKeyOptions = SdkType.Resolve(compilation, "Azure.Security.KeyVault.Keys.CreateOctKeyOptions");
        KeyRotationPolicy = SdkType.Resolve(compilation, "Azure.Security.KeyVault.Keys.KeyRotationPolicy");
        KeyRotationLifetimeAction = SdkType.Resolve(compilation, "Azure.Security.KeyVault.Keys.KeyRotationLifetimeAction");
        KeyRotationPolicyAction = SdkType.Resolve(compilation, "Azure.Security.KeyVault.Keys.KeyRotationPolicyAction");
        KeyReleasePolicy = SdkType.Resolve(compilation, "Azure.Security.KeyVault.Keys.KeyReleasePolicy");
        KeyType = SdkType.Resolve(compilation, "Azure.Security.KeyVault.Keys.KeyType");
        KeyCurveName = SdkType.Resolve(compilation, "Azure.Security.KeyVault.Keys.KeyCurveName");
        SecretClient = SdkType.Resolve(compilation, "Azure.Security.KeyVault.Secrets.SecretClient");
        CertificateClient = SdkType.Resolve(compilation, "Azure.Security.KeyVault.Certificates.CertificateClient");
        KeyVaultSettingsClient = SdkType.Resolve(compilation, "Azure.Security.KeyVault.Administration.KeyVaultSettingsClient");
        KeyVaultSetting = SdkType.Resolve(compilation, "Azure.Security.KeyVault.Administration.KeyVaultSetting");
        ManagedHsmPublicNetworkAccess = SdkType.Resolve(compilation, "Azure.ResourceManager.KeyVault.Models.ManagedHsmPublicNetworkAccess");
        ManagedHsmNetworkRuleAction = SdkType.Resolve(compilation, "Azure.ResourceManager.KeyVault.Models.ManagedHsmNetworkRuleAction");
        ClientSecretCredential = SdkType.Resolve(compilation, "Azure.Identity.ClientSecretCredential");
        Response = SdkType.Resolve(compilation, "Azure.Response`1");
        Uri = SdkType.Resolve(compilation, "System.Uri");
        Guid = SdkType.Resolve(compilation, "System.Guid");
        Environment = SdkType.Resolve(compilation, "System.Environment");

        ReferencesManagedHsmSdk = ManagedHsmCollection.Exists || ManagedHsmData.Exists
            || KeyVaultAccessControlClient.Exists || KeyVaultBackupClient.Exists;
        IsEmpty = !(ReferencesManagedHsmSdk || KeyClient.Exists);
    }

    /// <summary>True when the compilation references none of the Managed HSM SDK packages: analyzers then register nothing.</summary>
    public bool IsEmpty { get; }

    /// <summary>True when the compilation references the Managed HSM packages themselves (the ARM KeyVault
    /// package or the Administration package), not only clients that vaults use too, such as <see cref="KeyClient"/>.</summary>
    public bool ReferencesManagedHsmSdk { get; }

    public SdkType ManagedHsmCollection { get; }

    public SdkType ManagedHsmResource { get; }

    public SdkType ManagedHsmData { get; }

    public SdkType ManagedHsmProperties { get; }

    public SdkType ManagedHsmNetworkRuleSet { get; }

    public SdkType DeletedManagedHsmResource { get; }

    public SdkType KeyClient { get; }

    public SdkType KeyVaultAccessControlClient { get; }

    public SdkType KeyVaultBackupClient { get; }

    public SdkType AzureLocation { get; }

    public SdkType ResourceIdentifier { get; }

    public SdkType MonitorExtensions { get; }

    public SdkType DiagnosticSettingCollection { get; }

    public SdkType DiagnosticSettingData { get; }

    public SdkType LogSettings { get; }

    public SdkType MetricAlertCollection { get; }

    public SdkType ActivityLogAlertCollection { get; }

    public SdkType KeyVaultRoleScope { get; }

    public SdkType KeyVaultPermission { get; }

    public SdkType KeyVaultDataAction { get; }

    public SdkType CreateOrUpdateRoleDefinitionOptions { get; }

    public SdkType KeyVaultKey { get; }

    public SdkType RoleAssignmentCollection { get; }

    public SdkType RoleAssignmentCreateOrUpdateContent { get; }

    public SdkType RoleManagementPrincipalType { get; }

    public SdkType CreateKeyOptions { get; }

    public SdkType CreateRsaKeyOptions { get; }

    public SdkType CreateEcKeyOptions { get; }

    public SdkType CreateOctKeyOptions { get; }

    public SdkType KeyRotationPolicy { get; }

    public SdkType KeyRotationLifetimeAction { get; }

    public SdkType KeyRotationPolicyAction { get; }

    public SdkType KeyReleasePolicy { get; }

    public SdkType KeyType { get; }

    public SdkType KeyCurveName { get; }

    public SdkType SecretClient { get; }

    public SdkType CertificateClient { get; }

    public SdkType KeyVaultSettingsClient { get; }

    public SdkType KeyVaultSetting { get; }

    public SdkType ManagedHsmPublicNetworkAccess { get; }

    public SdkType ManagedHsmNetworkRuleAction { get; }

    public SdkType ClientSecretCredential { get; }

    /// <summary><c>Azure.Response&lt;T&gt;</c>, what the SDK clients return.</summary>
    public SdkType Response { get; }

    /// <summary>Not SDK types, but resolved once here for the same reason: rules never compare type names as strings.</summary>
    public SdkType Guid { get; }

    public SdkType Environment { get; }

    public SdkType Uri { get; }

    public static SdkSymbols For(Compilation compilation) => Cache.GetValue(compilation, static c => new SdkSymbols(c));

    /// <summary>The SDK model types whose configuration the <see cref="ConfigurationTracker"/> follows through code.</summary>
    public bool IsTrackedModel(ITypeSymbol? type) =>
        ManagedHsmData.Matches(type) || ManagedHsmProperties.Matches(type) || ManagedHsmNetworkRuleSet.Matches(type)
        || DiagnosticSettingData.Matches(type)
        || RoleAssignmentCreateOrUpdateContent.Matches(type) || CreateOrUpdateRoleDefinitionOptions.Matches(type) || KeyVaultPermission.Matches(type)
        || IsKeyOptions(type) || KeyRotationPolicy.Matches(type) || KeyRotationLifetimeAction.Matches(type) || KeyReleasePolicy.Matches(type);

    /// <summary>The options a key is created with: <c>CreateKeyOptions</c> and its RSA, EC and oct subclasses.</summary>
    public bool IsKeyOptions(ITypeSymbol? type) =>
        CreateKeyOptions.Matches(type) || CreateRsaKeyOptions.Matches(type) || CreateEcKeyOptions.Matches(type) || CreateOctKeyOptions.Matches(type);
}
