using System.Collections.Immutable;
using System.Linq;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1201: <c>new ManagedHsmData(location)</c>, or the <c>Location</c> of a Managed HSM declared with
/// Azure.Provisioning, in a region without availability zones, or outside the regions the team allows.</summary>
public sealed class HSM1201RegionWithoutAvailabilityZonesRule : HsmRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1201RegionWithoutAvailabilityZones);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        context.RegisterObjectCreationAction(symbols.ArmKeyVault.ManagedHsmData, (analysis, creation) =>
        {
            if (Arguments.ForParameterOfType(creation.Arguments, symbols.AzureLocation) is { ArgumentKind: ArgumentKind.Explicit } argument)
            {
                Analyze(analysis, symbols, argument.Value, argument.Parameter!.Type);
            }
        });

        // Azure.Provisioning: the Location of a declared ManagedHsm, a BicepValue<AzureLocation> (a parameter or an
        // expression is unknown, like any value the analysis cannot know).
        context.RegisterPropertyAssignmentAction(symbols.Provisioning.ManagedHsmMembers.Location, (analysis, assignment) =>
        {
            // A nullable location read with .Value unwraps to the nullable: the region is its underlying type.
            if (ConstantValues.Unwrap(assignment.Value)?.Type is { } type
                && (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type) is var region
                && symbols.AzureLocation.Matches(region))
            {
                Analyze(analysis, symbols, assignment.Value, region);
            }
        });
    }

    /// <summary>Reports <paramref name="location"/>, the region a Managed HSM is created in, when it has no
    /// availability zones or is not one the team allows.</summary>
    private static void Analyze(HsmAnalysisContext analysis, SdkSymbols symbols, IOperation location, ITypeSymbol locationType)
    {
        if (AzureLocations.Resolve(symbols, location) is not { } region)
        {
            return;
        }

        var allowed = HsmOptions.GetList(analysis.Options, location.Syntax.SyntaxTree, HsmOptions.AllowedRegions)
            .Select(AzureLocations.Normalize)
            .ToImmutableHashSet();
        string reason;
        if (allowed.IsEmpty)
        {
            if (!AvailabilityZones.IsKnownZoneless(region))
            {
                return;
            }

            reason = "the region has no availability zones";
        }
        else
        {
            if (allowed.Contains(region))
            {
                return;
            }

            reason = "the region is not in " + HsmOptions.AllowedRegions;
        }

        var properties = FixProperties.None;
        if (AvailabilityZones.RecommendedFor(region) is { } recommended && (allowed.IsEmpty || allowed.Contains(recommended.Name)))
        {
            reason += $"; '{recommended.Name}' is the zone-redundant region of the same geography";
            properties = locationType.GetMembers(recommended.Member).Any(m => m is IPropertySymbol { IsStatic: true })
                ? properties.WithReplacementMember(recommended.Member)
                : properties.WithReplacementName(recommended.Name);
        }

        analysis.Report(Descriptors.HSM1201RegionWithoutAvailabilityZones, location.Syntax.GetLocation(), properties, region, reason);
    }
}
