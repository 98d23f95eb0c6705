using System;
using System.Globalization;

namespace HsmAnalyzers.Engine;

/// <summary>An ISO-8601 duration as Key Vault rotation policies write them (<c>P90D</c>, <c>P2Y</c>, <c>P1Y6M</c>,
/// <c>PT36H</c>): P[n]Y[n]M[n]W[n]D[T[n]H[n]M[n]S] with whole numbers. For comparisons a year counts 365 days and a
/// month 30, as the service does.</summary>
/// <remarks>Read by hand, not with a regular expression: every rotation policy of a project is parsed, and a match
/// allocated more than the rest of the rule. It accepts what the pattern
/// <c>^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$</c> accepted, with its
/// <c>\d</c> (any Unicode decimal digit) and its <c>$</c> (which also matches before a final line feed).</remarks>
internal static class IsoDuration
{
    private const double DaysPerYear = 365;
    private const double DaysPerMonth = 30;

    /// <summary>A value of each component is <c>value * Days / Divisor</c> days.</summary>
    private static readonly (char Designator, double Days, double Divisor)[] DateComponents = [('Y', DaysPerYear, 1), ('M', DaysPerMonth, 1), ('W', 7, 1), ('D', 1, 1)];
    private static readonly (char Designator, double Days, double Divisor)[] TimeComponents = [('H', 1, 24), ('M', 1, 24 * 60), ('S', 1, 24 * 60 * 60)];

    /// <summary>The duration in days; null when <paramref name="text"/> is not such a duration (empty, no
    /// component, a "T" with nothing after it, decimals, lower case).</summary>
    public static double? TryParseDays(string text)
    {
        if (text == "P" || text.EndsWith("T", StringComparison.Ordinal))
        {
            return null;
        }

        var end = text.EndsWith("\n", StringComparison.Ordinal) ? text.Length - 1 : text.Length;
        if (end == 0 || text[0] != 'P')
        {
            return null;
        }

        var position = 1;
        var days = 0.0;
        ReadComponents(text, end, ref position, DateComponents, ref days);
        if (position < end && text[position] == 'T')
        {
            position++;
            ReadComponents(text, end, ref position, TimeComponents, ref days);
        }

        return position == end ? days : null;
    }

    /// <summary>Reads the components that follow <paramref name="position"/> in the order of
    /// <paramref name="components"/>, each optional, and adds their days; stops before anything else.</summary>
    private static void ReadComponents(string text, int end, ref int position, (char Designator, double Days, double Divisor)[] components, ref double days)
    {
        foreach (var (designator, unitDays, divisor) in components)
        {
            var digitsEnd = position;
            while (digitsEnd < end && char.IsDigit(text[digitsEnd]))
            {
                digitsEnd++;
            }

            if (digitsEnd == position || digitsEnd == end || text[digitsEnd] != designator)
            {
                continue;
            }

            // Digits other than 0-9 match the pattern but are no number: the component counted nothing.
            if (double.TryParse(text.Substring(position, digitsEnd - position), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                days += value * unitDays / divisor;
            }

            position = digitsEnd + 1;
        }
    }
}
