using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Catalogue;

/// <summary>Checks that release tracking (<c>AnalyzerReleases.Shipped.md</c>, then <c>AnalyzerReleases.Unshipped.md</c>)
/// ends with every analyzer rule at its descriptor's category and severity, and with no other ID. The build checks the
/// same (RS2000–RS2008) but stops at the first failing project; this names every difference at once. Build warnings
/// (HSM0001) are not tracked: release tracking only accepts IDs an analyzer supports (RS2002).</summary>
public static class ReleaseTracking
{
    public static readonly string[] Files =
    [
        "src/HsmAnalyzers/AnalyzerReleases.Shipped.md",
        "src/HsmAnalyzers/AnalyzerReleases.Unshipped.md",
    ];

    public static IReadOnlyList<string> Problems(RuleCatalogue catalogue, string repositoryRoot)
    {
        var tracked = Track(repositoryRoot);
        var problems = new List<string>();
        foreach (var entry in catalogue.AnalyzerRules)
        {
            var expected = (entry.Category, Severity: entry.IsEnabledByDefault ? entry.DefaultSeverity.ToString() : "Disabled");
            if (!tracked.TryGetValue(entry.Id, out var actual))
            {
                problems.Add($"{entry.Id} is not in release tracking: add '{entry.Id} | {expected.Category} | {expected.Severity} | …' to the New Rules of {Files[1]}.");
            }
            else if (actual != expected)
            {
                problems.Add($"{entry.Id} is tracked as {actual.Category}/{actual.Severity}, its descriptor says {expected.Category}/{expected.Severity}.");
            }
        }

        problems.AddRange(tracked.Keys
            .Where(id => !catalogue.AnalyzerRules.Any(entry => entry.Id == id))
            .Select(id => $"{id} is in release tracking but the package has no such ID (list it under Removed Rules)."));
        return problems;
    }

    /// <summary>The IDs whose last entry is under Removed Rules: retired rules, whose IDs are not reused.</summary>
    public static IReadOnlyList<string> RemovedIds(string repositoryRoot)
    {
        var removed = new SortedSet<string>(StringComparer.Ordinal);
        Track(repositoryRoot, removed);
        return removed.ToList();
    }

    /// <summary>Each tracked ID's category and severity after the last release that names it; removed IDs left out
    /// (and added to <paramref name="removed"/>).</summary>
    private static Dictionary<string, (string Category, string Severity)> Track(string repositoryRoot, ISet<string>? removed = null)
    {
        var tracked = new Dictionary<string, (string Category, string Severity)>(StringComparer.Ordinal);
        foreach (var file in Files)
        {
            var section = "";
            foreach (var line in File.ReadLines(Path.Combine(repositoryRoot, file)).Select(line => line.Trim()))
            {
                if (line.StartsWith("###", StringComparison.Ordinal))
                {
                    section = line.TrimStart('#').Trim();
                    continue;
                }

                var cells = line.Split('|').Select(cell => cell.Trim()).ToArray();
                if (cells.Length < 3 || !cells[0].StartsWith("HSM", StringComparison.Ordinal))
                {
                    continue;
                }

                switch (section)
                {
                    case "New Rules":
                    case "Changed Rules":
                        tracked[cells[0]] = (cells[1], cells[2]);
                        removed?.Remove(cells[0]);
                        break;
                    case "Removed Rules":
                        tracked.Remove(cells[0]);
                        removed?.Add(cells[0]);
                        break;
                }
            }
        }

        return tracked;
    }
}
