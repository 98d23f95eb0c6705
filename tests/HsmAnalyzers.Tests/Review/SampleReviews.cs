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

    /// <summary>Apart from the SARIF's folder, which holds the SARIF and its validation log only.</summary>
    public string RdjsonDirectory { get; } = Path.Combine(Path.GetTempPath(), "hsm-review-rdjson-" + Guid.NewGuid().ToString("N"));

    public string RdjsonPath => Path.Combine(RdjsonDirectory, "risky.rdjson");

    /// <summary><c>--format rdjson --output risky.rdjson --fail-on none</c></summary>
    internal ReviewRun Rdjson { get; private set; } = null!;

    internal JsonDocument RdjsonResult { get; private set; } = null!;

    /// <summary>The recommended sample, <c>--fail-on info</c>.</summary>
    internal ReviewRun Recommended { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(OutputDirectory);
        Directory.CreateDirectory(RdjsonDirectory);
        Sarif = await HsmReview.RunAsync(HsmReview.RiskySample, "--format", "sarif", "--output", SarifPath, "--fail-on", "none");
        Assert.True(Sarif.ExitCode == 0, Sarif.Error);
        SarifLog = JsonDocument.Parse(File.ReadAllText(SarifPath));
        Rdjson = await HsmReview.RunAsync(HsmReview.RiskySample, "--format", "rdjson", "--output", RdjsonPath, "--fail-on", "none");
        Assert.True(Rdjson.ExitCode == 0, Rdjson.Error);
        RdjsonResult = JsonDocument.Parse(File.ReadAllText(RdjsonPath));
        Github = await HsmReview.RunAsync(HsmReview.RiskySample, "--format", "github", "--fail-on", "warning");
        Text = await HsmReview.RunAsync(HsmReview.RiskySample);
        Recommended = await HsmReview.RunAsync(HsmReview.RecommendedSample, "--fail-on", "info");
    }

    public Task DisposeAsync()
    {
        SarifLog?.Dispose();
        RdjsonResult?.Dispose();
        Directory.Delete(OutputDirectory, recursive: true);
        Directory.Delete(RdjsonDirectory, recursive: true);
        return Task.CompletedTask;
    }
}
