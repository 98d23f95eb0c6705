using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using HsmAnalyzers.CodeFixes;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HsmAnalyzers.Review;

/// <summary>The rules of the referenced analyzer and fixer assemblies, as they list them (<see cref="PackageAnalyzers"/>,
/// <see cref="PackageFixers"/>): the tool runs exactly what the package ships, never the analyzers a project references
/// itself.</summary>
internal static class PackageRules
{
    /// <summary>The analyzers the compiler loads.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = PackageAnalyzers.Create();

    /// <summary>Every descriptor, ordered by ID, with a SARIF-style name taken from its rule's class name.</summary>
    public static ImmutableArray<Rule> Rules { get; } = PackageAnalyzers.CreateRules()
        .SelectMany(rule => rule.SupportedDiagnostics.Select(descriptor => new Rule(descriptor, NameOf(rule, descriptor))))
        .GroupBy(rule => rule.Descriptor.Id)
        .Select(group => group.First())
        .OrderBy(rule => rule.Descriptor.Id, StringComparer.Ordinal)
        .ToImmutableArray();

    public static ImmutableDictionary<string, int> RuleIndex { get; } =
        Rules.Select((rule, index) => (rule.Descriptor.Id, index)).ToImmutableDictionary(pair => pair.Id, pair => pair.index);

    /// <summary>The fixer of each rule that has one.</summary>
    public static ImmutableDictionary<string, CodeFixProvider> Fixers { get; } = PackageFixers.Create()
        .SelectMany(fixer => fixer.FixableDiagnosticIds.Select(id => (id, fixer)))
        .ToImmutableDictionary(pair => pair.id, pair => pair.fixer);

    public static bool IsRule(string id) => RuleIndex.ContainsKey(id);

    /// <summary><c>HSM1001PurgeProtectionRule</c> gives <c>PurgeProtection</c>.</summary>
    private static string NameOf(HsmRule rule, DiagnosticDescriptor descriptor)
    {
        var name = rule.GetType().Name;
        name = name.StartsWith(descriptor.Id, StringComparison.Ordinal) ? name[descriptor.Id.Length..] : name;
        name = name.EndsWith("Rule", StringComparison.Ordinal) ? name[..^"Rule".Length] : name;
        return name.Length > 0 ? name : descriptor.Id;
    }
}

internal sealed record Rule(DiagnosticDescriptor Descriptor, string Name);

internal static class SeverityNames
{
    public static IEnumerable<DiagnosticSeverity> AtOrAbove(FailOn failOn) => failOn switch
    {
        FailOn.Error => [DiagnosticSeverity.Error],
        FailOn.Warning => [DiagnosticSeverity.Error, DiagnosticSeverity.Warning],
        FailOn.Info => [DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Info],
        _ => [],
    };

    /// <summary>The SARIF level of a severity.</summary>
    public static string SarifLevel(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    public static string Text(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
