using System.Globalization;
using System.Text.RegularExpressions;

namespace HsmAnalyzers.Engine;

/// <summary>An ISO-8601 duration as Key Vault rotation policies write them (<c>P90D</c>, <c>P2Y</c>, <c>P1Y6M</c>,
/// <c>PT36H</c>): P[n]Y[n]M[n]W[n]D[T[n]H[n]M[n]S] with whole numbers. For comparisons a year counts 365 days and a
/// month 30, as the service does.</summary>
internal static class IsoDuration
{
    private const double DaysPerYear = 365;
    private const double DaysPerMonth = 30;

    private static readonly Regex Pattern = new(
        @"^P(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<mi>\d+)M)?(?:(?<s>\d+)S)?)?$",
        RegexOptions.CultureInvariant);

    /// <summary>The duration in days; null when <paramref name="text"/> is not such a duration (empty, no
    /// component, a "T" with nothing after it, decimals, lower case).</summary>
    public static double? TryParseDays(string text)
    {
        var match = Pattern.Match(text);
        if (!match.Success || text == "P" || text.EndsWith("T", System.StringComparison.Ordinal))
        {
            return null;
        }

        return Component(match, "y") * DaysPerYear
            + Component(match, "mo") * DaysPerMonth
            + Component(match, "w") * 7
            + Component(match, "d")
            + Component(match, "h") / 24
            + Component(match, "mi") / (24 * 60)
            + Component(match, "s") / (24 * 60 * 60);
    }

    private static double Component(Match match, string name) =>
        match.Groups[name].Success && double.TryParse(match.Groups[name].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
