using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;
using Microsoft.VisualStudio.SolutionPersistence.Model;
using Microsoft.VisualStudio.SolutionPersistence.Serializer;

namespace HsmAnalyzers.Review;

/// <summary>Opens the solution or project and says which of its projects are reviewed.</summary>
internal static class SolutionLoader
{
    /// <returns>The solution, the C# projects to review (every one of a solution, or the project itself, once per
    /// target framework, for a project file, not the projects it references) and the first load failure reported
    /// for each project file, which explains better than compiler errors why a project that loaded broken fails.</returns>
    public static async Task<(Solution Solution, ImmutableArray<ProjectId> Projects, ImmutableDictionary<string, string> Failures)> LoadAsync(
        MSBuildWorkspace workspace, string inputPath, Progress progress, CancellationToken cancellationToken)
    {
        // MSBuildWorkspace reports MSBuild's warnings as failures too (dotnet/roslyn#75182), so a failure is fatal
        // only when a project that was asked for did not load; the others are shown to a person at a terminal.
        var failures = new List<string>();
        using var failed = workspace.RegisterWorkspaceFailedHandler(e =>
        {
            if (e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
            {
                failures.Add(e.Diagnostic.Message);
                progress.Report("warning: " + e.Diagnostic.Message);
            }
        });

        var loading = progress.Loading();
        var isProject = Path.GetExtension(inputPath).Equals(".csproj", StringComparison.OrdinalIgnoreCase);
        var expected = isProject ? [inputPath] : await SolutionProjectsAsync(inputPath, cancellationToken).ConfigureAwait(false);
        Solution solution;
        try
        {
            solution = isProject
                ? (await workspace.OpenProjectAsync(inputPath, progress: loading, cancellationToken: cancellationToken).ConfigureAwait(false)).Solution
                : await workspace.OpenSolutionAsync(inputPath, progress: loading, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ReviewException($"{inputPath} could not be loaded: {failures.FirstOrDefault(failure => failure.Contains(inputPath, StringComparison.Ordinal)) ?? e.Message}");
        }

        var loaded = solution.Projects.Select(project => project.FilePath).ToHashSet(StringComparer.Ordinal);
        if (expected.FirstOrDefault(path => !loaded.Contains(path)) is { } missing)
        {
            throw new ReviewException($"{missing} could not be loaded: {failures.FirstOrDefault(failure => failure.Contains(missing, StringComparison.Ordinal)) ?? failures.FirstOrDefault() ?? "no reason given"}");
        }

        Func<Project, bool> reviewed = isProject ? project => string.Equals(project.FilePath, inputPath, StringComparison.Ordinal) : _ => true;
        var projects = solution.Projects
            .Where(project => project.Language == LanguageNames.CSharp && reviewed(project))
            .OrderBy(project => project.FilePath, StringComparer.Ordinal)
            .ThenBy(project => project.Name, StringComparer.Ordinal)
            .Select(project => project.Id)
            .ToImmutableArray();
        return projects.IsEmpty
            ? throw new ReviewException($"{inputPath} has no C# project to review")
            : (solution, projects, loaded
                .Where(path => path is not null)
                .Select(path => (Path: path!, Failure: failures.FirstOrDefault(failure => failure.Contains(path!, StringComparison.Ordinal))))
                .Where(item => item.Failure is not null)
                .ToImmutableDictionary(item => item.Path, item => item.Failure!));
    }

    /// <summary>The C# projects a .sln or .slnx lists, full paths.</summary>
    private static async Task<string[]> SolutionProjectsAsync(string solutionPath, CancellationToken cancellationToken)
    {
        var serializer = SolutionSerializers.GetSerializerByMoniker(solutionPath)
            ?? throw new ReviewException($"{solutionPath} is not a solution file this tool can read");
        try
        {
            var model = await serializer.OpenAsync(solutionPath, cancellationToken).ConfigureAwait(false);
            var directory = Path.GetDirectoryName(solutionPath)!;
            return model.SolutionProjects
                .Select(project => Path.GetFullPath(Path.Combine(directory, project.FilePath.Replace('\\', Path.DirectorySeparatorChar))))
                .Where(path => path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
                .ToArray();
        }
        catch (SolutionException e)
        {
            throw new ReviewException($"{solutionPath} could not be read: {e.Message}");
        }
    }
}
