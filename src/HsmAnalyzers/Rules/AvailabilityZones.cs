using System.Collections.Generic;
using System.Collections.Immutable;

namespace HsmAnalyzers.Rules;

/// <summary>
/// Which Azure regions have availability zones, and for a region without them, the zone-redundant region of the
/// same geography to use instead.
/// Source: Microsoft's list of Azure regions with availability zones,
/// https://learn.microsoft.com/azure/reliability/availability-zones-region-support, read 2026-11-28.
/// Conservative on purpose: a region whose zones were not certain is in neither list, and a region in neither list
/// is never reported. Names are <c>AzureLocation</c> names (lower case, no spaces); the member is the static
/// <c>Azure.Core.AzureLocation</c> property of the same region.
/// </summary>
internal static class AvailabilityZones
{
    /// <summary>Regions with availability zones, each with its <c>AzureLocation</c> member.</summary>
    internal static readonly ImmutableDictionary<string, string> ZoneRedundantMembers = ImmutableDictionary.CreateRange(new[]
    {
        // Americas
        Region("brazilsouth", "BrazilSouth"),
        Region("canadacentral", "CanadaCentral"),
        Region("centralus", "CentralUS"),
        Region("eastus", "EastUS"),
        Region("eastus2", "EastUS2"),
        Region("mexicocentral", "MexicoCentral"),
        Region("southcentralus", "SouthCentralUS"),
        Region("usgovvirginia", "USGovVirginia"),
        Region("westus2", "WestUS2"),
        Region("westus3", "WestUS3"),

        // Europe
        Region("francecentral", "FranceCentral"),
        Region("germanywestcentral", "GermanyWestCentral"),
        Region("italynorth", "ItalyNorth"),
        Region("northeurope", "NorthEurope"),
        Region("norwayeast", "NorwayEast"),
        Region("polandcentral", "PolandCentral"),
        Region("spaincentral", "SpainCentral"),
        Region("swedencentral", "SwedenCentral"),
        Region("switzerlandnorth", "SwitzerlandNorth"),
        Region("uksouth", "UKSouth"),
        Region("westeurope", "WestEurope"),

        // Middle East and Africa
        Region("israelcentral", "IsraelCentral"),
        Region("qatarcentral", "QatarCentral"),
        Region("southafricanorth", "SouthAfricaNorth"),
        Region("uaenorth", "UAENorth"),

        // Asia Pacific
        Region("australiaeast", "AustraliaEast"),
        Region("centralindia", "CentralIndia"),
        Region("chinanorth3", "ChinaNorth3"),
        Region("eastasia", "EastAsia"),
        Region("indonesiacentral", "IndonesiaCentral"),
        Region("japaneast", "JapanEast"),
        Region("koreacentral", "KoreaCentral"),
        Region("malaysiawest", "MalaysiaWest"),
        Region("newzealandnorth", "NewZealandNorth"),
        Region("southeastasia", "SoutheastAsia"),
    });

    /// <summary>Regions without availability zones, each with its recommended zone-redundant neighbour.</summary>
    internal static readonly ImmutableDictionary<string, string> ZonelessToRecommended = ImmutableDictionary.CreateRange(new[]
    {
        Region("australiacentral", "australiaeast"),
        Region("australiacentral2", "australiaeast"),
        Region("australiasoutheast", "australiaeast"),
        Region("brazilsoutheast", "brazilsouth"),
        Region("canadaeast", "canadacentral"),
        Region("chinaeast", "chinanorth3"),
        Region("chinanorth", "chinanorth3"),
        Region("francesouth", "francecentral"),
        Region("germanynorth", "germanywestcentral"),
        Region("koreasouth", "koreacentral"),
        Region("norwaywest", "norwayeast"),
        Region("southafricawest", "southafricanorth"),
        Region("southindia", "centralindia"),
        Region("swedensouth", "swedencentral"),
        Region("switzerlandwest", "switzerlandnorth"),
        Region("uaecentral", "uaenorth"),
        Region("ukwest", "uksouth"),
        Region("usgovarizona", "usgovvirginia"),
        Region("usgovtexas", "usgovvirginia"),
        Region("westcentralus", "westus2"),
        Region("westindia", "centralindia"),
    });

    /// <summary>True when the table knows <paramref name="region"/> to have no availability zones.</summary>
    public static bool IsKnownZoneless(string region) => ZonelessToRecommended.ContainsKey(region);

    /// <summary>The zone-redundant region to use instead of <paramref name="region"/>, with its
    /// <c>AzureLocation</c> member; null when the table has none.</summary>
    public static (string Name, string Member)? RecommendedFor(string region) =>
        ZonelessToRecommended.TryGetValue(region, out var recommended) ? (recommended, ZoneRedundantMembers[recommended]) : null;

    private static KeyValuePair<string, string> Region(string name, string value) => new(name, value);
}
