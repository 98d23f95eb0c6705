using System.IO;
using System.Linq;
using HsmAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Tests;

/// <summary>Every rule has its page (with the generated property table), its help link, its rows in the README and the
/// docs index, and its place in the presets; CatalogueTests checks that those are exactly what the generator makes.</summary>
public class PackageContentsTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in Package.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Order())
        {
            data.Add(id);
        }

        return data;
    }

    private static DiagnosticDescriptor Descriptor(string id) =>
        Package.Analyzers.SelectMany(a => a.SupportedDiagnostics).First(d => d.Id == id);

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void HelpLinkPointsAtTheRulePage(string id)
    {
        var descriptor = Descriptor(id);
        Assert.Equal(Descriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);

        var page = Path.Combine(Package.RepositoryRoot, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{page} is missing");
        Assert.StartsWith("# " + id, File.ReadLines(page).First());
    }

    /// <summary>The page's generated property table states the descriptor's severity (not just any mention of it).</summary>
    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RulePageNamesTheTitleAndSeverity(string id)
    {
        var descriptor = Descriptor(id);
        var lines = File.ReadAllLines(Path.Combine(Package.RepositoryRoot, "docs", "rules", id + ".md"));
        Assert.Equal($"# {id}: {descriptor.Title}", lines[0]);
        Assert.Contains($"| Default severity | {descriptor.DefaultSeverity} |", lines);
        Assert.Contains($"| Enabled by default | {(descriptor.IsEnabledByDefault ? "Yes" : "No")} |", lines);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RuleIsInTheReadmeTableAndTheDocsIndex(string id)
    {
        var title = Descriptor(id).Title.ToString();
        Assert.Contains($"| [{id}](docs/rules/{id}.md) | {title} |", File.ReadAllText(Path.Combine(Package.RepositoryRoot, "README.md")));
        Assert.Contains($"| [{id}]({id}.md) | {title} |", File.ReadAllText(Path.Combine(Package.RepositoryRoot, "docs", "rules", "README.md")));
    }

    [Theory]
    [InlineData("strict", "error")]
    [InlineData("none", "none")]
    public void PresetSetsEveryRule(string preset, string severity)
    {
        var text = File.ReadAllText(Path.Combine(Package.RepositoryRoot, "src", "HsmAnalyzers.Package", "build", "presets", preset + ".globalconfig"));
        Assert.Contains("global_level = -100", text);
        foreach (var id in Package.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id))
        {
            Assert.Contains($"dotnet_diagnostic.{id}.severity = {severity}", text);
        }
    }

    [Fact]
    public void EveryFixableRuleHasAnalyzer()
    {
        var ids = Package.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet();
        foreach (var fixer in Package.Fixers)
        {
            Assert.All(fixer.FixableDiagnosticIds, id => Assert.Contains(id, ids));
            Assert.NotNull(fixer.GetFixAllProvider());
        }
    }
}
