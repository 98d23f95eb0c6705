using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace HsmAnalyzers.Catalogue;

/// <summary>A file as the catalogue makes it, by its path relative to the repository root ('/' separated).</summary>
public sealed record GeneratedFile(string Path, string Content);

/// <summary>Renders every generated file from a <see cref="RuleCatalogue"/>: whole files (the docs index, the presets)
/// and generated regions of hand-written ones (the README's rule table, each page's first line and property table),
/// spliced between <c>&lt;!-- BEGIN GENERATED name --&gt;</c> and <c>&lt;!-- END GENERATED name --&gt;</c>.</summary>
public static class CatalogueFiles
{
    public const string Command = "dotnet run --project tools/HsmAnalyzers.Catalogue";

    public const string PresetsDirectory = "src/HsmAnalyzers.Package/build/presets";

    private const string ReadmeRegion = "rules";
    private const string PageRegion = "properties";

    public static IReadOnlyList<GeneratedFile> Render(RuleCatalogue catalogue, string repositoryRoot)
    {
        var files = new List<GeneratedFile>
        {
            new("README.md", SpliceRegion(Read(repositoryRoot, "README.md"), ReadmeRegion, ReadmeTable(catalogue), "README.md")),
            new("docs/rules/README.md", DocsIndex(catalogue, RetiredRules.Ids(catalogue, repositoryRoot), repositoryRoot)),
            new(PresetsDirectory + "/strict.globalconfig", Preset(catalogue, "strict", "every rule is an error", "error")),
            new(PresetsDirectory + "/none.globalconfig", Preset(catalogue, "none", "every rule is off", "none")),
        };

        foreach (var entry in catalogue.Entries)
        {
            var path = $"docs/rules/{entry.Id}.md";
            if (File.Exists(Path.Combine(repositoryRoot, path)))
            {
                files.Add(new(path, Page(Read(repositoryRoot, path), entry)));
            }
        }

        return files;
    }

    /// <summary>The generated files whose committed text differs from what the catalogue makes (a missing rule page
    /// is <see cref="MissingPages"/>'s concern).</summary>
    public static IReadOnlyList<string> Stale(IEnumerable<GeneratedFile> files, string repositoryRoot) => files
        .Where(file => !File.Exists(Path.Combine(repositoryRoot, file.Path)) || Read(repositoryRoot, file.Path) != file.Content)
        .Select(file => file.Path)
        .ToList();

    public static IReadOnlyList<string> MissingPages(RuleCatalogue catalogue, string repositoryRoot) => catalogue.Entries
        .Select(entry => $"docs/rules/{entry.Id}.md")
        .Where(path => !File.Exists(Path.Combine(repositoryRoot, path)))
        .ToList();

