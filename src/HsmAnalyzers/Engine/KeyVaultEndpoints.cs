using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Engine;

internal enum KeyVaultEndpointKind
{
    /// <summary>The endpoint cannot be known at compile time.</summary>
    Unknown,

    /// <summary>The endpoint is a Managed HSM.</summary>
    ManagedHsm,

    /// <summary>The endpoint is a Key Vault vault.</summary>
    Vault,
}

/// <summary>
/// Which endpoints are a Managed HSM: the one answer every rule whose premise holds only for a Managed HSM uses
/// (README, "Which clients are a Managed HSM"). Only an endpoint the code names counts; a parameter, configuration or
/// anything else is unknown, and no finding rests on a guess about it. Rules that are right for vault and Managed HSM
/// keys alike do not ask.
/// </summary>
internal static class KeyVaultEndpoints
{
    private const int MaximumDepth = 4;

    /// <summary>A placeholder for the parts of a URI text that are not constant: a letter, so that it can never
    /// complete a domain suffix that the constant parts do not spell out themselves.</summary>
    private const string Hole = "x";

    private static readonly string[] ManagedHsmDomains =
        [".managedhsm.azure.net", ".managedhsm.azure.cn", ".managedhsm.usgovcloudapi.net", ".managedhsm.microsoftazure.de"];

    private static readonly string[] VaultDomains =
        [".vault.azure.net", ".vault.azure.cn", ".vault.usgovcloudapi.net", ".vault.microsoftazure.de"];

    /// <summary>
    /// The endpoint a <c>Uri</c> expression names: <c>new Uri(text)</c> whose text is constant or an interpolation or
    /// concatenation whose constant parts spell the host's domain, a local written once with one, or the
    /// <c>HsmUri</c> of a Managed HSM's properties. Hosts on the Managed HSM domains of the Azure clouds are a Managed
    /// HSM, on the vault domains a vault; anything else is unknown.
    /// </summary>
    public static KeyVaultEndpointKind OfUri(IOperation? uri, SdkSymbols symbols)
    {
        for (var depth = 0; depth < MaximumDepth; depth++)
        {
            switch (ConstantValues.Unwrap(uri))
            {
                case IPropertyReferenceOperation { Property: var property } when symbols.ArmKeyVault.ManagedHsmPropertiesMembers.HsmUri.Matches(property):
                    return KeyVaultEndpointKind.ManagedHsm;
                case IObjectCreationOperation creation when symbols.Uri.Matches(creation.Type):
                    return Arguments.ForParameter(creation.Arguments, "uriString") is { } uriString && Text(uriString.Value, 0) is { } text
                        ? OfHost(text)
                        : KeyVaultEndpointKind.Unknown;
                case ILocalReferenceOperation local:
                    uri = SingleWrite.Find(local)?.Value;
                    continue;
                default:
                    return KeyVaultEndpointKind.Unknown;
            }
        }

        return KeyVaultEndpointKind.Unknown;
    }

    private static KeyVaultEndpointKind OfHost(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var parsed) || parsed.Host.Length == 0)
        {
            return KeyVaultEndpointKind.Unknown;
        }

        var host = parsed.Host.TrimEnd('.');
        return ManagedHsmDomains.Any(domain => host.EndsWith(domain, StringComparison.OrdinalIgnoreCase)) ? KeyVaultEndpointKind.ManagedHsm
            : VaultDomains.Any(domain => host.EndsWith(domain, StringComparison.OrdinalIgnoreCase)) ? KeyVaultEndpointKind.Vault
            : KeyVaultEndpointKind.Unknown;
    }

    /// <summary>The text of a string expression with <see cref="Hole"/> for each part that is not constant; null when
    /// the expression is neither a constant, an interpolation nor a concatenation.</summary>
    private static string? Text(IOperation value, int depth)
    {
        if (depth > MaximumDepth)
        {
            return null;
        }

        if (Constant(value) is { } constant)
        {
            return constant;
        }

        switch (ConstantValues.Unwrap(value))
        {
            case IInterpolatedStringOperation interpolated:
                var text = new StringBuilder();
                foreach (var part in interpolated.Parts)
                {
                    text.Append(part switch
                    {
                        IInterpolatedStringTextOperation { Text: var literal } => Constant(literal),
                        IInterpolationOperation { Alignment: null, FormatString: null, Expression: var hole } => Constant(hole),
                        _ => null,
                    } ?? Hole);
                }

                return text.ToString();
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                return (Text(concatenation.LeftOperand, depth + 1) ?? Hole) + (Text(concatenation.RightOperand, depth + 1) ?? Hole);
            default:
                return null;
        }
    }

    /// <summary>The one string an expression can be, or null.</summary>
    private static string? Constant(IOperation value) =>
        ConstantValues.Resolve(value) is { IsSingle: true } constant ? constant.Values[0] as string : null;
}
