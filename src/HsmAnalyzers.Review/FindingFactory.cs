using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace HsmAnalyzers.Review;

/// <summary>Turns the analyzers' diagnostics into findings: paths relative to the source root, regions,
/// fingerprints, suppressions and the first code fix of each finding.</summary>
internal static class FindingFactory
{
    public static async Task<ImmutableArray<Finding>> CreateAsync(
        Solution solution, IEnumerable<(ProjectId Project, ImmutableArray<Diagnostic> Diagnostics)> analyses, SourceRoot root, CancellationToken cancellationToken)
    {
        var seen = new HashSet<(string, string, TextSpan, string)>();
        var located = new List<(Finding Finding, string FlaggedText, int Start)>();
        foreach (var (projectId, diagnostics) in analyses)
        {
            var project = solution.GetProject(projectId)!;
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in diagnostics)
            {
                var tree = diagnostic.Location.SourceTree!;
                var message = diagnostic.GetMessage();

                // A project built for several target frameworks is loaded once per framework: report a finding once.
                if (!seen.Add((diagnostic.Id, tree.FilePath, diagnostic.Location.SourceSpan, message)))
                {
                    continue;
                }

                var text = await tree.GetTextAsync(cancellationToken).ConfigureAwait(false);
                var path = root.Relative(tree.FilePath) ?? tree.FilePath;
                var region = Region(text, diagnostic.Location.SourceSpan);
                var suppression = diagnostic.IsSuppressed
                    ? new InSourceSuppression(Justification(diagnostic.GetSuppressionInfo(compilation!)))
                    : null;
                var fix = suppression is null && PackageRules.Fixers.ContainsKey(diagnostic.Id) && project.GetDocument(tree) is { } document
                    ? await SuggestedFixes.FirstAsync(document, diagnostic, root, cancellationToken).ConfigureAwait(false)
                    : null;
                var related = diagnostic.AdditionalLocations
                    .Where(location => location.IsInSource)
                    .Select(location => new CodeLocation(
                        root.Relative(location.SourceTree!.FilePath) ?? location.SourceTree!.FilePath,
                        Region(location.SourceTree!.GetText(cancellationToken), location.SourceSpan)))
                    .ToImmutableArray();
                var onOwnLines = fix is null ? null : OwnLineEdits.Of(fix, path, region, text);
                var finding = new Finding(diagnostic.Id, diagnostic.Severity, message, path, region, Fingerprint: "", suppression, fix, related, onOwnLines);
                located.Add((finding, FlaggedText(text, region), diagnostic.Location.SourceSpan.Start));
            }
        }

        return located
            .GroupBy(item => (item.Finding.RuleId, item.Finding.Path, item.FlaggedText))
            .SelectMany(group => group
                .OrderBy(item => item.Start)
                .Select((item, occurrence) => (item.Finding with { Fingerprint = Fingerprint(group.Key.RuleId, group.Key.Path, group.Key.FlaggedText, occurrence) }, item.Start)))
            .OrderBy(item => item.Item1.Path, StringComparer.Ordinal)
            .ThenBy(item => item.Start)
            .ThenBy(item => item.Item1.RuleId, StringComparer.Ordinal)
            .Select(item => item.Item1)
            .ToImmutableArray();
    }

    public static TextRegion Region(SourceText text, TextSpan span)
    {
        var lines = text.Lines.GetLinePositionSpan(span);
        return new TextRegion(
            lines.Start.Line + 1, lines.Start.Character + 1, lines.End.Line + 1, lines.End.Character + 1, span.Start, span.Length,
            Utf8Column(text, span.Start), Utf8Column(text, span.End));
    }

    /// <summary>1 + the UTF-8 bytes of the line before the position.</summary>
    private static int Utf8Column(SourceText text, int position)
    {
        var lineStart = text.Lines.GetLineFromPosition(position).Start;
        return Encoding.UTF8.GetByteCount(text.ToString(TextSpan.FromBounds(lineStart, position))) + 1;
    }

    /// <summary>The flagged lines, each trimmed: what stays the same when lines above are added or removed, or the
    /// code is re-indented.</summary>
    private static string FlaggedText(SourceText text, TextRegion region) => string.Join(
        "\n",
        Enumerable.Range(region.StartLine - 1, region.EndLine - region.StartLine + 1).Select(line => text.Lines[line].ToString().Trim()));

    /// <summary>Rule, file, flagged text and which of the identical flagged texts in the file: lines moving does not
    /// change it, editing the flagged lines does.</summary>
    private static string Fingerprint(string ruleId, string path, string flaggedText, int occurrence) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{ruleId}\0{path}\0{flaggedText}\0{occurrence}")));

    private static string? Justification(SuppressionInfo? info) =>
        info?.Attribute?.NamedArguments.FirstOrDefault(argument => argument.Key == "Justification").Value.Value as string;
}
