using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace HsmAnalyzers.Review;

/// <summary>One run: load, analyse (and fix), limit to the changed lines, report, and pick the exit code.</summary>
internal static class Reviewer
{
    private static readonly string[] InputExtensions = [".sln", ".slnx", ".csproj"];

    public static async Task<int> RunAsync(ReviewOptions options, CancellationToken cancellationToken = default)
    {
        var input = Path.GetFullPath(options.InputPath);
        if (!InputExtensions.Contains(Path.GetExtension(input), StringComparer.OrdinalIgnoreCase))
        {
            throw new ReviewException($"{options.InputPath} is not a .sln, .slnx or .csproj file");
        }

        if (!File.Exists(input))
        {
            throw new ReviewException($"{options.InputPath} does not exist");
        }

        var report = ReportFile.For(options.OutputPath);
        var root = SourceRoot.Of(input);
        var changedLines = options.DiffBase is null ? null : await ChangedLines.SinceAsync(root, options.DiffBase, cancellationToken).ConfigureAwait(false);
        var progress = Progress.ForConsole();

        using var workspace = MSBuildWorkspace.Create();
        var (solution, loaded, loadFailures) = await SolutionLoader.LoadAsync(workspace, input, progress, cancellationToken).ConfigureAwait(false);

        // A project built for several target frameworks is one project per framework over the same files: the fixes
        // go through the first, or the files would be fixed twice over and the others would report stale code.
        // --format diff makes the fixes in memory, and --fix writes them too.
        var fixing = options.Fix || options.Format == ReportFormat.Diff;
        var fixedProjects = fixing ? loaded.DistinctBy(id => solution.GetProject(id)!.FilePath).ToImmutableArray() : [];

        var analyses = new List<(ProjectId, ImmutableArray<Diagnostic>)>();
        var applied = ImmutableArray.CreateBuilder<AppliedFix>();
        var fixedSolution = solution;
        foreach (var (projectId, index) in fixedProjects.Select((id, index) => (id, index)))
        {
            progress.Report($"Fixing {solution.GetProject(projectId)!.Name} ({index + 1}/{fixedProjects.Length})");
            var (next, remaining, fixes) = await FixApplier.ApplyAsync(fixedSolution, projectId, LoadFailure(projectId), root, cancellationToken).ConfigureAwait(false);
            fixedSolution = next;
            if (options.Fix)
            {
                analyses.Add((projectId, remaining));
                applied.AddRange(fixes);
            }
        }

        if (!options.Fix)
        {
            foreach (var (projectId, index) in loaded.Select((id, index) => (id, index)))
            {
                progress.Report($"Analyzing {solution.GetProject(projectId)!.Name} ({index + 1}/{loaded.Length})");
                analyses.Add((projectId, await Analysis.AnalyzeAsync(solution.GetProject(projectId)!, LoadFailure(projectId), cancellationToken).ConfigureAwait(false)));
            }
        }

        if (applied.Count > 0 && !workspace.TryApplyChanges(fixedSolution))
        {
            throw new ReviewException("the fixed files could not be written");
        }

        var reported = options.Fix ? fixedSolution : solution;
        var findings = await FindingFactory.CreateAsync(reported, analyses, root, cancellationToken).ConfigureAwait(false);
        if (changedLines is not null)
        {
            findings = findings.Where(finding => changedLines.Touches(finding.Path, finding.Region)).ToImmutableArray();
        }

        var result = new ReviewResult(findings, applied.ToImmutable(), loaded.Select(id => solution.GetProject(id)!.FilePath).Distinct().Count(), options.DiffBase);
        if (options.Format != ReportFormat.Text)
        {
            // The report is for a machine: what --fix changed is for the person reading the log.
            foreach (var fix in result.AppliedFixes)
            {
                Console.Error.WriteLine("hsm-review: " + result.FixSummary(fix));
            }
        }

        report.Write(options.Format switch
        {
            ReportFormat.Sarif => SarifReport.Write(result, root),
            ReportFormat.Github => GithubReport.Write(result),
            ReportFormat.Rdjson => RdjsonReport.Write(result),
            ReportFormat.Diff => await UnifiedDiff.WriteAsync(solution, fixedSolution, root, cancellationToken).ConfigureAwait(false),
            _ => TextReport.Write(result),
        });

        var failing = SeverityNames.AtOrAbove(options.FailOn).ToHashSet();
        return result.Reported.Any(finding => failing.Contains(finding.Severity)) ? ExitCodes.Findings : ExitCodes.Clean;

        string? LoadFailure(ProjectId projectId) =>
            solution.GetProject(projectId)!.FilePath is { } projectPath ? loadFailures.GetValueOrDefault(projectPath) : null;
    }
}
