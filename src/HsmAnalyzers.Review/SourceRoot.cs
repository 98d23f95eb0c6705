using System;
using System.IO;

namespace HsmAnalyzers.Review;

/// <summary>The folder every reported path is relative to (SARIF's <c>%SRCROOT%</c>): the git work tree that holds
/// the input, so that paths match the repository's as code scanning and pull-request annotations expect, or else
/// the input's folder.</summary>
internal sealed class SourceRoot
{
    private SourceRoot(string directory, bool isGitWorkTree)
    {
        Directory = Path.TrimEndingDirectorySeparator(directory) + Path.DirectorySeparatorChar;
        IsGitWorkTree = isGitWorkTree;
    }

    /// <summary>Absolute, ending with a directory separator.</summary>
    public string Directory { get; }

    public bool IsGitWorkTree { get; }

    public Uri Uri => new(Directory);

    public static SourceRoot Of(string inputPath)
    {
        var inputDirectory = Path.GetDirectoryName(inputPath)!;
        for (var directory = new DirectoryInfo(inputDirectory); directory is not null; directory = directory.Parent)
        {
            // A work tree's .git is a folder, a linked work tree's or a submodule's is a file.
            if (System.IO.Directory.Exists(Path.Combine(directory.FullName, ".git")) || File.Exists(Path.Combine(directory.FullName, ".git")))
            {
                return new SourceRoot(directory.FullName, isGitWorkTree: true);
            }
        }

        return new SourceRoot(inputDirectory, isGitWorkTree: false);
    }

    /// <summary>The path relative to the root with '/' separators, or null when the file is outside the root.</summary>
    public string? Relative(string fullPath) =>
        fullPath.StartsWith(Directory, StringComparison.Ordinal)
            ? fullPath[Directory.Length..].Replace(Path.DirectorySeparatorChar, '/')
            : null;
}
