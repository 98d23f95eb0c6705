using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Review;

/// <summary>One diagnostic of the package's rules, as every report format shows it.</summary>
/// <param name="Path">The file, relative to the source root with '/' separators, or absolute when outside it.</param>
/// <param name="Fingerprint">Stable when unrelated lines move: rule, file, flagged text and occurrence.</param>
/// <param name="Suppression">Set when <c>#pragma</c> or <c>[SuppressMessage]</c> suppresses the finding.</param>
internal sealed record Finding(
    string RuleId,
    DiagnosticSeverity Severity,
    string Message,
    string Path,
    TextRegion Region,
    string Fingerprint,
    InSourceSuppression? Suppression,
    SuggestedFix? Fix);

/// <summary>1-based lines and columns; the end column is exclusive, as in SARIF.</summary>
internal sealed record TextRegion(int StartLine, int StartColumn, int EndLine, int EndColumn, int CharOffset, int CharLength);

internal sealed record InSourceSuppression(string? Justification);

internal sealed record SuggestedFix(string Description, ImmutableArray<FileChange> Changes);

internal sealed record FileChange(string Path, ImmutableArray<Replacement> Replacements);

internal sealed record Replacement(TextRegion DeletedRegion, string InsertedText);
