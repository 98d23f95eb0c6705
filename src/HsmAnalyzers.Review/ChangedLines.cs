using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace HsmAnalyzers.Review;

/// <summary>The lines added or changed since a git reference, per file relative to the work tree's root, from
/// <c>git diff --unified=0 REF</c> (the work tree against REF, uncommitted changes included).</summary>
internal sealed partial class ChangedLines
{
    private readonly Dictionary<string, List<(int Start, int End)>> _ranges;

    private ChangedLines(Dictionary<string, List<(int Start, int End)>> ranges) => _ranges = ranges;

    public bool Touches(string path, TextRegion region) =>
        _ranges.TryGetValue(path, out var ranges) && ranges.Any(range => range.Start <= region.EndLine && region.StartLine <= range.End);

    public static async Task<ChangedLines> SinceAsync(SourceRoot root, string baseRef, CancellationToken cancellationToken)
    {
        if (!root.IsGitWorkTree)
        {
            throw new ReviewException($"--diff-base needs the input in a git work tree; none holds {root.Directory}");
        }

        // Prefixes, colour, external diff tools and quoting are set here: the user's git config must not change them.
        string[] arguments =
        [
            "-c", "core.quotePath=false", "diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-renames",
            "--src-prefix=a/", "--dst-prefix=b/", baseRef, "--",
        ];
        var (exitCode, output, error) = await GitAsync(root.Directory, arguments, cancellationToken).ConfigureAwait(false);
        return exitCode == 0
            ? Parse(output)
            : throw new ReviewException($"git diff {baseRef} failed: {FirstLine(error)}");
    }

    /// <summary>Reads the new side of each hunk header (<c>@@ -a,b +c,d @@</c>: lines c to c+d-1, none when d is 0;
    /// a pure deletion touches no line that is still there).</summary>
    private static ChangedLines Parse(string diff)
    {
        var ranges = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        List<(int, int)>? current = null;
        foreach (var line in diff.Split('\n'))
        {
            if (line.StartsWith("+++ ", StringComparison.Ordinal))
            {
                var target = line[4..].TrimEnd('\r');
                current = target.StartsWith("b/", StringComparison.Ordinal) ? ranges.GetValueOrDefault(target[2..]) ?? (ranges[target[2..]] = []) : null;
            }
            else if (current is not null && HunkHeader().Match(line) is { Success: true } hunk)
            {
                var start = int.Parse(hunk.Groups["start"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var count = hunk.Groups["count"].Success ? int.Parse(hunk.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
                if (count > 0)
                {
                    current.Add((start, start + count - 1));
                }
            }
        }

        return new ChangedLines(ranges);
    }

    [GeneratedRegex(@"^@@ -\d+(?:,\d+)? \+(?<start>\d+)(?:,(?<count>\d+))? @@")]
    private static partial Regex HunkHeader();

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no output";

    private static async Task<(int ExitCode, string Output, string Error)> GitAsync(string directory, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ReviewException("--diff-base needs git on the PATH: " + e.Message);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            return (process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
        }
    }
}
