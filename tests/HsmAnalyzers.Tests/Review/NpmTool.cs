using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using HsmAnalyzers.Tests.Infrastructure;

namespace HsmAnalyzers.Tests.Review;

/// <summary>A command-line validator from an npm package, which the test project's build installs under
/// <c>.tools/&lt;folder&gt;</c>; an environment variable points at another installed copy.</summary>
internal sealed class NpmTool(string description, string package, string folder, string command, string environmentVariable)
{
    private string Install => $"npm install --prefix .tools/{folder} {package}";

    private string ExecutablePath =>
        Environment.GetEnvironmentVariable(environmentVariable) is { Length: > 0 } configured
            ? configured
            : Path.Combine(Package.RepositoryRoot, ".tools", folder, "node_modules", ".bin", command);

    /// <summary>Runs the tool to its end; fails the test when it is not installed.</summary>
    public async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var executable = ExecutablePath;
        Assert.True(
            File.Exists(executable),
            $"The {description} is not installed at {executable}. Install it from the repository root with `{Install}`, or set {environmentVariable} to its {command}.");

        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
