using System;
using System.IO;
using System.Threading.Tasks;
using HsmAnalyzers.Tests.Infrastructure;

namespace HsmAnalyzers.Tests.Review;

/// <summary>docs/review.md shows the tool's real <c>--help</c>.</summary>
public sealed class ReviewDocsTests
{
    private const string Marker = "<!-- hsm-review --help -->\n```text\n";

    [Fact]
    public async Task UsageBlockIsTheHelpTheToolPrints()
    {
        var page = File.ReadAllText(Path.Combine(Package.RepositoryRoot, "docs", "review.md")).ReplaceLineEndings("\n");
        var start = page.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/review.md has no usage block after `{Marker.Trim()}`");
        start += Marker.Length;
        var usage = page[start..page.IndexOf("```", start, StringComparison.Ordinal)];

        var help = await HsmReview.RunAsync("--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Equal(help.Output.TrimEnd('\n') + "\n", usage);
    }
}
