using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Review;

/// <summary>Reviewdog Diagnostic Format (rdjson, the <c>DiagnosticResult</c> message): one diagnostic per reported
/// finding, with its rule's fix as a suggestion on the finding's own lines, which reviewdog's pull-request reporters
/// post as a suggested change. Lines and columns are 1-based, columns count UTF-8 bytes, ends are exclusive.</summary>
/// <remarks>Two suggestions never change the same line: GitHub replaces whole lines and cannot apply both. The
/// first finding in report order (file, position, rule) keeps its suggestion; a later one's fix is described, and is
/// suggested by the next review once the first is committed (<c>--fix</c> applies both in one go).</remarks>
internal static class RdjsonReport
{
    public static string Write(ReviewResult result)
    {
        var suggested = new Dictionary<string, List<(int FirstLine, int LastLine, Finding Finding)>>();
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartObject("source");
            json.WriteString("name", "HsmAnalyzers");
            json.WriteString("url", SarifReport.InformationUri);
            json.WriteEndObject();
            json.WriteStartArray("diagnostics");
            foreach (var finding in result.Reported)
            {
                WriteDiagnostic(json, finding, Suggestion(finding, suggested));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The finding's suggestion, or why its fix has none (null when it has no fix).</summary>
    private static (LineEdit? Edit, string? WhyNot)? Suggestion(Finding finding, Dictionary<string, List<(int FirstLine, int LastLine, Finding Finding)>> suggested)
    {
        if (finding.Fix is null)
        {
            return null;
        }

        if (finding.FixOnOwnLines is not { } edit)
        {
            return (null, "it changes lines outside the finding");
        }

        var taken = suggested.TryGetValue(finding.Path, out var list) ? list : suggested[finding.Path] = [];
        if (taken.FirstOrDefault(other => other.FirstLine <= edit.Range.EndLine && edit.Range.StartLine <= other.LastLine) is { Finding: { } first })
        {
            return (null, $"it changes a line that the suggestion for {first.RuleId} on line {first.Region.StartLine} changes; commit that one and review again");
        }

        taken.Add((edit.Range.StartLine, edit.Range.EndLine, finding));
        return (edit, null);
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Finding finding, (LineEdit? Edit, string? WhyNot)? suggestion)
    {
        json.WriteStartObject();
        json.WriteString("message", suggestion is { WhyNot: { } whyNot }
            ? $"{finding.Message}\n\nThe fix ({finding.Fix!.Description}) is not suggested: {whyNot}. `hsm-review --fix` applies it."
            : finding.Message);
        WriteLocation(json, "location", finding.Path, finding.Region);
        json.WriteString("severity", finding.Severity switch
        {
            DiagnosticSeverity.Error => "ERROR",
            DiagnosticSeverity.Warning => "WARNING",
            _ => "INFO",
        });
        json.WriteStartObject("code");
        json.WriteString("value", finding.RuleId);
        var helpUri = PackageRules.Rules[PackageRules.RuleIndex[finding.RuleId]].Descriptor.HelpLinkUri;
        if (helpUri.StartsWith("https://", System.StringComparison.Ordinal) || helpUri.StartsWith("http://", System.StringComparison.Ordinal))
        {
            json.WriteString("url", helpUri);
        }

        json.WriteEndObject();
        if (suggestion is { Edit: { } edit })
        {
            json.WriteStartArray("suggestions");
            json.WriteStartObject();
            WriteRange(json, edit.Range, withColumns: !edit.WholeLines);
            json.WriteString("text", edit.Text);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        // Where a fix that is not suggested would change the code, then the diagnostic's other places.
        var related = (suggestion is { WhyNot: not null }
                ? finding.Fix!.Changes.Select(change => (Message: (string?)("fix: " + finding.Fix.Description), change.Path, Region: Spanning(change)))
                : [])
            .Concat(finding.RelatedLocations.Select(location => (Message: (string?)null, location.Path, location.Region)))
            .ToList();
        if (related.Count > 0)
        {
            json.WriteStartArray("related_locations");
            foreach (var (message, path, region) in related)
            {
                json.WriteStartObject();
                if (message is not null)
                {
                    json.WriteString("message", message);
                }

                WriteLocation(json, "location", path, region);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>From the first replaced character to the last.</summary>
    private static TextRegion Spanning(FileChange change)
    {
        var first = change.Replacements.MinBy(replacement => replacement.DeletedRegion.CharOffset)!.DeletedRegion;
        var last = change.Replacements.MaxBy(replacement => replacement.DeletedRegion.CharOffset + replacement.DeletedRegion.CharLength)!.DeletedRegion;
        return first with
        {
            EndLine = last.EndLine,
            EndColumn = last.EndColumn,
            EndUtf8Column = last.EndUtf8Column,
            CharLength = last.CharOffset + last.CharLength - first.CharOffset,
        };
    }

    private static void WriteLocation(Utf8JsonWriter json, string name, string path, TextRegion region)
    {
        json.WriteStartObject(name);
        json.WriteString("path", path);
        WriteRange(json, region, withColumns: true);
        json.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter json, TextRegion region, bool withColumns)
    {
        json.WriteStartObject("range");
        WritePosition(json, "start", region.StartLine, withColumns ? region.StartUtf8Column : null);
        WritePosition(json, "end", region.EndLine, withColumns ? region.EndUtf8Column : null);
        json.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter json, string name, int line, int? column)
    {
        json.WriteStartObject(name);
        json.WriteNumber("line", line);
        if (column is { } value)
        {
            json.WriteNumber("column", value);
        }

        json.WriteEndObject();
    }
}
