using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace HsmAnalyzers.Review;

/// <summary>The fixes as a unified diff in git's format, paths relative to the source root (<c>a/</c> and <c>b/</c>
/// prefixes, three lines of context), which <c>git apply</c> applies from the root of the work tree.</summary>
internal static class UnifiedDiff
{
    private const int ContextLines = 3;

    public static async Task<string> WriteAsync(Solution before, Solution after, SourceRoot root, CancellationToken cancellationToken)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var changed = after.GetChanges(before).GetProjectChanges().SelectMany(project => project.GetChangedDocuments(onlyGetDocumentsWithTextChanges: true));
        foreach (var documentId in changed)
        {
            var oldDocument = before.GetDocument(documentId)!;
            var path = root.Relative(oldDocument.FilePath!) ?? oldDocument.FilePath!;
            if (!files.ContainsKey(path))
            {
                var oldText = await oldDocument.GetTextAsync(cancellationToken).ConfigureAwait(false);
                var changes = await after.GetDocument(documentId)!.GetTextChangesAsync(oldDocument, cancellationToken).ConfigureAwait(false);
                files[path] = File(path, oldText, changes, StartsWithByteOrderMark(oldDocument.FilePath!));
            }
        }

        return string.Concat(files.Values);
    }

    private static string File(string path, SourceText text, IEnumerable<TextChange> changes, bool byteOrderMark)
    {
        var edits = Edits(text, changes);
        if (edits.Count == 0)
        {
            return "";
        }

        // The byte order mark is part of the first line for git, and a fix keeps it.
        string Line(int line) => (line == 0 && byteOrderMark ? "\uFEFF" : "") + text.ToString(text.Lines[line].SpanIncludingLineBreak);

        var diff = new StringBuilder()
            .Append($"diff --git a/{path} b/{path}\n")
            .Append($"--- a/{path}\n")
            .Append($"+++ b/{path}\n");
        var delta = 0;
        for (var i = 0; i < edits.Count;)
        {
            // One hunk: the edits whose context lines meet or overlap.
            var last = i;
            while (last + 1 < edits.Count && edits[last + 1].OldStart - (edits[last].OldStart + edits[last].OldLines.Count) <= 2 * ContextLines)
            {
                last++;
            }

            var oldStart = Math.Max(0, edits[i].OldStart - ContextLines);
            var oldEnd = Math.Min(LineCount(text), edits[last].OldStart + edits[last].OldLines.Count + ContextLines);
            var body = new StringBuilder();
            var newCount = 0;
            var line = oldStart;
            for (var e = i; e <= last; e++)
            {
                for (; line < edits[e].OldStart; line++, newCount++)
                {
                    AppendLine(body, ' ', Line(line));
                }

                foreach (var removed in edits[e].OldLines)
                {
                    AppendLine(body, '-', (line++ == 0 && byteOrderMark ? "\uFEFF" : "") + removed);
                }

                foreach (var added in edits[e].NewLines)
                {
                    AppendLine(body, '+', (edits[e].OldStart == 0 && newCount == 0 && byteOrderMark ? "\uFEFF" : "") + added);
                    newCount++;
                }
            }

            for (; line < oldEnd; line++, newCount++)
            {
                AppendLine(body, ' ', Line(line));
            }

            diff.Append($"@@ -{Range(oldStart, oldEnd - oldStart)} +{Range(oldStart + delta, newCount)} @@\n").Append(body);
            delta += newCount - (oldEnd - oldStart);
            i = last + 1;
        }

        return diff.ToString();
    }

    /// <summary>The changes as replacements of whole lines: each change widened to the lines it touches, changes
    /// on a common line merged, and the lines that stay the same at either end left out.</summary>
    private static List<(int OldStart, List<string> OldLines, List<string> NewLines)> Edits(SourceText text, IEnumerable<TextChange> changes)
    {
        var blocks = new List<(int First, int Last, List<TextChange> Changes)>();
        foreach (var change in changes.OrderBy(change => change.Span.Start))
        {
            var first = text.Lines.GetLineFromPosition(change.Span.Start).LineNumber;
            var last = text.Lines.GetLineFromPosition(change.Span.End).LineNumber;
            if (blocks.Count > 0 && first <= blocks[^1].Last)
            {
                blocks[^1] = (blocks[^1].First, Math.Max(last, blocks[^1].Last), [.. blocks[^1].Changes, change]);
            }
            else
            {
                blocks.Add((first, last, [change]));
            }
        }

        var edits = new List<(int, List<string>, List<string>)>();
        foreach (var (first, last, blockChanges) in blocks)
        {
            var span = TextSpan.FromBounds(text.Lines[first].Start, text.Lines[last].EndIncludingLineBreak);
            var oldLines = Enumerable.Range(first, last - first + 1).Select(line => text.ToString(text.Lines[line].SpanIncludingLineBreak)).Where(line => line.Length > 0).ToList();
            var newBlock = text.GetSubText(span).WithChanges(blockChanges.Select(change => new TextChange(new TextSpan(change.Span.Start - span.Start, change.Span.Length), change.NewText ?? "")));
            var newLines = newBlock.Lines.Select(line => newBlock.ToString(line.SpanIncludingLineBreak)).Where(line => line.Length > 0).ToList();
            var start = first;
            while (oldLines.Count > 0 && newLines.Count > 0 && oldLines[0] == newLines[0])
            {
                oldLines.RemoveAt(0);
                newLines.RemoveAt(0);
                start++;
            }

            while (oldLines.Count > 0 && newLines.Count > 0 && oldLines[^1] == newLines[^1])
            {
                oldLines.RemoveAt(oldLines.Count - 1);
                newLines.RemoveAt(newLines.Count - 1);
            }

            if (oldLines.Count > 0 || newLines.Count > 0)
            {
                edits.Add((start, oldLines, newLines));
            }
        }

        return edits;
    }

    private static void AppendLine(StringBuilder diff, char kind, string line)
    {
        diff.Append(kind).Append(line);
        if (!line.EndsWith('\n') && !line.EndsWith('\r'))
        {
            diff.Append("\n\\ No newline at end of file\n");
        }
    }

    /// <summary>The lines, not counting the empty one after a final line break.</summary>
    private static int LineCount(SourceText text) => text.Lines[^1].SpanIncludingLineBreak.IsEmpty ? text.Lines.Count - 1 : text.Lines.Count;

    /// <summary>git's <c>start,count</c>: 1-based, or the line before when the range is empty.</summary>
    private static string Range(int start, int count) => count == 0 ? $"{start},0" : $"{start + 1},{count}";

    private static bool StartsWithByteOrderMark(string path)
    {
        Span<byte> start = stackalloc byte[3];
        using var file = System.IO.File.OpenRead(path);
        return file.ReadAtLeast(start, 3, throwOnEndOfStream: false) == 3 && start.SequenceEqual(Encoding.UTF8.Preamble);
    }
}
