using System.Text;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Review;

/// <summary>GitHub Actions workflow commands, one per finding: annotations on the pull request's diff.</summary>
internal static class GithubReport
{
    public static string Write(ReviewResult result)
    {
        var text = new StringBuilder();
        foreach (var finding in result.Reported)
        {
            var command = finding.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "notice",
            };
            var region = finding.Region;
            text.Append($"::{command} file={Property(finding.Path)},line={region.StartLine},col={region.StartColumn},")
                .Append($"endLine={region.EndLine},endColumn={region.EndColumn},title={Property(finding.RuleId)}::{Data(finding.Message)}")
                .Append('\n');
        }

        return text.ToString();
    }

    // The runner's escaping of workflow command data and properties.
    private static string Data(string value) => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string value) => Data(value).Replace(":", "%3A").Replace(",", "%2C");
}
