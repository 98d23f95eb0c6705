using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using HsmAnalyzers.Tests.Infrastructure;

namespace HsmAnalyzers.Tests.Review;

/// <summary>The Reviewdog Diagnostic Format validator, <c>rdformat-validator</c> from the npm package
/// <c>@umbrelladocs/rdformat-validator</c>, which the test project's build installs under <c>.tools/</c>, run in
/// its strict mode with no fields outside the format.</summary>
internal static class RdjsonValidator
{
    public const string Install = "npm install --prefix .tools/rdformat-validator @umbrelladocs/rdformat-validator@1.0.1";

    private static string ExecutablePath =>
        Environment.GetEnvironmentVariable("HSM_RDFORMAT_VALIDATOR") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Package.RepositoryRoot, ".tools", "rdformat-validator", "node_modules", ".bin", "rdformat-validator");

    /// <summary>The validator's errors and warnings on the file.</summary>
    public static async Task<string[]> ProblemsAsync(string rdjsonPath)
    {
        var executable = ExecutablePath;
        Assert.True(
            File.Exists(executable),
            $"The rdjson validator is not installed at {executable}. Install it from the repository root with `{Install}`, or set HSM_RDFORMAT_VALIDATOR to its rdformat-validator.");

        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--strict", "--no-extra-fields", "--format", "json", rdjsonPath })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        using var report = JsonDocument.Parse(await output);
        var file = Assert.Single(report.RootElement.GetProperty("fileResults").EnumerateArray());
        var problems = file.TryGetProperty("errorDetails", out var details)
            ? details.EnumerateArray().Select(detail => detail.GetProperty("path").GetString() + ": " + detail.GetProperty("message").GetString()).ToList()
            : [];
        if (file.GetProperty("warnings").GetInt32() is > 0 and var warnings)
        {
            problems.Add($"{warnings} warning(s)");
        }

        Assert.True(process.ExitCode == 0 || problems.Count > 0, $"rdformat-validator exited with {process.ExitCode}: {await error}");
        return [.. problems];
    }
}
