using HsmAnalyzers.Engine;

namespace HsmAnalyzers.Tests;

/// <summary>The ISO-8601 durations of HSM1503, read by hand since the regular expression went: the same answers.</summary>
public class IsoDurationTests
{
    [Theory]
    [InlineData("P90D", 90)]
    [InlineData("P2Y", 730)]
    [InlineData("P1Y6M", 545)]
    [InlineData("P4W", 28)]
    [InlineData("P11M", 330)]
    [InlineData("PT36H", 1.5)]
    [InlineData("PT672H", 28)]
    [InlineData("P1DT12H", 1.5)]
    [InlineData("PT1440M", 1)]
    [InlineData("PT86400S", 1)]
    [InlineData("P1Y2M3W4DT5H6M7S", 365 + 60 + 21 + 4 + (5 / 24.0) + (6 / 1440.0) + (7 / 86400.0))]
    [InlineData("P0D", 0)]
    [InlineData("P90D\n", 90)] // as the pattern's "$", which also matches before a final line feed
    public void ReadsADuration(string text, double days) =>
        Assert.Equal(days, IsoDuration.TryParseDays(text)!.Value, precision: 12);

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("P30")]
    [InlineData("90D")]
    [InlineData("p90d")]
    [InlineData("P1.5D")]
    [InlineData("P-1D")]
    [InlineData("P1M2Y")]
    [InlineData("P1D2D")]
    [InlineData("PT1D")]
    [InlineData(" P90D")]
    [InlineData("P90D ")]
    public void RejectsWhatIsNotOne(string text) => Assert.Null(IsoDuration.TryParseDays(text));
}
