using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Review;

/// <param name="Findings">In file and position order, suppressed ones included.</param>
/// <param name="DiffBase">The git reference the findings were limited to, if any.</param>
internal sealed record ReviewResult(ImmutableArray<Finding> Findings, ImmutableArray<AppliedFix> AppliedFixes, int ProjectCount, string? DiffBase)
{
    public ImmutableArray<Finding> Reported { get; } = Findings.Where(finding => finding.Suppression is null).ToImmutableArray();

    public int Count(DiagnosticSeverity severity) => Reported.Count(finding => finding.Severity == severity);

    public string FixSummary(AppliedFix fix) => $"fixed {fix.Fixed} {fix.RuleId} finding{(fix.Fixed == 1 ? "" : "s")} in {fix.Path}";
}
