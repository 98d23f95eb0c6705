using System;
using System.Linq;
using System.Reflection;
using HsmAnalyzers.CodeFixes;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HsmAnalyzers.Tests;

/// <summary>The lists the tests, hsm-review, the benchmark and the catalogue generator run (<see cref="PackageAnalyzers"/>,
/// <see cref="PackageFixers"/>) are what the compiler and the IDE find in the assemblies by their attributes.</summary>
public class PackageListTests
{
    [Fact]
    public void PackageAnalyzersAreEveryAnalyzerTheCompilerLoads()
    {
        var loaded = typeof(PackageAnalyzers).Assembly.GetTypes()
            .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(type => type.FullName)
            .OrderBy(name => name, StringComparer.Ordinal);

        Assert.Equal(loaded, PackageAnalyzers.Create().Select(analyzer => analyzer.GetType().FullName).OrderBy(name => name, StringComparer.Ordinal));
    }

    [Fact]
    public void PackageRulesAreEveryRule()
    {
        var rules = typeof(PackageAnalyzers).Assembly.GetTypes()
            .Where(type => typeof(HsmRule).IsAssignableFrom(type) && !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null)
            .Select(type => type.FullName)
            .OrderBy(name => name, StringComparer.Ordinal);

        Assert.Equal(rules, PackageAnalyzers.CreateRules().Select(rule => rule.GetType().FullName).OrderBy(name => name, StringComparer.Ordinal));
    }

    [Fact]
    public void PackageFixersAreEveryFixer()
    {
        var fixers = typeof(PackageFixers).Assembly.GetTypes()
            .Where(type => typeof(CodeFixProvider).IsAssignableFrom(type) && !type.IsAbstract)
            .Select(type => type.FullName)
            .OrderBy(name => name, StringComparer.Ordinal);

        Assert.Equal(fixers, PackageFixers.Create().Select(fixer => fixer.GetType().FullName).OrderBy(name => name, StringComparer.Ordinal));
    }
}
