using System.IO;
using System.Linq;
using System.Threading.Tasks;
using HsmAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Tests;

/// <summary>The false-positive regression suite: realistic compliant code that must produce no diagnostic.</summary>
public class ValidCodeTests
{
    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(Package.RepositoryRoot, "tests", "HsmAnalyzers.Tests", "Corpus", "Valid"), "*.cs").Order())
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task CorpusFileIsSilent(string fileName)
    {
        var path = Path.Combine(Package.RepositoryRoot, "tests", "HsmAnalyzers.Tests", "Corpus", "Valid", fileName);
        var support = Path.Combine(Package.RepositoryRoot, "tests", "HsmAnalyzers.Tests", "Corpus", "Valid", "Support", "ProjectOperations.cs");
        var compilation = await AnalyzerRunner.CompileAsync([(path, File.ReadAllText(path)), (support, File.ReadAllText(support))]);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(await AnalyzerRunner.AnalyzeAsync(compilation));
    }
}
