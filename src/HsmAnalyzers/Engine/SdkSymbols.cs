using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Engine;

/// <summary>The Azure SDK types the rules look at, and the properties of them they read, resolved once per compilation
/// and shared by every analyzer; one object per SDK area (<see cref="ArmKeyVault"/>, <see cref="Keys"/>, …), their
/// names in <see cref="SdkNames"/>. Matching is by metadata name, so the rules behave the same on the real packages and
/// on stand-ins.</summary>
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

        // The packages that make a project one the rules look at, resolved first: without any of them, the other types
        // are not looked up.
        var gates = new Dictionary<string, SdkType>();
        foreach (var name in new[]
        {
            SdkNames.ArmKeyVault.ManagedHsmCollection, SdkNames.ArmKeyVault.ManagedHsmData, SdkNames.Administration.KeyVaultAccessControlClient,
            SdkNames.Administration.KeyVaultBackupClient, SdkNames.Keys.KeyClient, SdkNames.Provisioning.ManagedHsm,
        })
        {
            gates[name] = Record(SdkType.Resolve(compilation, name));
        }

        ReferencesManagedHsmSdk = gates[SdkNames.ArmKeyVault.ManagedHsmCollection].Exists || gates[SdkNames.ArmKeyVault.ManagedHsmData].Exists
            || gates[SdkNames.Administration.KeyVaultAccessControlClient].Exists || gates[SdkNames.Administration.KeyVaultBackupClient].Exists;
        IsEmpty = !(ReferencesManagedHsmSdk || gates[SdkNames.Keys.KeyClient].Exists || gates[SdkNames.Provisioning.ManagedHsm].Exists);

        SdkType Resolve(string metadataName) => gates.TryGetValue(metadataName, out var gate) ? gate
            : Record(IsEmpty ? SdkType.Absent(metadataName) : SdkType.Resolve(compilation, metadataName));

        ArmKeyVault = new ArmKeyVaultSymbols(Resolve);
        ArmMonitor = new ArmMonitorSymbols(Resolve);
        ArmAuthorization = new ArmAuthorizationSymbols(Resolve);
        Administration = new AdministrationSymbols(Resolve);
        Keys = new KeySymbols(Resolve);
        Provisioning = new ProvisioningSymbols(Resolve);
        AzureLocation = Resolve(SdkNames.Core.AzureLocation);
        ResourceIdentifier = Resolve(SdkNames.Core.ResourceIdentifier);
        Response = Resolve(SdkNames.Core.Response);
        ClientSecretCredential = Resolve(SdkNames.Core.ClientSecretCredential);
        SecretClient = Resolve(SdkNames.Core.SecretClient);
        CertificateClient = Resolve(SdkNames.Core.CertificateClient);
        Uri = Resolve(SdkNames.Core.Uri);
        Guid = Resolve(SdkNames.Core.Guid);
        Environment = Resolve(SdkNames.Core.Environment);
    }

    /// <summary>True when the compilation references none of the Managed HSM SDK packages: analyzers then register nothing.</summary>
    public bool IsEmpty { get; }

    /// <summary>True when the compilation references the Managed HSM packages themselves (the ARM KeyVault
    /// package or the Administration package), not only clients that vaults use too, such as <see cref="KeySymbols.KeyClient"/>.</summary>
    public bool ReferencesManagedHsmSdk { get; }

    /// <summary>Azure.ResourceManager.KeyVault: the management plane.</summary>
    public ArmKeyVaultSymbols ArmKeyVault { get; }

    /// <summary>Azure.ResourceManager.Monitor: diagnostic settings and alerts.</summary>
    public ArmMonitorSymbols ArmMonitor { get; }

    /// <summary>Azure.ResourceManager.Authorization: Azure role assignments.</summary>
    public ArmAuthorizationSymbols ArmAuthorization { get; }

    /// <summary>Azure.Security.KeyVault.Administration: the data plane's administration.</summary>
    public AdministrationSymbols Administration { get; }

    /// <summary>Azure.Security.KeyVault.Keys and its cryptography.</summary>
    public KeySymbols Keys { get; }

    /// <summary>Azure.Provisioning: the declarative surface.</summary>
    public ProvisioningSymbols Provisioning { get; }

    public SdkType AzureLocation { get; }

    public SdkType ResourceIdentifier { get; }

    /// <summary><c>Azure.Response&lt;T&gt;</c>, what the SDK clients return.</summary>
    public SdkType Response { get; }

    public SdkType ClientSecretCredential { get; }

    public SdkType SecretClient { get; }

    public SdkType CertificateClient { get; }

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

    private SdkType Record(SdkType type)
    {
        _types.Add((type.Name, type.MetadataName));
        _assemblies.UnionWith(type.Assemblies);
        return type;
    }

    /// <summary>The SDK model types whose configuration the <see cref="ConfigurationTracker"/> follows through code.</summary>
    public bool IsTrackedModel(ITypeSymbol? type) =>
        ArmKeyVault.ManagedHsmData.Matches(type) || ArmKeyVault.ManagedHsmProperties.Matches(type) || ArmKeyVault.ManagedHsmNetworkRuleSet.Matches(type)
        || ArmMonitor.DiagnosticSettingData.Matches(type) || ArmAuthorization.RoleAssignmentCreateOrUpdateContent.Matches(type)
        || Administration.CreateOrUpdateRoleDefinitionOptions.Matches(type) || Administration.KeyVaultPermission.Matches(type)
        || Keys.IsKeyOptions(type) || Keys.KeyRotationPolicy.Matches(type) || Keys.KeyRotationLifetimeAction.Matches(type) || Keys.KeyReleasePolicy.Matches(type)
        || Provisioning.ManagedHsm.Matches(type) || Provisioning.ManagedHsmProperties.Matches(type) || Provisioning.ManagedHsmNetworkRuleSet.Matches(type)
        || Provisioning.RoleAssignment.Matches(type) || Provisioning.DiagnosticSetting.Matches(type);

    private sealed class LastResolved
    {
        public volatile SdkSymbols? Symbols;
    }
}
