using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using HsmAnalyzers.Tests.EndToEnd;

namespace HsmAnalyzers.Tests.Review;

/// <summary>hsm-review on a copy of the Azure.Provisioning sample: the declarative surface's findings in every format,
/// and its fixes applied.</summary>
public sealed class ProvisionedReviewTests
{
    /// <summary>The rules whose fixes --fix applies to the copy of the sample, one finding each.</summary>
    private static readonly string[] FixedRules = ["HSM1001", "HSM1002", "HSM1004", "HSM1201", "HSM1401", "HSM1402"];

    [Fact]
    public async Task EveryFormatCarriesTheDeclarativeFindings()
    {
        using var copy = await SampleCopy.CreateProvisionedAsync();

        var text = await HsmReview.RunInAsync(copy.Root, copy.ProjectPath, "--fail-on", "none");
        Assert.True(text.ExitCode == 0, text.Error);
        Assert.EndsWith("11 findings: 0 errors, 11 warnings, 0 info; 0 suppressed; 6 with a fix; in 1 project.\n", text.Output);
        Assert.Contains("HsmInfrastructure.cs(23,26): warning HSM1001: Purge protection is off for this Managed HSM: EnablePurgeProtection is never set and defaults to off [fix available]\n", text.Output);

        var sarif = await HsmReview.RunInAsync(copy.Root, copy.ProjectPath, "--format", "sarif", "--fail-on", "none");
        Assert.True(sarif.ExitCode == 0, sarif.Error);
        using var log = JsonDocument.Parse(sarif.Output);
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(SamplesTests.ProvisionedFindings, results.Select(result => result.GetProperty("ruleId").GetString()).Order(StringComparer.Ordinal));
        Assert.All(results, result => Assert.EndsWith(
            "HsmInfrastructure.cs",
            result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(),
            StringComparison.Ordinal));
        Assert.Equal(FixedRules, results.Where(result => result.TryGetProperty("fixes", out _)).Select(result => result.GetProperty("ruleId").GetString()).Order(StringComparer.Ordinal));

        var rdjson = await HsmReview.RunInAsync(copy.Root, copy.ProjectPath, "--format", "rdjson", "--fail-on", "none");
        Assert.True(rdjson.ExitCode == 0, rdjson.Error);
        using var result = JsonDocument.Parse(rdjson.Output);
        var diagnostics = result.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(SamplesTests.ProvisionedFindings, diagnostics.Select(diagnostic => diagnostic.GetProperty("code").GetProperty("value").GetString()).Order(StringComparer.Ordinal));
        // Two fixes add to the same initializer: a suggestion carries one, the other's message says it is not suggested.
        Assert.Equal(FixedRules, diagnostics
            .Where(diagnostic => diagnostic.TryGetProperty("suggestions", out _) || diagnostic.GetProperty("message").GetString()!.Contains("is not suggested", StringComparison.Ordinal))
            .Select(diagnostic => diagnostic.GetProperty("code").GetProperty("value").GetString())
            .Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FixAppliesTheDeclarativeFixesAndTheResultBuilds()
    {
        using var copy = await SampleCopy.CreateProvisionedAsync();
        var fix = await HsmReview.RunInAsync(copy.Root, copy.ProjectPath, "--fix", "--fail-on", "none");
        Assert.True(fix.ExitCode == 0, fix.Error);
        var lines = fix.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(FixedRules.Select(rule => $"fixed 1 {rule} finding in HsmInfrastructure.cs"), lines.Where(line => line.StartsWith("fixed ", StringComparison.Ordinal)));
        Assert.Equal("5 findings: 0 errors, 5 warnings, 0 info; 0 suppressed; 0 with a fix; in 1 project.", lines[^1]);

        var source = File.ReadAllText(copy.SourcePath);
        Assert.Contains("Location = AzureLocation.UKSouth,", source);
        Assert.Contains("EnablePurgeProtection = true", source);
        Assert.Contains("PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled", source);
        Assert.Contains("DefaultAction = ManagedHsmNetworkRuleAction.Deny", source);
        Assert.Contains("SoftDeleteRetentionInDays = 90,", source);
        Assert.DoesNotContain("EnableSoftDelete = false", source);

        var build = await DotnetCli.RunAsync(copy.Root, "build", copy.ProjectPath, "-nodeReuse:false");
        Assert.True(build.ExitCode == 0, build.Output);

        var again = await HsmReview.RunInAsync(copy.Root, copy.ProjectPath, "--fix", "--fail-on", "none");
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.DoesNotContain(again.Output.Split('\n'), line => line.StartsWith("fixed ", StringComparison.Ordinal));
        Assert.Equal(source, File.ReadAllText(copy.SourcePath));
    }
}
