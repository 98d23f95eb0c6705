using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;

namespace HsmAnalyzers.Tests.Review;

/// <summary>The official SARIF validator, <c>sarif-multitool validate</c> from the npm package
/// <c>@microsoft/sarif-multitool</c>, which the test project's build installs under <c>.tools/</c>.</summary>
internal static class SarifValidator
{
    private static readonly NpmTool Tool = new(
        "SARIF validator", "@microsoft/sarif-multitool@5.7.0", "sarif-multitool", "sarif-multitool", "HSM_SARIF_MULTITOOL");

    /// <summary>The validator's errors and warnings on the file (its exit code is 0 either way, so its log is read).</summary>
    public static async Task<string[]> ProblemsAsync(string sarifPath)
    {
        var log = Path.Combine(Path.GetDirectoryName(sarifPath)!, Path.GetFileNameWithoutExtension(sarifPath) + ".validation.sarif");
        var (exitCode, output, error) = await Tool.RunAsync("validate", sarifPath, "--output", log, "--log", "ForceOverwrite");
        Assert.True(exitCode == 0 && File.Exists(log), $"sarif-multitool failed ({exitCode}): {output}{error}");

        using var validation = JsonDocument.Parse(File.ReadAllText(log));
        var run = validation.RootElement.GetProperty("runs")[0];
        Assert.Equal("Sarif.Multitool", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        return run.TryGetProperty("results", out var results)
            ? results.EnumerateArray()
                .Where(result => !result.TryGetProperty("level", out var level) || level.GetString() is "error" or "warning")
                .Select(result => result.GetProperty("ruleId").GetString() + ": " + result.GetProperty("message").ToString())
                .ToArray()
            : [];
    }
}
