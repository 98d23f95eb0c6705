using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;

namespace HsmAnalyzers.Tests.Review;

/// <summary>The tool's runs on the repository's samples, made once and shared by the report tests: each run loads
/// the sample with MSBuildWorkspace, which takes seconds. The runs go one after another, so that no two design-time
/// builds of the same projects overlap.</summary>
public sealed class SampleReviews : IAsyncLifetime
{
    public string OutputDirectory { get; } = Path.Combine(Path.GetTempPath(), "hsm-review-reports-" + Guid.NewGuid().ToString("N"));

    public string SarifPath => Path.Combine(OutputDirectory, "risky.sarif");

    /// <summary><c>--format sarif --output risky.sarif --fail-on none</c></summary>
    internal ReviewRun Sarif { get; private set; } = null!;

    internal JsonDocument SarifLog { get; private set; } = null!;

    /// <summary><c>--format github --fail-on warning</c></summary>
    internal ReviewRun Github { get; private set; } = null!;

    /// <summary>The defaults: text, failing on errors.</summary>
    internal ReviewRun Text { get; private set; } = null!;

    /// <summary>The recommended sample, <c>--fail-on info</c>.</summary>
    internal ReviewRun Recommended { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(OutputDirectory);
        Sarif = await HsmReview.RunAsync(HsmReview.RiskySample, "--format", "sarif", "--output", SarifPath, "--fail-on", "none");
        Assert.True(Sarif.ExitCode == 0, Sarif.Error);
        SarifLog = JsonDocument.Parse(File.ReadAllText(SarifPath));
        Github = await HsmReview.RunAsync(HsmReview.RiskySample, "--format", "github", "--fail-on", "warning");
        Text = await HsmReview.RunAsync(HsmReview.RiskySample);
        Recommended = await HsmReview.RunAsync(HsmReview.RecommendedSample, "--fail-on", "info");
    }

    public Task DisposeAsync()
    {
        SarifLog?.Dispose();
        Directory.Delete(OutputDirectory, recursive: true);
        return Task.CompletedTask;
    }
}