    public static void Write(IEnumerable<GeneratedFile> files, string repositoryRoot)
    {
        foreach (var file in files)
        {
            File.WriteAllText(Path.Combine(repositoryRoot, file.Path), file.Content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
    }

    /// <summary>"Warning", "Info (off by default)", "Warning (whole project)".</summary>
    public static string Severity(RuleEntry entry) =>
        entry.DefaultSeverity
        + (entry.IsEnabledByDefault ? "" : " (off by default)")
        + (entry.ReportsAtCompilationEnd ? " (whole project)" : "");

    private static string ReadmeTable(RuleCatalogue catalogue)
    {
        var text = new StringBuilder();
        text.Append("| ID | Title | Category | Default severity | Code fix |\n");
        text.Append("|----|-------|----------|------------------|----------|\n");
        foreach (var entry in catalogue.AnalyzerRules)
        {
            text.Append($"| [{entry.Id}](docs/rules/{entry.Id}.md) | {entry.Title} | {entry.Category} | {Severity(entry)} | {YesNo(!entry.Fixes.IsEmpty)} |\n");
        }

        text.Append('\n');
        foreach (var entry in catalogue.BuildWarnings)
        {
            text.Append($"The build itself gives [{entry.Id}](docs/rules/{entry.Id}.md) ({entry.DefaultSeverity}): {entry.Title}.\n\n");
        }

        text.Append($"ID bands: {Bands(catalogue)}. Every diagnostic's help link opens its page under `docs/rules/`.\n");
        return text.ToString();
    }

    private static string DocsIndex(RuleCatalogue catalogue, IReadOnlyList<string> retired, string repositoryRoot)
    {
        var text = new StringBuilder();
        text.Append("# HsmAnalyzers rules\n\n");
        text.Append($"<!-- Generated from the descriptors and the fixers by `{Command}`: do not edit. -->\n\n");
        text.Append("| ID | Title | Category | Default severity | Code fix |\n");
        text.Append("|---|---|---|---|---|\n");
        foreach (var entry in catalogue.AnalyzerRules)
        {
            text.Append($"| [{entry.Id}]({entry.Id}.md) | {entry.Title} | {entry.Category} | {Severity(entry)} | {YesNo(!entry.Fixes.IsEmpty)} |\n");
        }

        var off = catalogue.AnalyzerRules.Where(entry => !entry.IsEnabledByDefault).Select(entry => entry.Id).ToList();
        text.Append('\n');
        text.Append(off.Count == 0
            ? "Every rule is enabled by default."
            : $"Every rule is enabled by default, except {string.Join(", ", off)}.");
        text.Append(" \"Whole project\" rules need every file of the project to decide, so they are reported at the end of the compilation: in builds, `dotnet format` and the IDE's full-solution analysis, not in live per-file analysis. Each page says exactly when its code fix is offered.\n\n");
        text.Append($"ID bands: {Bands(catalogue)}.\n\n");
        text.Append("On each page, `[|…|]` in the non-compliant code marks what each finding is reported on. An example may leave out the using directives of System and the Azure SDK namespaces; `RulePageSamplesTests` compiles every example and checks that it gives exactly the findings it marks, and the compliant code none.\n");

        if (!catalogue.BuildWarnings.IsEmpty)
        {
            text.Append("\n## Build warnings\n\nGiven by the package's MSBuild props, not by an analyzer:\n\n");
            text.Append("| ID | Title | Severity |\n|---|---|---|\n");
            foreach (var entry in catalogue.BuildWarnings)
            {
                text.Append($"| [{entry.Id}]({entry.Id}.md) | {entry.Title} | {entry.DefaultSeverity} |\n");
            }
        }

        if (retired.Count > 0)
        {
            text.Append("\n## Retired rules\n\nNo longer reported; their IDs are not reused. Each page says why.\n\n");
            foreach (var id in retired)
            {
                var page = $"docs/rules/{id}.md";
                var title = File.Exists(Path.Combine(repositoryRoot, page)) ? File.ReadLines(Path.Combine(repositoryRoot, page)).First().TrimStart('#', ' ') : id;
                text.Append(File.Exists(Path.Combine(repositoryRoot, page)) ? $"- [{id}]({id}.md): {title.Substring(title.IndexOf(':') + 1).Trim()}\n" : $"- {id}\n");
            }
        }

        text.Append("\n## Configuration\n\n");
        text.Append("Severities, the rules' options and the presets (`HsmAnalyzersPreset`: `default`, `strict`, `none`) are described in the [README](../../README.md#configuration); each rule's options are on its page.\n");
        return text.ToString();
    }

    /// <summary>"10xx Recovery, 11xx AccessControl, …", from the categories of each band's rules.</summary>
    private static string Bands(RuleCatalogue catalogue) => string.Join(", ", catalogue.AnalyzerRules
        .GroupBy(entry => entry.Band, StringComparer.Ordinal)
        .OrderBy(band => band.Key, StringComparer.Ordinal)
        .Select(band => $"{band.Key}xx {string.Join(" and ", band.Select(entry => entry.Category).Distinct())}"));

    private static string Preset(RuleCatalogue catalogue, string name, string what, string severity)
    {
        var text = new StringBuilder();
        text.Append($"# HsmAnalyzers preset \"{name}\": {what}. The project's own .editorconfig / .globalconfig win.\n");
        text.Append($"# Generated from the descriptors by `{Command}`: do not edit.\n");
        text.Append("is_global = true\nglobal_level = -100\n\n");
        foreach (var entry in catalogue.AnalyzerRules)
        {
            text.Append($"dotnet_diagnostic.{entry.Id}.severity = {severity}\n");
        }

        return text.ToString();
    }

    /// <summary>The page with its first line (<c># ID: title</c>) and its property table regenerated. A page without
    /// the region gets it right after the first line, in place of a hand-written property table.</summary>
    private static string Page(string page, RuleEntry entry)
    {
        var lines = page.Split('\n').ToList();
        lines[0] = $"# {entry.Id}: {entry.Title}";
        page = string.Join("\n", lines);
        if (page.Contains(BeginPrefix(PageRegion), StringComparison.Ordinal))
        {
            return SpliceRegion(page, PageRegion, PropertyTable(entry), $"docs/rules/{entry.Id}.md");
        }

        var next = 1;
        while (next < lines.Count && lines[next].Trim().Length == 0)
        {
            next++;
        }

        var tableEnd = next;
        while (tableEnd < lines.Count && lines[tableEnd].StartsWith('|'))
        {
            tableEnd++;
        }

        lines.RemoveRange(1, tableEnd - 1);
        lines.Insert(1, "");
        lines.Insert(2, Region(PageRegion, PropertyTable(entry)).TrimEnd('\n'));
        if (lines.Count > 3 && lines[3].Trim().Length != 0)
        {
            lines.Insert(3, "");
        }

        return string.Join("\n", lines);
    }

    private static string PropertyTable(RuleEntry entry)
    {
        var text = new StringBuilder();
        text.Append("| Property | Value |\n|---|---|\n");
        text.Append($"| Rule ID | {entry.Id} |\n");
        text.Append($"| Category | {entry.Category} |\n");
        text.Append($"| Default severity | {entry.DefaultSeverity} |\n");
        text.Append($"| Enabled by default | {YesNo(entry.IsEnabledByDefault)} |\n");
        text.Append(entry.Kind == EntryKind.BuildWarning
            ? $"| Reported by | {entry.ReportedBy} |\n"
            : entry.ReportsAtCompilationEnd
                ? $"| Reported by | `{entry.ReportedBy}`, at the end of the compilation (whole project): in builds and full-solution analysis |\n"
                : $"| Reported by | `{entry.ReportedBy}`, as the code is typed and on every build |\n");
        text.Append(entry.Fixes.IsEmpty
            ? "| Code fix | No |\n"
            : $"| Code fix | Yes: {string.Join("; ", entry.Fixes.Select(fix => fix.EquivalenceKey is null ? $"`{fix.Name}`" : $"`{fix.Name}`, equivalence key `{fix.EquivalenceKey}`"))} (Fix All in document, project and solution) |\n");
        return text.ToString();
    }

    private static string YesNo(bool value) => value ? "Yes" : "No";

    private static string BeginPrefix(string name) => $"<!-- BEGIN GENERATED {name}";

    private static string Begin(string name) => $"<!-- BEGIN GENERATED {name}: made from the descriptors and fixers by `{Command}`; edit those, not this table -->";

    private static string End(string name) => $"<!-- END GENERATED {name} -->";

    private static string Region(string name, string content) => Begin(name) + "\n" + content + End(name) + "\n";

    /// <summary>The text with the region's content replaced; the markers must be there, once each.</summary>
    private static string SpliceRegion(string text, string name, string content, string path)
    {
        var beginPrefix = BeginPrefix(name);
        var begin = text.IndexOf(beginPrefix, StringComparison.Ordinal);
        var end = text.IndexOf(End(name), StringComparison.Ordinal);
        if (begin < 0 || end < begin || text.IndexOf(beginPrefix, begin + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"{path} must hold one '{beginPrefix} … -->' line and, after it, one '{End(name)}' line.");
        }

        var afterEnd = end + End(name).Length;
        if (afterEnd < text.Length && text[afterEnd] == '\n')
        {
            afterEnd++;
        }

        return text.Substring(0, begin) + Region(name, content) + text.Substring(afterEnd);
    }

    private static string Read(string repositoryRoot, string path) =>
        File.ReadAllText(Path.Combine(repositoryRoot, path)).Replace("\r\n", "\n", StringComparison.Ordinal);
}
