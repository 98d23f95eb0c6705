using System.IO;
using System.Linq;
using System.Reflection;
using HsmAnalyzers.Catalogue;
using HsmAnalyzers.Engine;
using HsmAnalyzers.Tests.Infrastructure;

namespace HsmAnalyzers.Tests;

/// <summary>The files made from the descriptors and the fixers are current, every ID has its page and its release
/// tracking, and the README's configuration names every option.</summary>
public class CatalogueTests
{
    private static readonly RuleCatalogue Catalogue = RuleCatalogue.Load(Package.RepositoryRoot);

    [Fact]
    public void GeneratedFilesAreCurrent()
    {
        var stale = CatalogueFiles.Stale(CatalogueFiles.Render(Catalogue, Package.RepositoryRoot), Package.RepositoryRoot);
        Assert.True(stale.Count == 0, $"Not what the descriptors and fixers make: {string.Join(", ", stale)}. Run `{CatalogueFiles.Command}` and commit the result.");
    }

    [Fact]
    public void EveryIdHasItsPage() => Assert.Empty(CatalogueFiles.MissingPages(Catalogue, Package.RepositoryRoot));

    [Fact]
    public void ReleaseTrackingAgreesWithTheDescriptors() => Assert.Empty(ReleaseTracking.Problems(Catalogue, Package.RepositoryRoot));

    /// <summary>HSM1505 was retired before it shipped: release tracking never listed it, its page says it.</summary>
    [Fact]
    public void EveryPageIsARuleOrRetired()
    {
        Assert.Empty(RetiredRules.Problems(Catalogue, Package.RepositoryRoot));
        Assert.Contains("HSM1505", RetiredRules.Ids(Catalogue, Package.RepositoryRoot));
        Assert.Contains("[HSM1505](HSM1505.md)", File.ReadAllText(Path.Combine(Package.RepositoryRoot, "docs", "rules", "README.md")));
    }

    [Fact]
    public void CatalogueHoldsEveryRuleOfThePackage()
    {
        var ids = Package.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Order();
        Assert.Equal(ids, Catalogue.AnalyzerRules.Select(entry => entry.Id));
        Assert.Contains(Catalogue.BuildWarnings, entry => entry.Id == "HSM0001");
    }

    [Fact]
    public void ReadmeConfigurationNamesEveryOption()
    {
        var readme = File.ReadAllText(Path.Combine(Package.RepositoryRoot, "README.md"));
        var configuration = readme[readme.IndexOf("## Configuration", System.StringComparison.Ordinal)..];
        var options = typeof(HsmOptions)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!);
        Assert.All(options, option => Assert.Contains(option + " = ", configuration));
    }
}
