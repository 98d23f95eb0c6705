using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Engine;

/// <summary>Turns an expression of type <c>Azure.Core.AzureLocation</c> into the region's name (<c>westeurope</c>)
/// when it is known at compile time: a static member (<c>AzureLocation.WestEurope</c>), <c>new AzureLocation("...")</c>,
/// a string constant converted implicitly, or a local written once with one of these. Anything else is unknown.</summary>
internal static class AzureLocations
{
    private const int MaximumDepth = 8;

    /// <summary>The normalized region name, or null when the location is not known at compile time.</summary>
    public static string? Resolve(SdkSymbols symbols, IOperation? location) => Resolve(symbols, location, 0);

    /// <summary>The region name as <c>AzureLocation</c> stores it: lower case without spaces, so that a display name
    /// (<c>"West Europe"</c>) and a name (<c>"westeurope"</c>) give the same region.</summary>
    public static string Normalize(string location) => location.Replace(" ", string.Empty).ToLowerInvariant();

    private static string? Resolve(SdkSymbols symbols, IOperation? location, int depth)
    {
        if (location is null || depth > MaximumDepth)
        {
            return null;
        }

        switch (ConstantValues.Unwrap(location))
        {
            // The static members of AzureLocation are named after the region: WestEurope is "westeurope".
            case IPropertyReferenceOperation { Property: { IsStatic: true } property }
                when symbols.AzureLocation.Matches(property.ContainingType) && symbols.AzureLocation.Matches(property.Type):
                return Normalize(property.Name);

            case IObjectCreationOperation creation when symbols.AzureLocation.Matches(creation.Type) && creation.Arguments.Length > 0:
                return StringConstant(creation.Arguments[0].Value);

            case ILocalReferenceOperation local when symbols.AzureLocation.Matches(local.Type):
                return Resolve(symbols, SingleWrite.Find(local)?.Value, depth + 1);

            default:
                return StringConstant(location);
        }
    }

    private static string? StringConstant(IOperation value) =>
        ConstantValues.Resolve(value) is { IsSingle: true } values && values.Values[0] is string { Length: > 0 } text
            ? Normalize(text)
            : null;
}
