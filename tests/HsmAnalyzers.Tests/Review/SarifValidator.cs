using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using HsmAnalyzers.Tests.Infrastructure;

namespace HsmAnalyzers.Tests.Review;

/// <summary>The official SARIF validator, <c>sarif-multitool validate</c> from the npm package
/// <c>@microsoft/sarif-multitool</c>, which the test project's build installs under <c>.tools/</c>.</summary>
internal static class SarifValidator
{
    public const string Install = "npm install --prefix .tools/sarif-multitool @microsoft/sarif-multitool@5.7.0";

    private static string ExecutablePath =>
        Environment.GetEnvironmentVariable("HSM_SARIF_MULTITOOL") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Package.RepositoryRoot, ".tools", "sarif-multitool", "node_modules", ".bin", "sarif-multitool");

    /// <summary>The validator's errors and warnings on the file (its exit code is 0 either way, so its log is read).</summary>
    public static async Task<string[]> ProblemsAsync(string sarifPath)
    {
        var executable = ExecutablePath;
        Assert.True(
            File.Exists(executable),
            $"The SARIF validator is not installed at {executable}. Install it from the repository root with `{Install}`, or set HSM_SARIF_MULTITOOL to its sarif-multitool.");

        var log = Path.Combine(Path.GetDirectoryName(sarifPath)!, Path.GetFileNameWithoutExtension(sarifPath) + ".validation.sarif");
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "validate", sarifPath, "--output", log, "--log", "ForceOverwrite" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0 && File.Exists(log), $"sarif-multitool failed ({process.ExitCode}): {await output}{await error}");

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
