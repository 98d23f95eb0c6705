using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using HsmAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HsmAnalyzers.Catalogue;

/// <summary>Where a catalogue entry comes from: a descriptor of an analyzer the compiler loads, or a warning of the
/// package's MSBuild props (HSM0001), which no analyzer reports.</summary>
public enum EntryKind
{
    Analyzer,
    BuildWarning,
}

/// <summary>A code fix of the package: the fixer's class and its equivalence key (the key Fix All groups by).</summary>
public sealed record FixEntry(string Name, string? EquivalenceKey);

/// <summary>One diagnostic ID of the package, as its descriptor (or the props) and its fixers define it.</summary>
public sealed record RuleEntry(
    string Id,
    string Title,
    string Category,
    DiagnosticSeverity DefaultSeverity,
    bool IsEnabledByDefault,
    bool ReportsAtCompilationEnd,
    EntryKind Kind,
    string ReportedBy,
    ImmutableArray<FixEntry> Fixes)
{
    /// <summary>The ID band: "10" for HSM10xx.</summary>
    public string Band => Id.Substring(3, 2);
}

/// <summary>Every diagnostic ID the package can give, read from the sources of truth: the descriptors of the analyzers
/// the compiler loads (those with <see cref="DiagnosticAnalyzerAttribute"/>), the exported fixers, and the warnings
/// of <c>build/HsmAnalyzers.props</c>.</summary>
public sealed class RuleCatalogue
{
    public const string PropsPath = "src/HsmAnalyzers.Package/build/HsmAnalyzers.props";

    private RuleCatalogue(ImmutableArray<RuleEntry> entries) => Entries = entries;

    /// <summary>Every entry, in ID order: build warnings (HSM0xxx) first.</summary>
    public ImmutableArray<RuleEntry> Entries { get; }

    public ImmutableArray<RuleEntry> AnalyzerRules => Entries.Where(entry => entry.Kind == EntryKind.Analyzer).ToImmutableArray();

    public ImmutableArray<RuleEntry> BuildWarnings => Entries.Where(entry => entry.Kind == EntryKind.BuildWarning).ToImmutableArray();

    public static RuleCatalogue Load(string repositoryRoot)
    {
        var fixers = PackageFixers.Create()
            .SelectMany(fixer => fixer.FixableDiagnosticIds.Select(id => (Id: id, Fix: new FixEntry(fixer.GetType().Name, EquivalenceKey(fixer.GetType())))))
            .ToLookup(pair => pair.Id, pair => pair.Fix, StringComparer.Ordinal);

        var rules = PackageAnalyzers.Create()
            .SelectMany(analyzer => analyzer.SupportedDiagnostics.Select(descriptor => (Analyzer: analyzer.GetType().Name, Descriptor: descriptor)))
            .GroupBy(pair => pair.Descriptor.Id, StringComparer.Ordinal)
            .Select(group =>
            {
                var descriptor = group.First().Descriptor;
                return new RuleEntry(
                    descriptor.Id,
                    descriptor.Title.ToString(),
                    descriptor.Category,
                    descriptor.DefaultSeverity,
                    descriptor.IsEnabledByDefault,
                    descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd),
                    EntryKind.Analyzer,
                    string.Join(", ", group.Select(pair => pair.Analyzer).Distinct().Order(StringComparer.Ordinal)),
                    fixers[descriptor.Id].OrderBy(fix => fix.Name, StringComparer.Ordinal).ToImmutableArray());
            });

        return new RuleCatalogue(rules.Concat(LoadBuildWarnings(repositoryRoot))
            .OrderBy(entry => entry.Id, StringComparer.Ordinal)
            .ToImmutableArray());
    }

    /// <summary>The <c>&lt;Warning Code="HSM…"&gt;</c> of the package's props. The title is the first line of the
    /// warning's page (<c># HSM0001: title</c>), or its message while it has no page.</summary>
    private static ImmutableArray<RuleEntry> LoadBuildWarnings(string repositoryRoot) =>
        XDocument.Load(Path.Combine(repositoryRoot, PropsPath))
            .Descendants("Warning")
            .Select(warning => (Id: (string?)warning.Attribute("Code"), Text: (string?)warning.Attribute("Text") ?? "", Target: (string?)warning.Parent?.Attribute("Name")))
            .Where(warning => warning.Id is not null && warning.Id.StartsWith("HSM", StringComparison.Ordinal))
            .Select(warning => new RuleEntry(
                warning.Id!,
                PageTitle(repositoryRoot, warning.Id!) ?? warning.Text,
                "Package",
                DiagnosticSeverity.Warning,
                IsEnabledByDefault: true,
                ReportsAtCompilationEnd: false,
                EntryKind.BuildWarning,
                $"MSBuild target `{warning.Target}` of `{PropsPath}`",
                ImmutableArray<FixEntry>.Empty))
            .ToImmutableArray();

    private static string? PageTitle(string repositoryRoot, string id)
    {
        var page = Path.Combine(repositoryRoot, "docs", "rules", id + ".md");
        var prefix = $"# {id}: ";
        return File.Exists(page) && File.ReadLines(page).FirstOrDefault() is { } first && first.StartsWith(prefix, StringComparison.Ordinal)
            ? first.Substring(prefix.Length).Trim()
            : null;
    }

    private static string? EquivalenceKey(Type fixer) =>
        fixer.GetField("EquivalenceKey", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field ? (string?)field.GetRawConstantValue() : null;
}
