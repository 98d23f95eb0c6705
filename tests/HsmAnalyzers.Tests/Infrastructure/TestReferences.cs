using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace HsmAnalyzers.Tests.Infrastructure;

/// <summary>What test sources compile against: the .NET 10 reference assemblies, and the Azure SDK as a user's
/// project sees it (the real Azure.Core, Azure.ResourceManager, Azure.Identity and Azure.Security.KeyVault.Secrets and
/// .Certificates, and the stand-ins of the Managed HSM and provisioning packages), as metadata references.</summary>
internal static class TestReferences
{
    public static readonly ReferenceAssemblies Net10 = new(
        "net10.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"),
        Path.Combine("ref", "net10.0"));

    private static readonly string[] SdkAssemblyNames =
    [
        "Azure.Core",
        "Azure.Identity",
        "Azure.Provisioning",
        "Azure.Provisioning.KeyVault",
        "Azure.Provisioning.Monitor",
        "Azure.ResourceManager",
        "Azure.ResourceManager.Authorization",
        "Azure.ResourceManager.KeyVault",
        "Azure.ResourceManager.Monitor",
        "Azure.Security.KeyVault.Administration",
        "Azure.Security.KeyVault.Keys",
        "Azure.Security.KeyVault.Secrets",
        "Azure.Security.KeyVault.Certificates",
        "System.ClientModel",
        "System.Memory.Data",
    ];

    public static ImmutableArray<MetadataReference> AzureSdk { get; } = SdkAssemblyNames
        .Select(name => (MetadataReference)MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, name + ".dll")))
        .ToImmutableArray();
}
