using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using HsmAnalyzers.Tests.EndToEnd;

namespace HsmAnalyzers.Tests.Review;

/// <summary>hsm-review on temporary copies of the risky sample that the tests edit, commit, fix and build.</summary>
public sealed class ReviewOnCopiesTests
{
    /// <summary>The rules whose fixes --fix applies to the copy of the risky sample's HsmProvisioner.cs, with how many findings each.</summary>
    private static readonly (string Id, int Count)[] FixedRules =
    [
        ("HSM1001", 1), ("HSM1002", 1), ("HSM1003", 1), ("HSM1004", 1), ("HSM1102", 1), ("HSM1201", 1), ("HSM1204", 1), ("HSM1205", 1),
        ("HSM1401", 2), ("HSM1501", 1), ("HSM1502", 1), ("HSM1504", 1),
    ];

    [Fact]
    public async Task FingerprintsStayTheSameWhenLinesAboveMove()
    {
        using var copy = await SampleCopy.CreateAsync();
        var before = await SarifResultsAsync(copy);
        File.WriteAllText(copy.SourcePath, "\n" + File.ReadAllText(copy.SourcePath));
        var after = await SarifResultsAsync(copy);

        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, pair => Assert.Equal(pair.Value + 1, after[pair.Key]));
    }

    [Fact]
    public async Task SeverityConfigurationAndInSourceSuppressionsApply()
    {
        // Without the sample's .globalconfig, HSM1002 and HSM1003 are errors again.
        using var copy = await SampleCopy.CreateAsync(withGlobalConfig: false);
        copy.Edit("using System;\n", "using System;\nusing System.Diagnostics.CodeAnalysis;\n");
        copy.Edit(
            "    public async Task CleanUpAsync(",
            "#pragma warning disable HSM1005 // Test environments are purged on purpose\n    public async Task CleanUpAsync(");
        copy.Edit(
            "    public ManagedHsmResource Relax(",
            "    [SuppressMessage(\"Recovery\", \"HSM1002:Do not disable soft delete on a Managed HSM\", Justification = \"Dev/test HSM\")]\n    public ManagedHsmResource Relax(");

        var sarif = await HsmReview.RunInAsync(copy.Root, copy.ProjectPath, "--format", "sarif");
        Assert.True(sarif.ExitCode == 1, sarif.Error);
        using var log = JsonDocument.Parse(sarif.Output);
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        JsonElement Result(string ruleId) => results.First(result => result.GetProperty("ruleId").GetString() == ruleId);

        Assert.Equal("error", Result("HSM1003").GetProperty("level").GetString());
        Assert.False(Result("HSM1003").TryGetProperty("suppressions", out _));
        var softDelete = Assert.Single(Result("HSM1002").GetProperty("suppressions").EnumerateArray());
        Assert.Equal("inSource", softDelete.GetProperty("kind").GetString());
        Assert.Equal("Dev/test HSM", softDelete.GetProperty("justification").GetString());
        Assert.False(Result("HSM1002").TryGetProperty("fixes", out _));
        var purges = results.Where(result => result.GetProperty("ruleId").GetString() == "HSM1005").ToList();
        Assert.Equal(2, purges.Count);
        Assert.All(purges, purge => Assert.Equal("inSource", Assert.Single(purge.GetProperty("suppressions").EnumerateArray()).GetProperty("kind").GetString()));

        var text = await HsmReview.RunInAsync(copy.Root, copy.ProjectPath, "--fail-on", "none");
        Assert.Equal(0, text.ExitCode);
        Assert.EndsWith("20 findings: 1 error, 17 warnings, 2 info; 3 suppressed; 12 with a fix; in 1 project.\n", text.Output);
        Assert.DoesNotContain("HSM1005", text.Output);
    }

    [Fact]
    public async Task DiffBaseReportsOnlyTheChangedLines()
    {
        using var copy = await SampleCopy.CreateAsync(inGitRepository: true);
        copy.Edit("SoftDeleteRetentionInDays = 365;    // HSM1003", "SoftDeleteRetentionInDays = 400;    // HSM1003, longer still");

        var text = await HsmReview.RunInAsync(copy.Root, copy.ProjectPath, "--diff-base", "HEAD");
        Assert.True(text.ExitCode == 0, text.Error);
        Assert.Equal(
            "Risky/HsmProvisioner.cs(46,9): warning HSM1003: SoftDeleteRetentionInDays is 400; Managed HSM accepts 7 to 90 days [fix available]\n" +
            "1 finding: 0 errors, 1 warning, 0 info; 0 suppressed; 1 with a fix; in 1 project, on lines changed since HEAD.\n",
            text.Output);

        var github = await HsmReview.RunInAsync(copy.Root, copy.ProjectPath, "--diff-base", "HEAD", "--format", "github", "--fail-on", "warning");
        Assert.Equal(1, github.ExitCode);
        Assert.Equal(
            "::warning file=Risky/HsmProvisioner.cs,line=46,col=9,endLine=46,endColumn=56,title=HSM1003::SoftDeleteRetentionInDays is 400; Managed HSM accepts 7 to 90 days\n",
            github.Output);

        await copy.CommitAsync("Longer retention");
        var unchanged = await HsmReview.RunInAsync(copy.Root, copy.ProjectPath, "--diff-base", "HEAD", "--fail-on", "info");
        Assert.Equal(0, unchanged.ExitCode);
        Assert.StartsWith("0 findings:", unchanged.Output);

        HsmReview.AssertUnusable(await HsmReview.RunInAsync(copy.Root, copy.ProjectPath, "--diff-base", "no-such-ref"), "git diff no-such-ref failed");
    }

    [Fact]
    public async Task FixAppliesEveryFixAndTheResultBuilds()
    {
        using var copy = await SampleCopy.CreateAsync();
        var fix = await HsmReview.RunInAsync(copy.Root, copy.ProjectPath, "--fix", "--fail-on", "info");
        Assert.True(fix.ExitCode == 1, fix.Error);
        var lines = fix.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Outside a git work tree, paths are relative to the project's folder.
        Assert.Equal(
            FixedRules.Select(rule => $"fixed {rule.Count} {rule.Id} finding{(rule.Count == 1 ? "" : "s")} in HsmProvisioner.cs"),
            lines.Where(line => line.StartsWith("fixed ", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, line => FixedRules.Any(rule => line.Contains($" {rule.Id}: ", StringComparison.Ordinal)));
        Assert.Equal("10 findings: 0 errors, 8 warnings, 2 info; 0 suppressed; 0 with a fix; in 1 project.", lines[^1]);

        var source = File.ReadAllText(copy.SourcePath);
        Assert.Contains("EnablePurgeProtection = true", source);
        Assert.Contains("new ManagedHsmData(AzureLocation.UKSouth)", source);

        var build = await DotnetCli.RunAsync(copy.Root, "build", copy.ProjectPath, "-nodeReuse:false");
        Assert.True(build.ExitCode == 0, build.Output);

        var again = await HsmReview.RunInAsync(copy.Root, copy.ProjectPath, "--fix", "--format", "github");
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Equal("", again.Error);
        Assert.Equal(source, File.ReadAllText(copy.SourcePath));
        Assert.DoesNotContain(again.Output.Split('\n'), line => FixedRules.Any(rule => line.Contains($"title={rule.Id}::", StringComparison.Ordinal)));
    }

    /// <param name="crlfByteOrderMarkAndNonAscii">The source with CRLF line breaks, a UTF-8 byte order mark, no final
    /// line break, and characters of two and four UTF-8 bytes before a finding on its line.</param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SuggestionsAndTheDiffGiveWhatFixGives(bool crlfByteOrderMarkAndNonAscii)
    {
        using var copy = await SampleCopy.CreateAsync(inGitRepository: true);
        if (crlfByteOrderMarkAndNonAscii)
        {
            copy.Edit("        var data = new ManagedHsmData(AzureLocation.UKWest)", "        /* é𐐀 */ var data = new ManagedHsmData(AzureLocation.UKWest)");
            File.WriteAllText(copy.SourcePath, File.ReadAllText(copy.SourcePath).TrimEnd('\n').ReplaceLineEndings("\r\n"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            await copy.CommitAsync("CRLF, a byte order mark and non-ASCII characters");
        }

        var original = File.ReadAllBytes(copy.SourcePath);
        var fix = await HsmReview.RunInAsync(copy.Root, copy.ProjectPath, "--fix", "--fail-on", "none");
        Assert.True(fix.ExitCode == 0, fix.Error);
        var fixedText = File.ReadAllBytes(copy.SourcePath);
        Assert.NotEqual(original, fixedText);
        await copy.GitAsync("checkout", "--", ".");

        // The diff, applied by git, is what --fix writes; the run changes nothing itself.
        var diff = await HsmReview.RunInAsync(copy.Root, copy.ProjectPath, "--format", "diff", "--fail-on", "none");
        Assert.True(diff.ExitCode == 0 && diff.Error == "", diff.Error);
        Assert.StartsWith("diff --git a/Risky/HsmProvisioner.cs b/Risky/HsmProvisioner.cs\n--- a/Risky/HsmProvisioner.cs\n+++ b/Risky/HsmProvisioner.cs\n@@ ", diff.Output);
        Assert.Equal(original, File.ReadAllBytes(copy.SourcePath));
        var patch = Path.Combine(Path.GetTempPath(), $"hsm-review-{Guid.NewGuid():N}.patch");
        try
        {
            File.WriteAllText(patch, diff.Output);
            await copy.GitAsync("apply", "--check", patch);
            await copy.GitAsync("apply", patch);
        }
        finally
        {
            File.Delete(patch);
        }

        Assert.Equal(fixedText, File.ReadAllBytes(copy.SourcePath));
        await copy.GitAsync("checkout", "--", ".");

        // Every suggestion committed, then --fix: it has only the fixes that were not suggested left to make, and
        // ends where --fix alone ends.
        var rdjson = await HsmReview.RunInAsync(copy.Root, copy.ProjectPath, "--format", "rdjson", "--fail-on", "none");
        Assert.True(rdjson.ExitCode == 0, rdjson.Error);
        using var result = JsonDocument.Parse(rdjson.Output);
        var diagnostics = result.RootElement.GetProperty("diagnostics");
        var source = File.ReadAllText(copy.SourcePath);
        var suggested = RdjsonSuggestions.Apply(source, diagnostics, "Risky/HsmProvisioner.cs");
        Assert.NotEqual(source, suggested);
        File.WriteAllText(copy.SourcePath, suggested, new UTF8Encoding(encoderShouldEmitUTF8Identifier: crlfByteOrderMarkAndNonAscii));

        var rest = await HsmReview.RunInAsync(copy.Root, copy.ProjectPath, "--fix", "--fail-on", "none");
        Assert.True(rest.ExitCode == 0, rest.Error);
        Assert.Equal(fixedText, File.ReadAllBytes(copy.SourcePath));
        var notSuggested = diagnostics.EnumerateArray()
            .Where(diagnostic => diagnostic.GetProperty("message").GetString()!.Contains("is not suggested", StringComparison.Ordinal))
            .GroupBy(diagnostic => diagnostic.GetProperty("code").GetProperty("value").GetString())
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => $"fixed {group.Count()} {group.Key} finding{(group.Count() == 1 ? "" : "s")} in Risky/HsmProvisioner.cs");
        Assert.Equal(notSuggested, rest.Output.Split('\n').Where(line => line.StartsWith("fixed ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task CommandLineIsSystemCommandLinesWithOneLineReasons()
    {
        var folder = Path.Combine(Path.GetTempPath(), "hsm-review-arguments-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var project = Path.Combine(folder, "Missing.csproj");
            HsmReview.AssertUnusable(await HsmReview.RunInAsync(folder, project, "--fix", "--fix"), "--fix is given more than once");
            HsmReview.AssertUnusable(await HsmReview.RunInAsync(folder, project, "--format", "sarif", "--format", "text"), "'--format'");
            HsmReview.AssertUnusable(await HsmReview.RunInAsync(folder, project, "--fix=yes"), "--fix takes no value");
            HsmReview.AssertUnusable(await HsmReview.RunInAsync(folder, project, "--output"), "'--output'");
            HsmReview.AssertUnusable(await HsmReview.RunInAsync(folder, project, "--diff-base", "-p"), "--diff-base '-p' is not a git reference");
            HsmReview.AssertUnusable(await HsmReview.RunInAsync(folder, project, "Other.csproj"), $"one input path expected, got '{project}' and 'Other.csproj'");
            HsmReview.AssertUnusable(await HsmReview.RunInAsync(folder, "--version", project), "--version");

            // A response file is read as the arguments it holds.
            var arguments = Path.Combine(folder, "review.rsp");
            File.WriteAllText(arguments, $"{project}\n--format rdjson\n--fail-on warning\n");
            HsmReview.AssertUnusable(await HsmReview.RunInAsync(folder, $"@{arguments}"), $"{project} does not exist");
            File.WriteAllText(arguments, "--format yaml\n");
            HsmReview.AssertUnusable(await HsmReview.RunInAsync(folder, project, $"@{arguments}"), "unknown --format 'yaml' (expected text, sarif, github, rdjson or diff)");

            var version = await HsmReview.RunInAsync(folder, "--version");
            Assert.Equal(0, version.ExitCode);
            Assert.Matches(@"^\d+\.\d+\.\d+\S*\n$", version.Output);

            var help = await HsmReview.RunInAsync(folder, "--help");
            Assert.Equal(0, help.ExitCode);
            Assert.Equal("", help.Error);
            Assert.Contains("Usage:\n  hsm-review [<path>] [options]", help.Output);
            Assert.Equal(help.Output, (await HsmReview.RunInAsync(folder, "-h")).Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task UnusableInputExitsWithTwoAndOneLine()
    {
        var folder = Path.Combine(Path.GetTempPath(), "hsm-review-broken-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var report = Path.Combine(folder, "report.sarif");
            var missing = Path.Combine(folder, "Missing.csproj");
            HsmReview.AssertUnusable(await HsmReview.RunInAsync(folder, missing, "--format", "sarif", "--output", report), $"{missing} does not exist");
            Assert.False(File.Exists(report));

            var broken = Path.Combine(folder, "Broken.csproj");
            File.WriteAllText(broken, "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n</Project>\n");
            HsmReview.AssertUnusable(await HsmReview.RunInAsync(folder, broken, "--format", "sarif", "--output", report), $"{broken} could not be loaded");
            Assert.Equal([broken], Directory.GetFiles(folder));

            HsmReview.AssertUnusable(await HsmReview.RunInAsync(folder, broken, "--diff-base", "HEAD"), "--diff-base needs the input in a git work tree");
            HsmReview.AssertUnusable(await HsmReview.RunInAsync(folder, broken, "--format", "xml"), "unknown --format 'xml'");
            HsmReview.AssertUnusable(await HsmReview.RunInAsync(folder, broken, "--fail-on", "sometimes"), "unknown --fail-on 'sometimes'");
            HsmReview.AssertUnusable(await HsmReview.RunInAsync(folder, broken, "--fixes"), "unknown option '--fixes'");
            HsmReview.AssertUnusable(await HsmReview.RunInAsync(folder), "no input");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Each result's fingerprint and start line.</summary>
    private static async Task<System.Collections.Generic.Dictionary<string, int>> SarifResultsAsync(SampleCopy copy)
    {
        var run = await HsmReview.RunInAsync(copy.Root, copy.ProjectPath, "--format", "sarif");
        Assert.True(run.ExitCode == 0, run.Error);
        using var log = JsonDocument.Parse(run.Output);
        return log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToDictionary(
            result => result.GetProperty("partialFingerprints").GetProperty("hsmReview/v1").GetString()!,
            result => result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }
}
