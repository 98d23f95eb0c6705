using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using HsmAnalyzers.Tests.EndToEnd;
using HsmAnalyzers.Tests.Infrastructure;

namespace HsmAnalyzers.Tests.Review;

internal sealed record ReviewRun(int ExitCode, string Output, string Error);

/// <summary>Runs the built <c>hsm-review</c> as CI would: <c>dotnet hsm-review.dll …</c> in a clean environment, with
/// stdout and stderr redirected.</summary>
internal static class HsmReview
{
    /// <summary>The tool is built with the tests (a project reference) in the same configuration.</summary>
    public static string ToolPath { get; } = Path.Combine(
        Package.RepositoryRoot, "src", "HsmAnalyzers.Review", "bin",
        typeof(HsmReview).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration,
        "net10.0", "hsm-review.dll");

    public static string RiskySample { get; } = Path.Combine(Package.RepositoryRoot, "samples", "RiskyProvisioning", "RiskyProvisioning.csproj");

    public static string RecommendedSample { get; } = Path.Combine(Package.RepositoryRoot, "samples", "RecommendedProvisioning", "RecommendedProvisioning.csproj");

    public static async Task<ReviewRun> RunInAsync(string workingDirectory, params string[] arguments)
    {
        Assert.True(File.Exists(ToolPath), $"hsm-review is not built at {ToolPath}");
        var (exitCode, output, error) = await DotnetCli.RunSeparatelyAsync(workingDirectory, [ToolPath, .. arguments]);
        return new ReviewRun(exitCode, output, error);
    }

    public static Task<ReviewRun> RunAsync(params string[] arguments) => RunInAsync(Package.RepositoryRoot, arguments);

    /// <summary>The stderr of a run that must fail with exit code 2: one line naming the tool, no stack trace.</summary>
    public static void AssertUnusable(ReviewRun run, string expectedReason)
    {
        Assert.True(run.ExitCode == 2, $"exit code {run.ExitCode}\n{run.Output}\n{run.Error}");
        Assert.Equal("", run.Output);
        var lines = run.Error.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("hsm-review: ", line);
        Assert.Contains(expectedReason, line);
        Assert.DoesNotContain(" at ", lines.Single(), System.StringComparison.Ordinal);
    }
}
