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
        Action<Exception, DiagnosticAnalyzer, Diagnostic>? onAnalyzerException = null,
        IReadOnlyDictionary<string, string>? options = null) =>
        compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new OptionsProvider(options ?? ImmutableDictionary<string, string>.Empty)),
                onAnalyzerException,
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: true,
                reportSuppressedDiagnostics: false));

    /// <summary>The package's diagnostics (and any analyzer failure, AD0001) on the compilation, in a stable order.</summary>
    /// <param name="options">Analyzer config options (<c>.editorconfig</c> / <c>.globalconfig</c> keys) for every file.</param>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, bool concurrent = true, IReadOnlyDictionary<string, string>? options = null)
    {
        var diagnostics = await WithAnalyzers(compilation, Package.Analyzers, concurrent, options: options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, System.StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>The same analyzer config options for every file, as a global config gives them.</summary>
    private sealed class OptionsProvider(IReadOnlyDictionary<string, string> options) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(options);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options(IReadOnlyDictionary<string, string> options) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
                options.TryGetValue(key, out value);
        }
    }
}
