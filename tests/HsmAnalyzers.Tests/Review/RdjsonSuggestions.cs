using System.Linq;
using System.Text;
using System.Text.Json;

namespace HsmAnalyzers.Tests.Review;

/// <summary>Applies rdjson suggestions to a file's text as the format defines them: 1-based lines, columns in UTF-8
/// bytes, exclusive ends, and a range without columns as whole lines with their line breaks.</summary>
internal static class RdjsonSuggestions
{
    public static string Apply(string text, JsonElement diagnostics, string path) => diagnostics.EnumerateArray()
        .Where(diagnostic => diagnostic.GetProperty("location").GetProperty("path").GetString() == path && diagnostic.TryGetProperty("suggestions", out _))
        .SelectMany(diagnostic => diagnostic.GetProperty("suggestions").EnumerateArray())
        .Select(suggestion => (Span: Span(text, suggestion.GetProperty("range")), Text: suggestion.GetProperty("text").GetString()!))
        .OrderByDescending(suggestion => suggestion.Span.Start)
        .Aggregate(text, (current, suggestion) => current.Remove(suggestion.Span.Start, suggestion.Span.End - suggestion.Span.Start).Insert(suggestion.Span.Start, suggestion.Text));

    public static int Offset(string text, int line, int column)
    {
        var lineStart = LineStart(text, line);
        var lineEnd = text.IndexOf('\n', lineStart) is var end and >= 0 ? end : text.Length;
        var bytes = Encoding.UTF8.GetBytes(text[lineStart..lineEnd]);
        return lineStart + Encoding.UTF8.GetCharCount(bytes, 0, column - 1);
    }

    private static (int Start, int End) Span(string text, JsonElement range)
    {
        var start = range.GetProperty("start");
        var end = range.GetProperty("end");
        return start.TryGetProperty("column", out _)
            ? (Offset(text, start.GetProperty("line").GetInt32(), start.GetProperty("column").GetInt32()), Offset(text, end.GetProperty("line").GetInt32(), end.GetProperty("column").GetInt32()))
            : (LineStart(text, start.GetProperty("line").GetInt32()), LineStart(text, end.GetProperty("line").GetInt32() + 1));
    }

    private static int LineStart(string text, int line)
    {
        var offset = 0;
        for (var i = 1; i < line; i++)
        {
            offset = text.IndexOf('\n', offset) + 1;
        }

        return offset;
    }
}
