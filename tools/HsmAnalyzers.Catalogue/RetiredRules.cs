using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace HsmAnalyzers.Catalogue;

/// <summary>The retired rules: no longer reported, their pages kept and their IDs not reused. A rule that shipped is
/// retired in release tracking (Removed Rules); one retired before it shipped has no line there, so its page says it:
/// a page of an ID the package does not have, whose first line reads <c># HSMxxxx: Retired …</c>.</summary>
public static class RetiredRules
{
    private const string RulesDirectory = "docs/rules";

    public static IReadOnlyList<string> Ids(RuleCatalogue catalogue, string repositoryRoot) =>
        ReleaseTracking.RemovedIds(repositoryRoot)
            .Concat(OrphanPages(catalogue, repositoryRoot).Where(page => page.Retired).Select(page => page.Id))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToList();

    /// <summary>Pages of IDs the package does not have and that neither release tracking nor the page retires.</summary>
    public static IEnumerable<string> Problems(RuleCatalogue catalogue, string repositoryRoot)
    {
        var removed = ReleaseTracking.RemovedIds(repositoryRoot);
        return OrphanPages(catalogue, repositoryRoot)
            .Where(page => !page.Retired && !removed.Contains(page.Id))
            .Select(page => $"{RulesDirectory}/{page.Id}.md is the page of no rule: retire it (first line '# {page.Id}: Retired …') or delete it.");
    }

    private static IEnumerable<(string Id, bool Retired)> OrphanPages(RuleCatalogue catalogue, string repositoryRoot) =>
        Directory.GetFiles(Path.Combine(repositoryRoot, RulesDirectory), "HSM*.md")
            .Select(path => (Id: Path.GetFileNameWithoutExtension(path), Path: path))
            .Where(page => !catalogue.Entries.Any(entry => entry.Id == page.Id))
            .OrderBy(page => page.Id, StringComparer.Ordinal)
            .Select(page => (page.Id, File.ReadLines(page.Path).FirstOrDefault()?.StartsWith($"# {page.Id}: Retired", StringComparison.Ordinal) == true));
}
