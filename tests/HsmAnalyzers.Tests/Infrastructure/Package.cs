using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using HsmAnalyzers.CodeFixes.Rules;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HsmAnalyzers.Tests.Infrastructure;

/// <summary>Everything the package ships, found by reflection so that a new rule is covered without touching the tests.</summary>
internal static class Package
{
    /// <summary>The analyzers the compiler and the IDE load: those with the <see cref="DiagnosticAnalyzerAttribute"/>.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = Instantiate<DiagnosticAnalyzer>(typeof(RuleHostAnalyzer).Assembly)
        .Where(analyzer => analyzer.GetType().GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .ToImmutableArray();

    public static ImmutableArray<CodeFixProvider> Fixers { get; } = Instantiate<CodeFixProvider>(typeof(HSM1001PurgeProtectionFixer).Assembly);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static ImmutableArray<T> Instantiate<T>(Assembly assembly) => assembly.GetTypes()
        .Where(type => typeof(T).IsAssignableFrom(type) && !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null)
        .OrderBy(type => type.Name, StringComparer.Ordinal)
        .Select(type => (T)Activator.CreateInstance(type)!)
        .ToImmutableArray();

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
