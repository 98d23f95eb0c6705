using System;
using System.IO;
using System.Text;

namespace HsmAnalyzers.Review;

/// <summary>Where the report goes: stdout, or a file written whole or not at all (a temporary file beside it, then
/// moved over it), so that a failed run never leaves a truncated SARIF for the next CI step to upload.</summary>
internal sealed class ReportFile
{
    private readonly string? _path;

    private ReportFile(string? path) => _path = path;

    /// <summary>Checked before any work, so that a run that cannot write its report fails before it starts.</summary>
    public static ReportFile For(string? outputPath)
    {
        if (outputPath is null)
        {
            return new ReportFile(null);
        }

        var path = Path.GetFullPath(outputPath);
        if (Directory.Exists(path))
        {
            throw new ReviewException($"--output {outputPath} is a folder");
        }

        return Directory.Exists(Path.GetDirectoryName(path))
            ? new ReportFile(path)
            : throw new ReviewException($"--output {outputPath}: its folder does not exist");
    }

    public void Write(string report)
    {
        if (_path is null)
        {
            Console.Out.Write(report);
            return;
        }

        var temporary = Path.Combine(Path.GetDirectoryName(_path)!, $".{Path.GetFileName(_path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, report, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, _path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReviewException($"--output {_path} could not be written: {e.Message}");
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
