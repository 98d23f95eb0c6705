using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace HsmAnalyzers.Tests.Infrastructure;

/// <summary>Runs the package's analyzers on a compilation outside the verifiers: for corpora, samples and telemetry.</summary>
internal static class AnalyzerRunner
{
    private static ImmutableArray<MetadataReference>? netReferences;

    public static async Task<CSharpCompilation> CompileAsync(IEnumerable<(string Path, string Text)> sources, bool withAzureSdk = true)
    {
        netReferences ??= await TestReferences.Net10.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var references = withAzureSdk ? netReferences.Value.AddRange(TestReferences.AzureSdk) : netReferences.Value;
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        return CSharpCompilation.Create(
            "Corpus",
            sources.Select(source => CSharpSyntaxTree.ParseText(source.Text, parseOptions, source.Path)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    public static CompilationWithAnalyzers WithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool concurrent = true) =>
        compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: null,
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: true,
                reportSuppressedDiagnostics: false));

    /// <summary>The package's diagnostics (and any analyzer failure, AD0001) on the compilation, in a stable order.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, bool concurrent = true)
    {
        var diagnostics = await WithAnalyzers(compilation, Package.Analyzers, concurrent).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, System.StringComparer.Ordinal)
            .ToImmutableArray();
    }
}
