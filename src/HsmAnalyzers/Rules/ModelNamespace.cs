using System.Collections.Immutable;

namespace HsmAnalyzers.Rules;

/// <summary>Which SDK surface a finding is on, for the fixers of rules that read both: the ARM SDK (the default) or
/// Azure.Provisioning, whose Managed HSM types have the same names in another namespace.</summary>
public static class ModelNamespace
{
    /// <summary>Diagnostic property holding the namespace of the model types a fix writes; absent, the ARM SDK's.</summary>
    public const string Property = "ModelNamespace";

    public const string Arm = "Azure.ResourceManager.KeyVault.Models";

    public const string Provisioning = "Azure.Provisioning.KeyVault";

    /// <summary>The namespace a fix writes the model types of <paramref name="properties"/>' finding in.</summary>
    public static string Of(ImmutableDictionary<string, string?> properties) =>
        properties.TryGetValue(Property, out var value) && value is not null ? value : Arm;

    /// <summary>The diagnostic properties of a finding on the Azure.Provisioning surface.</summary>
    internal static ImmutableDictionary<string, string?> OnProvisioning(ImmutableDictionary<string, string?> properties) =>
        properties.SetItem(Property, Provisioning);
}
