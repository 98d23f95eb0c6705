using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Engine;

/// <summary>The Azure SDK types the rules look at, resolved once per compilation and shared by every analyzer.
/// Matching is by metadata name, so the rules behave the same on the real packages and on stand-ins.</summary>
internal sealed class SdkSymbols
{
    private static readonly ConditionalWeakTable<Compilation, Lazy<SdkSymbols>> Cache = new();

    /// <summary>The symbols last resolved for a project's compilation options. The analyzer driver clones the
    /// compilation for every document the IDE analyses, and an edit makes a new one: resolving some fifty types by
    /// name again each time cost more than everything the rules do on a document. A compilation that shares the
    /// options, the references and the referenced assembly symbols gets the same symbols back.</summary>
    private static readonly ConditionalWeakTable<CompilationOptions, LastResolved> ByOptions = new();

    private static readonly ConditionalWeakTable<Compilation, Lazy<SdkSymbols>>.CreateValueCallback CreateLazyCallback = CreateLazy;

    private readonly ImmutableArray<MetadataReference> _references;
    private readonly List<(string Name, string MetadataName)> _types = [];
    private readonly HashSet<IAssemblySymbol> _assemblies = new(SymbolEqualityComparer.Default);

    private SdkSymbols(Compilation compilation)
    {
        _references = compilation.ExternalReferences;
        ManagedHsmCollection = Resolve(compilation, "Azure.ResourceManager.KeyVault.ManagedHsmCollection");
        ManagedHsmData = Resolve(compilation, "Azure.ResourceManager.KeyVault.ManagedHsmData");
        KeyClient = Resolve(compilation, "Azure.Security.KeyVault.Keys.KeyClient");
        KeyVaultAccessControlClient = Resolve(compilation, "Azure.Security.KeyVault.Administration.KeyVaultAccessControlClient");
        KeyVaultBackupClient = Resolve(compilation, "Azure.Security.KeyVault.Administration.KeyVaultBackupClient");
        ProvisioningManagedHsm = Resolve(compilation, "Azure.Provisioning.KeyVault.ManagedHsm");

        ReferencesManagedHsmSdk = ManagedHsmCollection.Exists || ManagedHsmData.Exists
            || KeyVaultAccessControlClient.Exists || KeyVaultBackupClient.Exists;
        IsEmpty = !(ReferencesManagedHsmSdk || KeyClient.Exists || ProvisioningManagedHsm.Exists);

        // Without the SDK no rule registers anything: the other types are not looked up.
        ManagedHsmResource = Resolve(compilation, "Azure.ResourceManager.KeyVault.ManagedHsmResource");
        ManagedHsmProperties = Resolve(compilation, "Azure.ResourceManager.KeyVault.Models.ManagedHsmProperties");
        ManagedHsmNetworkRuleSet = Resolve(compilation, "Azure.ResourceManager.KeyVault.Models.ManagedHsmNetworkRuleSet");
        DeletedManagedHsmResource = Resolve(compilation, "Azure.ResourceManager.KeyVault.DeletedManagedHsmResource");
        AzureLocation = Resolve(compilation, "Azure.Core.AzureLocation");
        ResourceIdentifier = Resolve(compilation, "Azure.Core.ResourceIdentifier");
        MonitorExtensions = Resolve(compilation, "Azure.ResourceManager.Monitor.MonitorExtensions");
        DiagnosticSettingCollection = Resolve(compilation, "Azure.ResourceManager.Monitor.DiagnosticSettingCollection");
        DiagnosticSettingData = Resolve(compilation, "Azure.ResourceManager.Monitor.DiagnosticSettingData");
        LogSettings = Resolve(compilation, "Azure.ResourceManager.Monitor.Models.LogSettings");
        MetricAlertCollection = Resolve(compilation, "Azure.ResourceManager.Monitor.MetricAlertCollection");
        ActivityLogAlertCollection = Resolve(compilation, "Azure.ResourceManager.Monitor.ActivityLogAlertCollection");
        KeyVaultRoleScope = Resolve(compilation, "Azure.Security.KeyVault.Administration.KeyVaultRoleScope");
        KeyVaultPermission = Resolve(compilation, "Azure.Security.KeyVault.Administration.KeyVaultPermission");
        KeyVaultDataAction = Resolve(compilation, "Azure.Security.KeyVault.Administration.KeyVaultDataAction");
        CreateOrUpdateRoleDefinitionOptions = Resolve(compilation, "Azure.Security.KeyVault.Administration.CreateOrUpdateRoleDefinitionOptions");
        KeyVaultKey = Resolve(compilation, "Azure.Security.KeyVault.Keys.KeyVaultKey");
        RoleAssignmentCollection = Resolve(compilation, "Azure.ResourceManager.Authorization.RoleAssignmentCollection");
        RoleAssignmentCreateOrUpdateContent = Resolve(compilation, "Azure.ResourceManager.Authorization.Models.RoleAssignmentCreateOrUpdateContent");
        RoleManagementPrincipalType = Resolve(compilation, "Azure.ResourceManager.Authorization.Models.RoleManagementPrincipalType");
        CreateKeyOptions = Resolve(compilation, "Azure.Security.KeyVault.Keys.CreateKeyOptions");
        CreateRsaKeyOptions = Resolve(compilation, "Azure.Security.KeyVault.Keys.CreateRsaKeyOptions");
        CreateEcKeyOptions = Resolve(compilation, "Azure.Security.KeyVault.Keys.CreateEcKeyOptions");
        CreateOctKeyOptions = Resolve(compilation, "Azure.Security.KeyVault.Keys.CreateOctKeyOptions");
        KeyRotationPolicy = Resolve(compilation, "Azure.Security.KeyVault.Keys.KeyRotationPolicy");
        KeyRotationLifetimeAction = Resolve(compilation, "Azure.Security.KeyVault.Keys.KeyRotationLifetimeAction");
        KeyRotationPolicyAction = Resolve(compilation, "Azure.Security.KeyVault.Keys.KeyRotationPolicyAction");
        KeyReleasePolicy = Resolve(compilation, "Azure.Security.KeyVault.Keys.KeyReleasePolicy");
        KeyType = Resolve(compilation, "Azure.Security.KeyVault.Keys.KeyType");
        KeyCurveName = Resolve(compilation, "Azure.Security.KeyVault.Keys.KeyCurveName");
        CryptographyClient = Resolve(compilation, "Azure.Security.KeyVault.Keys.Cryptography.CryptographyClient");
        EncryptionAlgorithm = Resolve(compilation, "Azure.Security.KeyVault.Keys.Cryptography.EncryptionAlgorithm");
        KeyWrapAlgorithm = Resolve(compilation, "Azure.Security.KeyVault.Keys.Cryptography.KeyWrapAlgorithm");
        EncryptParameters = Resolve(compilation, "Azure.Security.KeyVault.Keys.Cryptography.EncryptParameters");
        SecretClient = Resolve(compilation, "Azure.Security.KeyVault.Secrets.SecretClient");
        CertificateClient = Resolve(compilation, "Azure.Security.KeyVault.Certificates.CertificateClient");
        KeyVaultSettingsClient = Resolve(compilation, "Azure.Security.KeyVault.Administration.KeyVaultSettingsClient");
        KeyVaultSetting = Resolve(compilation, "Azure.Security.KeyVault.Administration.KeyVaultSetting");
        ManagedHsmPublicNetworkAccess = Resolve(compilation, "Azure.ResourceManager.KeyVault.Models.ManagedHsmPublicNetworkAccess");
        ManagedHsmNetworkRuleAction = Resolve(compilation, "Azure.ResourceManager.KeyVault.Models.ManagedHsmNetworkRuleAction");
        ClientSecretCredential = Resolve(compilation, "Azure.Identity.ClientSecretCredential");
        Response = Resolve(compilation, "Azure.Response`1");
        Infrastructure = Resolve(compilation, "Azure.Provisioning.Infrastructure");
        ProvisioningRoleAssignment = Resolve(compilation, "Azure.Provisioning.Authorization.RoleAssignment");
        ProvisioningDiagnosticSetting = Resolve(compilation, "Azure.Provisioning.Monitor.DiagnosticSetting");
        ProvisioningLogSettings = Resolve(compilation, "Azure.Provisioning.Monitor.LogSettings");
        ProvisioningVariable = Resolve(compilation, "Azure.Provisioning.ProvisioningVariable");
        ProvisioningMetricAlert = Resolve(compilation, "Azure.Provisioning.Monitor.MetricAlert");
        ProvisioningActivityLogAlert = Resolve(compilation, "Azure.Provisioning.Monitor.ActivityLogAlert");
        ProvisioningRoleManagementPrincipalType = Resolve(compilation, "Azure.Provisioning.Authorization.RoleManagementPrincipalType");
        ProvisioningManagedHsmProperties = Resolve(compilation, "Azure.Provisioning.KeyVault.ManagedHsmProperties");
        ProvisioningManagedHsmNetworkRuleSet = Resolve(compilation, "Azure.Provisioning.KeyVault.ManagedHsmNetworkRuleSet");
        ProvisioningManagedHsmPublicNetworkAccess = Resolve(compilation, "Azure.Provisioning.KeyVault.ManagedHsmPublicNetworkAccess");
        ProvisioningManagedHsmNetworkRuleAction = Resolve(compilation, "Azure.Provisioning.KeyVault.ManagedHsmNetworkRuleAction");
        Uri = Resolve(compilation, "System.Uri");
        Guid = Resolve(compilation, "System.Guid");
        Environment = Resolve(compilation, "System.Environment");
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

    public SdkType CryptographyClient { get; }

    public SdkType EncryptionAlgorithm { get; }

    public SdkType KeyWrapAlgorithm { get; }

    public SdkType EncryptParameters { get; }

    public SdkType SecretClient { get; }

    public SdkType CertificateClient { get; }

    public SdkType KeyVaultSettingsClient { get; }

    public SdkType KeyVaultSetting { get; }

    public SdkType ManagedHsmPublicNetworkAccess { get; }

    public SdkType ManagedHsmNetworkRuleAction { get; }

    public SdkType ClientSecretCredential { get; }

    /// <summary>The Managed HSM resource of Azure.Provisioning.KeyVault, declared in C# and written out as Bicep. The
    /// rules that read the provisioning surface register nothing without it.</summary>
    public SdkType ProvisioningManagedHsm { get; }

    public SdkType ProvisioningManagedHsmProperties { get; }

    public SdkType ProvisioningManagedHsmNetworkRuleSet { get; }

    public SdkType ProvisioningManagedHsmPublicNetworkAccess { get; }

    public SdkType ProvisioningManagedHsmNetworkRuleAction { get; }

    /// <summary>Azure.Provisioning's role assignment resource (in the Azure.Provisioning package itself).</summary>
    public SdkType ProvisioningRoleAssignment { get; }

    public SdkType ProvisioningRoleManagementPrincipalType { get; }

    public SdkType ProvisioningDiagnosticSetting { get; }

    /// <summary>An entry of a declared diagnostic setting's <c>Logs</c>.</summary>
    public SdkType ProvisioningLogSettings { get; }

    /// <summary>A Bicep parameter, output or variable of an infrastructure: not a resource.</summary>
    public SdkType ProvisioningVariable { get; }

    public SdkType ProvisioningMetricAlert { get; }

    public SdkType ProvisioningActivityLogAlert { get; }

    /// <summary><c>Azure.Provisioning.Infrastructure</c>, which the declared resources are added to.</summary>
    public SdkType Infrastructure { get; }

    /// <summary><c>Azure.Response&lt;T&gt;</c>, what the SDK clients return.</summary>
    public SdkType Response { get; }

    /// <summary>Not SDK types, but resolved once here for the same reason: rules never compare type names as strings.</summary>
    public SdkType Guid { get; }

    public SdkType Environment { get; }

    public SdkType Uri { get; }

    public static SdkSymbols For(Compilation compilation) => Cache.GetValue(compilation, CreateLazyCallback).Value;

    /// <summary>Lazy, so that analyzers starting at the same time on a new compilation resolve it once between them.</summary>
    private static Lazy<SdkSymbols> CreateLazy(Compilation compilation) => new(() =>
    {
        var last = ByOptions.GetValue(compilation.Options, static _ => new LastResolved());
        if (last.Symbols is { } previous && previous.IsValidFor(compilation))
        {
            return previous;
        }

        var symbols = new SdkSymbols(compilation);
        last.Symbols = symbols;
        return symbols;
    });

    /// <summary>True when <paramref name="compilation"/> would resolve every type to the same symbols: same
    /// references (the same array, as a clone or an edited compilation keeps it), bound to the same assembly symbols,
    /// and none of the types declared in its source.</summary>
    private bool IsValidFor(Compilation compilation)
    {
        if (_references != compilation.ExternalReferences)
        {
            return false;
        }

        foreach (var assembly in _assemblies)
        {
            if (compilation.GetMetadataReference(assembly) is null)
            {
                return false;
            }
        }

        // The assembly's type names are kept with the declarations, which an edit or a clone shares: a cheap first
        // filter, so that a project with a type of its own named Environment or Response is not resolved again each time.
        var sourceTypeNames = compilation.Assembly.TypeNames;
        foreach (var (name, metadataName) in _types)
        {
            if (sourceTypeNames.Contains(name) && compilation.Assembly.GetTypeByMetadataName(metadataName) is not null)
            {
                return false;
            }
        }

        return true;
    }

    private SdkType Resolve(Compilation compilation, string metadataName)
    {
        var type = IsEmpty ? SdkType.Absent(metadataName) : SdkType.Resolve(compilation, metadataName);
        _types.Add((type.Name, metadataName));
        _assemblies.UnionWith(type.Assemblies);
        return type;
    }

    /// <summary>The SDK model types whose configuration the <see cref="ConfigurationTracker"/> follows through code.</summary>
    public bool IsTrackedModel(ITypeSymbol? type) =>
        ManagedHsmData.Matches(type) || ManagedHsmProperties.Matches(type) || ManagedHsmNetworkRuleSet.Matches(type)
        || DiagnosticSettingData.Matches(type)
        || RoleAssignmentCreateOrUpdateContent.Matches(type) || CreateOrUpdateRoleDefinitionOptions.Matches(type) || KeyVaultPermission.Matches(type)
        || IsKeyOptions(type) || KeyRotationPolicy.Matches(type) || KeyRotationLifetimeAction.Matches(type) || KeyReleasePolicy.Matches(type)
        || ProvisioningManagedHsm.Matches(type) || ProvisioningManagedHsmProperties.Matches(type) || ProvisioningManagedHsmNetworkRuleSet.Matches(type)
        || ProvisioningRoleAssignment.Matches(type) || ProvisioningDiagnosticSetting.Matches(type);

    /// <summary>The options a key is created with: <c>CreateKeyOptions</c> and its RSA, EC and oct subclasses.</summary>
    public bool IsKeyOptions(ITypeSymbol? type) =>
        CreateKeyOptions.Matches(type) || CreateRsaKeyOptions.Matches(type) || CreateEcKeyOptions.Matches(type) || CreateOctKeyOptions.Matches(type);

    private sealed class LastResolved
    {
        public volatile SdkSymbols? Symbols;
    }
}
