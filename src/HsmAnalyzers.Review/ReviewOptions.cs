namespace HsmAnalyzers.Review;

internal enum ReportFormat
{
    Text,
    Sarif,
    Github,
    Rdjson,
    Diff,
}

/// <summary>The lowest severity that makes the exit code 1; <see cref="None"/> never does.</summary>
internal enum FailOn
{
    Info,
    Warning,
    Error,
    None,
}

internal sealed record ReviewOptions(string InputPath, ReportFormat Format, string? OutputPath, string? DiffBase, bool Fix, FailOn FailOn);
