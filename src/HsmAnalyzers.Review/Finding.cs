using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Review;

/// <summary>One diagnostic of the package's rules, as every report format shows it.</summary>
/// <param name="Path">The file, relative to the source root with '/' separators, or absolute when outside it.</param>
/// <param name="Fingerprint">Stable when unrelated lines move: rule, file, flagged text and occurrence.</param>
/// <param name="Suppression">Set when <c>#pragma</c> or <c>[SuppressMessage]</c> suppresses the finding.</param>
/// <param name="RelatedLocations">The diagnostic's additional locations in source (a whole-project rule's other places).</param>
/// <param name="FixOnOwnLines">The fix as one edit within the finding's lines, when it is one (see <see cref="OwnLineEdits"/>).</param>
internal sealed record Finding(
    string RuleId,
    DiagnosticSeverity Severity,
    string Message,
    string Path,
    TextRegion Region,
    string Fingerprint,
    InSourceSuppression? Suppression,
    SuggestedFix? Fix,
    ImmutableArray<CodeLocation> RelatedLocations,
    LineEdit? FixOnOwnLines);

/// <summary>1-based lines and columns; the end column is exclusive, as in SARIF. Columns count UTF-16 code units
/// (SARIF's <c>utf16CodeUnits</c>), the UTF-8 columns count bytes (reviewdog's rdjson).</summary>
internal sealed record TextRegion(int StartLine, int StartColumn, int EndLine, int EndColumn, int CharOffset, int CharLength, int StartUtf8Column, int EndUtf8Column);

internal sealed record CodeLocation(string Path, TextRegion Region);

/// <summary>One replacement in the finding's file that does what the whole fix does.</summary>
/// <param name="WholeLines">The replaced range is lines <see cref="TextRegion.StartLine"/> to
/// <see cref="TextRegion.EndLine"/> with their line breaks (a deletion of whole lines), not the region's columns.</param>
internal sealed record LineEdit(TextRegion Range, bool WholeLines, string Text);

internal sealed record InSourceSuppression(string? Justification);

internal sealed record SuggestedFix(string Description, ImmutableArray<FileChange> Changes);

internal sealed record FileChange(string Path, ImmutableArray<Replacement> Replacements);

internal sealed record Replacement(TextRegion DeletedRegion, string InsertedText);
