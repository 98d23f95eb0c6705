using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using HsmAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Tests.Review;

/// <summary>hsm-review's reports on the repository's samples: SARIF, GitHub workflow commands, text, exit codes.</summary>
public sealed class ReviewReportTests(SampleReviews reviews) : IClassFixture<SampleReviews>
{
    private const string RiskyFolder = "samples/RiskyProvisioning/";
    private const string RiskySource = RiskyFolder + "HsmProvisioner.cs";

    /// <summary>The risky sample's findings, as <see cref="SamplesTests"/> has them.</summary>
    private static readonly string[] RiskyFindings = SamplesTests.RiskyFindings;

    /// <summary>The rules whose fixer has a fix for the risky sample without further options.</summary>
    private static readonly string[] FixedInRiskySample =
    [
        "HSM1001", "HSM1002", "HSM1003", "HSM1004", "HSM1102", "HSM1201", "HSM1204", "HSM1205",
        "HSM1401", "HSM1401", "HSM1401", "HSM1402", "HSM1501", "HSM1501", "HSM1502", "HSM1502", "HSM1504", "HSM1504", "HSM1508",
        "HSM1701", "HSM1701", "HSM1702",
    ];

    private static string SourceText(string uri) => File.ReadAllText(Path.Combine(Package.RepositoryRoot, uri));

    private JsonElement Run => reviews.SarifLog.RootElement.GetProperty("runs")[0];

    private IEnumerable<JsonElement> Results => Run.GetProperty("results").EnumerateArray();

    private IEnumerable<JsonElement> RdjsonDiagnostics => reviews.RdjsonResult.RootElement.GetProperty("diagnostics").EnumerateArray();

    [Fact]
    public async Task SarifPassesTheOfficialValidator()
    {
        Assert.Empty(await SarifValidator.ProblemsAsync(reviews.SarifPath));
    }

