using System.Collections.Immutable;
using System.Linq;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1201: <c>new ManagedHsmData(location)</c> in a region without availability zones, or outside
/// the regions the team allows.</summary>
public sealed class HSM1201RegionWithoutAvailabilityZonesRule : HsmRule
{
    /// <summary>Diagnostic property: the <c>AzureLocation</c> member to write in place of the location. Absent
    /// when the compilation's <c>AzureLocation</c> has no such member.</summary>
    public const string ReplacementMemberProperty = "ReplacementMember";

    /// <summary>Diagnostic property: the region name to write as <c>new AzureLocation("name")</c> when there is
    /// no member. Absent, together with <see cref="ReplacementMemberProperty"/>, when there is no fix.</summary>
    public const string ReplacementNameProperty = "ReplacementName";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1201RegionWithoutAvailabilityZones);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        context.RegisterObjectCreationAction(symbols.ManagedHsmData, (analysis, creation) =>
        {
            if (creation.Arguments.FirstOrDefault(a => symbols.AzureLocation.Matches(a.Parameter?.Type)) is not { ArgumentKind: ArgumentKind.Explicit } argument
                || AzureLocations.Resolve(symbols, argument.Value) is not { } region)
            {
                return;
            }

            var allowed = HsmOptions.GetList(analysis.Options, creation.Syntax.SyntaxTree, HsmOptions.AllowedRegions)
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

            var properties = ImmutableDictionary<string, string?>.Empty;
            if (AvailabilityZones.RecommendedFor(region) is { } recommended && (allowed.IsEmpty || allowed.Contains(recommended.Name)))
            {
                reason += $"; '{recommended.Name}' is the zone-redundant region of the same geography";
                properties = argument.Parameter!.Type.GetMembers(recommended.Member).Any(m => m is IPropertySymbol { IsStatic: true })
                    ? properties.Add(ReplacementMemberProperty, recommended.Member)
                    : properties.Add(ReplacementNameProperty, recommended.Name);
            }

            analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1201RegionWithoutAvailabilityZones, argument.Value.Syntax.GetLocation(), properties, region, reason));
        });
    }
}
