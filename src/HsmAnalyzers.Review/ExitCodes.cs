namespace HsmAnalyzers.Review;

internal static class ExitCodes
{
    /// <summary>Nothing at or above <c>--fail-on</c>.</summary>
    public const int Clean = 0;

    /// <summary>Findings at or above <c>--fail-on</c>.</summary>
    public const int Findings = 1;

    /// <summary>Wrong arguments, or an input that could not be loaded.</summary>
    public const int Unusable = 2;
}
