using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Review;

/// <summary>One line per finding, in the compiler's shape (which editors and terminals make clickable), then what
/// <c>--fix</c> changed and a summary line.</summary>
internal static class TextReport
{
    public static string Write(ReviewResult result)
    {
        var text = new StringBuilder();
        foreach (var finding in result.Reported)
        {
            text.Append($"{finding.Path}({finding.Region.StartLine},{finding.Region.StartColumn}): {SeverityNames.Text(finding.Severity)} {finding.RuleId}: {finding.Message}");
            text.AppendLine(finding.Fix is null ? "" : " [fix available]");
        }

        foreach (var fix in result.AppliedFixes)
        {
            text.AppendLine(result.FixSummary(fix));
        }

        var suppressed = result.Findings.Length - result.Reported.Length;
        text.Append($"{Plural(result.Reported.Length, "finding")}: {Plural(result.Count(DiagnosticSeverity.Error), "error")}, ")
            .Append($"{Plural(result.Count(DiagnosticSeverity.Warning), "warning")}, {result.Count(DiagnosticSeverity.Info)} info; ")
            .Append($"{suppressed} suppressed; {result.Reported.Count(finding => finding.Fix is not null)} with a fix; in {Plural(result.ProjectCount, "project")}")
            .AppendLine(result.DiffBase is null ? "." : $", on lines changed since {result.DiffBase}.");
        return text.ToString();
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