    [Fact]
    public void SarifIsWrittenToTheOutputFileOnly()
    {
        Assert.Equal("", reviews.Sarif.Output);
        Assert.Equal("", reviews.Sarif.Error);
        Assert.Equal([reviews.SarifPath], Directory.GetFiles(reviews.OutputDirectory, "*", SearchOption.AllDirectories).Where(path => !path.EndsWith(".validation.sarif", StringComparison.Ordinal)));
        Assert.Equal("2.1.0", reviews.SarifLog.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void SarifDescribesEveryRuleOfThePackage()
    {
        var descriptors = Package.Analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var driver = Run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("HsmAnalyzers", driver.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("version").GetString()));
        Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(descriptors.Select(d => d.Id), rules.Select(rule => rule.GetProperty("id").GetString()));
        foreach (var (descriptor, rule) in descriptors.Zip(rules))
        {
            Assert.Matches("^[A-Z][A-Za-z0-9]+$", rule.GetProperty("name").GetString());
            Assert.Equal(descriptor.Title.ToString(), rule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Equal(descriptor.Description.ToString(), rule.GetProperty("fullDescription").GetProperty("text").GetString());
            Assert.Equal(descriptor.HelpLinkUri, rule.GetProperty("helpUri").GetString());
            Assert.Equal(Level(descriptor.DefaultSeverity), rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
            Assert.Equal(descriptor.IsEnabledByDefault, rule.GetProperty("defaultConfiguration").GetProperty("enabled").GetBoolean());
        }
    }

    [Fact]
    public void SarifHasOneResultPerFindingWithItsRuleLevelAndLocation()
    {
        var rules = Run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal(new Uri(Package.RepositoryRoot + "/").AbsoluteUri, Run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
        Assert.Equal(RiskyFindings, Results.Select(result => result.GetProperty("ruleId").GetString()).Order(StringComparer.Ordinal));
        foreach (var result in Results)
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.False(result.TryGetProperty("suppressions", out _));
            // The sample's .globalconfig makes HSM1002 and HSM1003 warnings; the info rules stay notes.
            Assert.Equal(ruleId is "HSM1106" or "HSM1304" or "HSM1702" ? "note" : "warning", result.GetProperty("level").GetString());
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            var location = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            var uri = location.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            Assert.StartsWith(RiskyFolder, uri);
            Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
            AssertConsistentRegion(SourceText(uri), location.GetProperty("region"));
        }

        var zones = Results.Single(result => result.GetProperty("ruleId").GetString() == "HSM1201");
        Assert.Equal("AzureLocation.UKWest", Flagged(zones.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region")));
    }

    [Fact]
    public void SarifFingerprintsAreSetAndDistinct()
    {
        var fingerprints = Results.Select(result => result.GetProperty("partialFingerprints").GetProperty("hsmReview/v1").GetString()!).ToList();
        Assert.All(fingerprints, fingerprint => Assert.Matches("^[0-9a-f]{64}$", fingerprint));
        Assert.Equal(fingerprints.Count, fingerprints.Distinct().Count());
    }

    [Fact]
    public void SarifFixesAreTheRulesFirstFixesAsReplacements()
    {
        var withFixes = Results.Where(result => result.TryGetProperty("fixes", out _)).ToList();
        Assert.Equal(FixedInRiskySample, withFixes.Select(result => result.GetProperty("ruleId").GetString()).Order(StringComparer.Ordinal));
        foreach (var result in withFixes)
        {
            var fix = Assert.Single(result.GetProperty("fixes").EnumerateArray());
            Assert.False(string.IsNullOrEmpty(fix.GetProperty("description").GetProperty("text").GetString()));
            var change = Assert.Single(fix.GetProperty("artifactChanges").EnumerateArray());
            var uri = change.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            Assert.StartsWith(RiskyFolder, uri);
            Assert.NotEmpty(change.GetProperty("replacements").EnumerateArray());
            Assert.All(change.GetProperty("replacements").EnumerateArray(), replacement => AssertConsistentRegion(SourceText(uri), replacement.GetProperty("deletedRegion")));
        }

        var zones = withFixes.Single(result => result.GetProperty("ruleId").GetString() == "HSM1201");
        var fixedText = Apply(zones.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements"));
        Assert.Contains("new ManagedHsmData(AzureLocation.UKSouth)", fixedText);
        Assert.DoesNotContain("AzureLocation.UKWest", fixedText);
    }

    [Fact]
    public async Task RdjsonPassesTheValidator()
    {
        Assert.Empty(await RdjsonValidator.ProblemsAsync(reviews.RdjsonPath));
        Assert.Equal("", reviews.Rdjson.Output);
        Assert.Equal("", reviews.Rdjson.Error);
    }

    [Fact]
    public void RdjsonHasOneDiagnosticPerFindingWithItsRuleSeverityAndUtf8Range()
    {
        var rules = Run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var diagnostics = RdjsonDiagnostics.ToList();
        Assert.Equal("HsmAnalyzers", reviews.RdjsonResult.RootElement.GetProperty("source").GetProperty("name").GetString());
        Assert.Equal(Results.Count(), diagnostics.Count);
        foreach (var (result, diagnostic) in Results.Zip(diagnostics))
        {
            var code = diagnostic.GetProperty("code");
            Assert.Equal(result.GetProperty("ruleId").GetString(), code.GetProperty("value").GetString());
            Assert.Equal(rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("helpUri").GetString(), code.GetProperty("url").GetString());
            Assert.StartsWith(result.GetProperty("message").GetProperty("text").GetString()!, diagnostic.GetProperty("message").GetString());
            Assert.Equal(result.GetProperty("level").GetString() == "note" ? "INFO" : "WARNING", diagnostic.GetProperty("severity").GetString());

            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var path = location.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            Assert.Equal(path, diagnostic.GetProperty("location").GetProperty("path").GetString());
            var region = location.GetProperty("region");
            var range = diagnostic.GetProperty("location").GetProperty("range");
            var text = SourceText(path);
            Assert.Equal(region.GetProperty("charOffset").GetInt32(), Utf8Offset(text, range.GetProperty("start")));
            Assert.Equal(region.GetProperty("charOffset").GetInt32() + region.GetProperty("charLength").GetInt32(), Utf8Offset(text, range.GetProperty("end")));
        }
    }

    [Fact]
    public void RdjsonSuggestsEveryFixThatStaysOnTheFindingsLinesOnceALine()
    {
        var suggestedLines = new HashSet<(string, int)>();
        foreach (var (result, diagnostic) in Results.Zip(RdjsonDiagnostics))
        {
            var message = diagnostic.GetProperty("message").GetString()!;
            if (!result.TryGetProperty("fixes", out var fixes))
            {
                Assert.False(diagnostic.TryGetProperty("suggestions", out _));
                Assert.DoesNotContain("not suggested", message);
                continue;
            }

            var range = diagnostic.GetProperty("location").GetProperty("range");
            var (first, last) = (range.GetProperty("start").GetProperty("line").GetInt32(), range.GetProperty("end").GetProperty("line").GetInt32());
            var path = diagnostic.GetProperty("location").GetProperty("path").GetString()!;

            // On the finding's lines: a line inserted after the last one counts, as it may be written at its end.
            var staysOnItsLines = fixes[0].GetProperty("artifactChanges").EnumerateArray().All(change =>
                change.GetProperty("artifactLocation").GetProperty("uri").GetString() == path &&
                change.GetProperty("replacements").EnumerateArray().Select(replacement => replacement.GetProperty("deletedRegion")).All(deleted =>
                    deleted.GetProperty("startLine").GetInt32() >= first &&
                    (deleted.GetProperty("endLine").GetInt32() <= last ||
                        (deleted.GetProperty("endLine").GetInt32() == last + 1 && deleted.GetProperty("endColumn").GetInt32() == 1))));
            if (diagnostic.TryGetProperty("suggestions", out var suggestions))
            {
                Assert.True(staysOnItsLines, message);
                var suggestion = Assert.Single(suggestions.EnumerateArray()).GetProperty("range");
                var lines = Enumerable.Range(suggestion.GetProperty("start").GetProperty("line").GetInt32(), suggestion.GetProperty("end").GetProperty("line").GetInt32() - suggestion.GetProperty("start").GetProperty("line").GetInt32() + 1).ToList();
                Assert.All(lines, line => Assert.InRange(line, first, last));
                Assert.All(lines, line => Assert.True(suggestedLines.Add((path, line)), $"two suggestions on {path}:{line}"));
            }
            else
            {
                Assert.Contains(staysOnItsLines ? "not suggested: it changes a line that the suggestion for HSM" : "not suggested: it changes lines outside the finding", message);
                Assert.NotEmpty(diagnostic.GetProperty("related_locations").EnumerateArray());
            }
        }

        Assert.Equal(
            ["HSM1002", "HSM1003", "HSM1004", "HSM1102", "HSM1201", "HSM1204", "HSM1401", "HSM1402", "HSM1501", "HSM1502", "HSM1504", "HSM1508", "HSM1701", "HSM1701", "HSM1702"],
            RdjsonDiagnostics.Where(diagnostic => diagnostic.TryGetProperty("suggestions", out _)).Select(diagnostic => diagnostic.GetProperty("code").GetProperty("value").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void GithubFormatPrintsOneWorkflowCommandPerFinding()
    {
        var lines = reviews.Github.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(RiskyFindings.Length, lines.Length);
        Assert.All(lines, line => Assert.Matches(
            $"^::(warning|notice) file=samples/RiskyProvisioning/[A-Za-z]+\\.cs,line=\\d+,col=\\d+,endLine=\\d+,endColumn=\\d+,title=HSM\\d{{4}}::[^\\r\\n]+$", line));
        Assert.Contains(
            "::warning file=samples/RiskyProvisioning/HsmProvisioner.cs,line=26,col=39,endLine=26,endColumn=59,title=HSM1201::The Managed HSM is created in 'ukwest': the region has no availability zones; 'uksouth' is the zone-redundant region of the same geography",
            lines);
        Assert.Equal(1, lines.Count(line => line.StartsWith("::notice ", StringComparison.Ordinal) && line.Contains("title=HSM1304::", StringComparison.Ordinal)));
        Assert.Equal(1, reviews.Github.ExitCode);
        Assert.Equal("", reviews.Github.Error);
    }

    [Fact]
    public void TextListsTheFindingsAndASummary()
    {
        var lines = reviews.Text.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(RiskyFindings.Length + 1, lines.Length);
        Assert.Contains(
            "samples/RiskyProvisioning/HsmProvisioner.cs(26,39): warning HSM1201: The Managed HSM is created in 'ukwest': the region has no availability zones; 'uksouth' is the zone-redundant region of the same geography [fix available]",
            lines);
        Assert.Equal("36 findings: 0 errors, 33 warnings, 3 info; 0 suppressed; 22 with a fix; in 1 project.", lines[^1]);
        // Warnings only, and --fail-on is error by default; no progress on a redirected stderr.
        Assert.Equal(0, reviews.Text.ExitCode);
        Assert.Equal("", reviews.Text.Error);
    }

    [Fact]
    public void RecommendedSampleHasNothingToReport()
    {
        Assert.Equal("0 findings: 0 errors, 0 warnings, 0 info; 0 suppressed; 0 with a fix; in 1 project.\n", reviews.Recommended.Output);
        Assert.Equal(0, reviews.Recommended.ExitCode);
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>Line and column, and character offset and length, name the same text.</summary>
    private static void AssertConsistentRegion(string text, JsonElement region)
    {
        var start = Offset(text, region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32());
        var end = Offset(text, region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32());
        Assert.Equal(region.GetProperty("charOffset").GetInt32(), start);
        Assert.Equal(region.GetProperty("charLength").GetInt32(), end - start);
    }

    private static string Flagged(JsonElement region) =>
        SourceText(RiskySource).Substring(region.GetProperty("charOffset").GetInt32(), region.GetProperty("charLength").GetInt32());

    private static string Apply(JsonElement replacements) => replacements.EnumerateArray()
        .OrderByDescending(replacement => replacement.GetProperty("deletedRegion").GetProperty("charOffset").GetInt32())
        .Aggregate(SourceText(RiskySource), (text, replacement) => text
            .Remove(replacement.GetProperty("deletedRegion").GetProperty("charOffset").GetInt32(), replacement.GetProperty("deletedRegion").GetProperty("charLength").GetInt32())
            .Insert(replacement.GetProperty("deletedRegion").GetProperty("charOffset").GetInt32(), replacement.GetProperty("insertedContent").GetProperty("text").GetString()!));

    /// <summary>The character offset of an rdjson position, whose column counts UTF-8 bytes.</summary>
    private static int Utf8Offset(string text, JsonElement position) =>
        RdjsonSuggestions.Offset(text, position.GetProperty("line").GetInt32(), position.GetProperty("column").GetInt32());

    private static int Offset(string text, int line, int column)
    {
        var offset = 0;
        for (var i = 1; i < line; i++)
        {
            offset = text.IndexOf('\n', offset) + 1;
        }

        return offset + column - 1;
    }
}
