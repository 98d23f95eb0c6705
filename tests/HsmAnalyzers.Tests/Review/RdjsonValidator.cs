using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;

namespace HsmAnalyzers.Tests.Review;

/// <summary>The Reviewdog Diagnostic Format validator, <c>rdformat-validator</c> from the npm package
/// <c>@umbrelladocs/rdformat-validator</c>, which the test project's build installs under <c>.tools/</c>, run in
/// its strict mode with no fields outside the format.</summary>
internal static class RdjsonValidator
{
    private static readonly NpmTool Tool = new(
        "rdjson validator", "@umbrelladocs/rdformat-validator@1.0.1", "rdformat-validator", "rdformat-validator", "HSM_RDFORMAT_VALIDATOR");

    /// <summary>The validator's errors and warnings on the file.</summary>
    public static async Task<string[]> ProblemsAsync(string rdjsonPath)
    {
        var (exitCode, output, error) = await Tool.RunAsync("--strict", "--no-extra-fields", "--format", "json", rdjsonPath);
        using var report = JsonDocument.Parse(output);
        var file = Assert.Single(report.RootElement.GetProperty("fileResults").EnumerateArray());
        var problems = file.TryGetProperty("errorDetails", out var details)
            ? details.EnumerateArray().Select(detail => detail.GetProperty("path").GetString() + ": " + detail.GetProperty("message").GetString()).ToList()
            : [];
        if (file.GetProperty("warnings").GetInt32() is > 0 and var warnings)
        {
            problems.Add($"{warnings} warning(s)");
        }

        Assert.True(exitCode == 0 || problems.Count > 0, $"rdformat-validator exited with {exitCode}: {error}");
        return [.. problems];
    }
}
