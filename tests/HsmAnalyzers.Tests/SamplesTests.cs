using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using HsmAnalyzers.Tests.Infrastructure;

namespace HsmAnalyzers.Tests;

/// <summary>The samples as a corpus: the risky one shows every rule but those of <see cref="RulesNotInTheRiskySample"/>,
/// the recommended one (valid code) stays silent.</summary>
public class SamplesTests
{
    /// <summary>The risky sample's findings, in rule order, as its build reports them.</summary>
    internal static readonly string[] RiskyFindings =
    [
        "HSM1001", "HSM1002", "HSM1003", "HSM1004", "HSM1005", "HSM1005", "HSM1101", "HSM1102", "HSM1103", "HSM1104", "HSM1105", "HSM1106",
        "HSM1201", "HSM1203", "HSM1204", "HSM1205", "HSM1301", "HSM1304",
        "HSM1401", "HSM1401", "HSM1401", "HSM1402", "HSM1501", "HSM1501", "HSM1502", "HSM1502", "HSM1503", "HSM1504", "HSM1504",
        "HSM1506", "HSM1507", "HSM1508", "HSM1601", "HSM1701", "HSM1701", "HSM1702",
    ];

    /// <summary>The rules the risky sample does not show yet: HSM1202 is off by default, and the sample has no SAS
    /// token in source (HSM1206), no diagnostic setting without the audit logs (HSM1302) or without a destination
    /// (HSM1303). A rule leaves this list when the sample shows it.</summary>
    internal static readonly string[] RulesNotInTheRiskySample = ["HSM1202", "HSM1206", "HSM1302", "HSM1303"];

    /// <summary>The findings of the infrastructure declared with Azure.Provisioning, in rule order.</summary>
    internal static readonly string[] ProvisionedFindings =
    [
        "HSM1001", "HSM1002", "HSM1004", "HSM1101", "HSM1104", "HSM1201", "HSM1302", "HSM1303", "HSM1304", "HSM1401", "HSM1402",
    ];

    private static Task<Microsoft.CodeAnalysis.CSharp.CSharpCompilation> CompileSampleAsync(string name) =>
        AnalyzerRunner.CompileAsync(Directory
            .EnumerateFiles(Path.Combine(Package.RepositoryRoot, "samples", name), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
            .Select(path => (path, File.ReadAllText(path))));

    /// <summary>The options of the sample's <c>.globalconfig</c>, as the build reads them (none when it has none).</summary>
    private static Dictionary<string, string> SampleOptions(string name)
    {
        var path = Path.Combine(Package.RepositoryRoot, "samples", name, ".globalconfig");
        return !File.Exists(path) ? []
            : File.ReadLines(path)
                .Select(line => line.Trim())
                .Where(line => line.Length > 0 && line[0] is not ('#' or ';' or '[') && line.Contains('='))
                .Select(line => line.Split('=', 2))
                .ToDictionary(pair => pair[0].Trim(), pair => pair[1].Trim());
    }

    [Fact]
    public async Task RecommendedSampleIsSilent()
    {
        var compilation = await CompileSampleAsync("RecommendedProvisioning");
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        var options = SampleOptions("RecommendedProvisioning");
        Assert.Contains("hsm_analyzers.admin_group_object_ids", options.Keys);
        Assert.Empty(await AnalyzerRunner.AnalyzeAsync(compilation, options: options));
    }

    [Fact]
    public void EveryRuleIsInTheRiskySampleOrListedAsMissing()
    {
        var ids = Package.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Order();
        Assert.Equal(ids, RiskyFindings.Union(RulesNotInTheRiskySample).Order());
        Assert.Empty(RiskyFindings.Intersect(RulesNotInTheRiskySample));
    }

    [Fact]
    public async Task RiskySampleGivesItsFindings()
    {
        var compilation = await CompileSampleAsync("RiskyProvisioning");
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        var ids = (await AnalyzerRunner.AnalyzeAsync(compilation)).Select(d => d.Id).ToList();
        Assert.Equal(RiskyFindings, ids.Order());
    }

    [Fact]
    public async Task ProvisionedInfrastructureGivesItsFindings()
    {
        var compilation = await CompileSampleAsync("ProvisionedInfrastructure");
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        var ids = (await AnalyzerRunner.AnalyzeAsync(compilation, options: SampleOptions("ProvisionedInfrastructure"))).Select(d => d.Id).ToList();
        Assert.Equal(ProvisionedFindings, ids.Order());
    }

    [Fact]
    public async Task ProvisionedInfrastructureRecommendedIsSilent()
    {
        var compilation = await CompileSampleAsync("ProvisionedInfrastructureRecommended");
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        Assert.Empty(await AnalyzerRunner.AnalyzeAsync(compilation, options: SampleOptions("ProvisionedInfrastructureRecommended")));
    }

    [Fact]
    public async Task DiagnosticsAreTheSameWithAndWithoutConcurrency()
    {
        var compilation = await CompileSampleAsync("RiskyProvisioning");
        var concurrent = await AnalyzerRunner.AnalyzeAsync(compilation, concurrent: true);
        var sequential = await AnalyzerRunner.AnalyzeAsync(compilation, concurrent: false);
        Assert.Equal(sequential.Select(d => d.ToString()), concurrent.Select(d => d.ToString()));
    }

    /// <summary>Three runs on fresh compilations give the same diagnostics; without concurrency, in the very order
    /// the driver returns them (not sorted afterwards).</summary>
    [Fact]
    public async Task DiagnosticsAreTheSameOverRepeatedRuns()
    {
        var compilation = await CompileSampleAsync("RiskyProvisioning");
        var runs = new List<string[]>();
        var unsortedRuns = new List<string[]>();
        for (var run = 0; run < 3; run++)
        {
            var fresh = compilation.Clone();
            runs.Add((await AnalyzerRunner.AnalyzeAsync(fresh, concurrent: true)).Select(d => d.ToString()).ToArray());
            var unsorted = await AnalyzerRunner.WithAnalyzers(compilation.Clone(), Package.Analyzers, concurrent: false).GetAnalyzerDiagnosticsAsync(System.Threading.CancellationToken.None);
            unsortedRuns.Add(unsorted.Select(d => d.ToString()).ToArray());
        }

        Assert.NotEmpty(runs[0]);
        Assert.All(runs, run => Assert.Equal(runs[0], run));
        Assert.All(unsortedRuns, run => Assert.Equal(unsortedRuns[0], run));
    }
}
