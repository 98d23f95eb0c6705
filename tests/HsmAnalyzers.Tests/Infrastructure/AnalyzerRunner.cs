using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HsmAnalyzers.Tests.Infrastructure;

/// <summary>Runs the package's analyzers on a compilation outside the verifiers: for corpora, samples and telemetry.</summary>
internal static class AnalyzerRunner
{
    private static ImmutableArray<MetadataReference>? netReferences;

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12);

    public static CSharpCompilationOptions CompilationOptions { get; } =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    /// <summary>The .NET reference assemblies, and the Azure SDK unless <paramref name="withAzureSdk"/> is false.</summary>
    public static async Task<ImmutableArray<MetadataReference>> ReferencesAsync(bool withAzureSdk = true)
    {
        netReferences ??= await TestReferences.Net10.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        return withAzureSdk ? netReferences.Value.AddRange(TestReferences.AzureSdk) : netReferences.Value;
    }

    public static async Task<CSharpCompilation> CompileAsync(IEnumerable<(string Path, string Text)> sources, bool withAzureSdk = true) =>
        CSharpCompilation.Create(
            "Corpus",
            sources.Select(source => CSharpSyntaxTree.ParseText(source.Text, ParseOptions, source.Path)),
            await ReferencesAsync(withAzureSdk),
            CompilationOptions);

    public static CompilationWithAnalyzers WithAnalyzers(
        Compilation compilation,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        bool concurrent = true,
        Action<Exception, DiagnosticAnalyzer, Diagnostic>? onAnalyzerException = null) =>
        compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException,
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
