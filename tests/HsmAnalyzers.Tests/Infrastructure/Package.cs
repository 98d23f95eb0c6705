using System;
using System.Collections.Immutable;
using System.IO;
using HsmAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HsmAnalyzers.Tests.Infrastructure;

/// <summary>Everything the package ships, as it lists it (<see cref="PackageAnalyzers"/>, <see cref="PackageFixers"/>),
/// so that a new rule is covered without touching the tests.</summary>
internal static class Package
{
    /// <summary>The analyzers the compiler and the IDE load.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = PackageAnalyzers.Create();

    public static ImmutableArray<CodeFixProvider> Fixers { get; } = PackageFixers.Create();

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "HsmAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("HsmAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
