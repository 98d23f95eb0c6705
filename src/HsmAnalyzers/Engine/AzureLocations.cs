using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Engine;

/// <summary>Turns an expression of type <c>Azure.Core.AzureLocation</c> into the region's name (<c>westeurope</c>)
/// when it is known at compile time: a static member (<c>AzureLocation.WestEurope</c>), <c>new AzureLocation("...")</c>,
/// or a string constant converted implicitly, from any origin <see cref="ExpressionValues"/> follows to. Anything
/// else is unknown.</summary>
internal static class AzureLocations
{
    private const int MaximumDepth = 8;

    /// <summary>The normalized region name when the location is the same one in every case, or null when it is
    /// not known at compile time.</summary>
    public static string? Resolve(SdkSymbols symbols, IOperation? location) =>
        ResolveAll(symbols, location) is { IsDefaultOrEmpty: false } regions && regions.All(region => region == regions[0]) ? regions[0] : null;

    /// <summary>Every region the location can be (one per arm of a conditional or switch expression); default when any is unknown.</summary>
    public static ImmutableArray<string> ResolveAll(SdkSymbols symbols, IOperation? location) => ResolveAll(symbols, location, 0);

    /// <summary>The region name as <c>AzureLocation</c> stores it: lower case without spaces, so that a display name
    /// (<c>"West Europe"</c>) and a name (<c>"westeurope"</c>) give the same region.</summary>
    public static string Normalize(string location) => location.Replace(" ", string.Empty).ToLowerInvariant();

    private static ImmutableArray<string> ResolveAll(SdkSymbols symbols, IOperation? location, int depth)
    {
        var origins = depth > MaximumDepth ? default : ExpressionValues.Origins(location);
        if (origins.IsDefault)
        {
            return default;
        }

        var regions = ImmutableArray.CreateBuilder<string>(origins.Length);
        foreach (var origin in origins)
        {
            switch (origin)
            {
                // The static members of AzureLocation are named after the region: WestEurope is "westeurope".
                case IPropertyReferenceOperation { Property: { IsStatic: true } property }
                    when symbols.AzureLocation.Matches(property.ContainingType) && symbols.AzureLocation.Matches(property.Type):
                    regions.Add(Normalize(property.Name));
                    break;

                case IObjectCreationOperation creation when symbols.AzureLocation.Matches(creation.Type):
                    var named = ResolveAll(symbols, (Arguments.ForParameter(creation.Arguments, "location") ?? Arguments.ForParameter(creation.Arguments, "name"))?.Value, depth + 1);
                    if (named.IsDefault)
                    {
                        return default;
                    }

                    regions.AddRange(named);
                    break;

                default:
                    if (ConstantValues.Resolve(origin) is not { IsKnown: true } names || !names.All(name => name is string { Length: > 0 }))
                    {
                        return default;
                    }

                    regions.AddRange(names.Values.Select(name => Normalize((string)name!)));
                    break;
            }
        }

        return regions.ToImmutable();
    }
}
