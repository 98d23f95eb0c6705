using System.IO;

namespace HsmAnalyzers.Catalogue;

public static class RepositoryRoot
{
    /// <summary>The nearest directory at or above <paramref name="start"/> that holds HsmAnalyzers.sln.</summary>
    public static string? Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "HsmAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
