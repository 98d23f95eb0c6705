using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace HsmAnalyzers.Review;

/// <summary>A fix as one edit within the finding's own lines, which a review bot can post as a suggested change on
/// the finding's comment: GitHub and GitLab suggestions replace the lines the comment is on, and nothing else.</summary>
/// <remarks>The fix's replacements in the finding's file become one edit, from the first replaced character to the
/// last, the text between them kept. When that edit reaches past the finding's lines only by a line break (a line
/// inserted after the finding's last line, or the finding's own lines deleted), it is written as the same change
/// within the lines: the insertion moves to the end of the line before, the deletion becomes one of whole lines.
/// A fix that changes other lines or other files has no such edit.</remarks>
internal static class OwnLineEdits
{
    public static LineEdit? Of(SuggestedFix fix, string path, TextRegion finding, SourceText text)
    {
        if (fix.Changes is not [var change] || change.Path != path || change.Replacements.IsEmpty)
        {
            return null;
        }

        var replacements = change.Replacements.OrderBy(replacement => replacement.DeletedRegion.CharOffset).ToList();
        var start = replacements[0].DeletedRegion.CharOffset;
        var end = replacements.Max(replacement => replacement.DeletedRegion.CharOffset + replacement.DeletedRegion.CharLength);
        var inserted = new StringBuilder();
        var position = start;
        foreach (var replacement in replacements)
        {
            inserted.Append(text.ToString(TextSpan.FromBounds(position, replacement.DeletedRegion.CharOffset))).Append(replacement.InsertedText);
            position = replacement.DeletedRegion.CharOffset + replacement.DeletedRegion.CharLength;
        }

        inserted.Append(text.ToString(TextSpan.FromBounds(position, end)));
        return Within(text, finding, TextSpan.FromBounds(start, end), inserted.ToString());
    }

    private static LineEdit? Within(SourceText text, TextRegion finding, TextSpan span, string inserted)
    {
        var firstLine = finding.StartLine - 1;
        var lastLine = finding.EndLine - 1;
        var startLine = text.Lines.GetLineFromPosition(span.Start).LineNumber;
        var endLine = text.Lines.GetLineFromPosition(span.End).LineNumber;
        if (firstLine <= startLine && endLine <= lastLine)
        {
            return new LineEdit(FindingFactory.Region(text, span), WholeLines: false, inserted);
        }

        // The whole lines around the edit, also the line before a position at the start of a line: the edit there
        // may as well be at the end of the line before, after its line break.
        int[] starts = span.Start == text.Lines[startLine].Start && startLine > 0 ? [startLine, startLine - 1] : [startLine];
        int[] ends = span.End == text.Lines[endLine].Start && endLine > 0 ? [endLine, endLine - 1] : [endLine];

        foreach (var (first, last) in starts.SelectMany(first => ends.Select(last => (first, last))))
        {
            if (first > last || first < firstLine || last > lastLine)
            {
                continue;
            }

            var lines = TextSpan.FromBounds(text.Lines[first].Start, text.Lines[last].EndIncludingLineBreak);
            var replaced = text.ToString(TextSpan.FromBounds(lines.Start, span.Start)) + inserted + text.ToString(TextSpan.FromBounds(span.End, lines.End));
            if (replaced.Length == 0)
            {
                return new LineEdit(FindingFactory.Region(text, TextSpan.FromBounds(lines.Start, text.Lines[last].End)), WholeLines: true, "");
            }

            // The lines' last line break stays: the edit is within the lines when the new text ends with the same.
            var lineBreak = text.ToString(TextSpan.FromBounds(text.Lines[last].End, text.Lines[last].EndIncludingLineBreak));
            if (replaced.EndsWith(lineBreak, System.StringComparison.Ordinal))
            {
                return Minimal(text, TextSpan.FromBounds(lines.Start, text.Lines[last].End), replaced[..^lineBreak.Length]);
            }
        }

        return null;
    }

    /// <summary>The replacement of <paramref name="span"/> by <paramref name="replacement"/> without the text they
    /// start and end with.</summary>
    private static LineEdit Minimal(SourceText text, TextSpan span, string replacement)
    {
        var old = text.ToString(span);
        var prefix = 0;
        while (prefix < old.Length && prefix < replacement.Length && old[prefix] == replacement[prefix])
        {
            prefix++;
        }

        if (prefix > 0 && char.IsHighSurrogate(old[prefix - 1]))
        {
            prefix--;
        }

        var suffix = 0;
        while (suffix < old.Length - prefix && suffix < replacement.Length - prefix && old[^(suffix + 1)] == replacement[^(suffix + 1)])
        {
            suffix++;
        }

        if (suffix > 0 && char.IsLowSurrogate(old[^suffix]))
        {
            suffix--;
        }

        return new LineEdit(
            FindingFactory.Region(text, TextSpan.FromBounds(span.Start + prefix, span.End - suffix)),
            WholeLines: false,
            replacement[prefix..^suffix]);
    }
}
