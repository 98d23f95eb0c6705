using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using HsmAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HsmAnalyzers.Tests.Shapes;

/// <summary>Writes a snippet's program for a transformation, compiles it and lists the package's findings as
/// (rule ID, the text of the construct the finding sits on).</summary>
internal static class ShapeRunner
{
    public const string Usings = """
        using System;
        using System.Threading.Tasks;
        using Azure;
        using Azure.Core;
        using Azure.ResourceManager;
        using Azure.ResourceManager.Resources;
        using Azure.ResourceManager.KeyVault;
        using Azure.ResourceManager.KeyVault.Models;
        using Azure.ResourceManager.Authorization;
        using Azure.ResourceManager.Authorization.Models;
        using Azure.Security.KeyVault.Keys;
        using Azure.Security.KeyVault.Administration;
        using Azure.Identity;

        """;

    public static string Program(Snippet snippet, Variant variant)
    {
        var body = variant.Body.Replace("{VALUE}", variant.Replacement);
        if (variant.TopLevel)
        {
            var locals = snippet.Parameters.Length == 0 ? "" : string.Join("\n", snippet.Parameters.Split(',').Select(p => p.Trim() + " = default!;"));
            var members = snippet.Members + "\n" + variant.Members;
            return Usings + $$"""
                {{locals}}
                {{variant.Prefix}}
                {{body}}
                {{variant.LocalFunctions}}

                partial class Program
                {
                    {{members}}
                }

                {{variant.Types}}
                """;
        }

        return Usings + $$"""
            class C
            {
                {{snippet.Members}}
                {{variant.Members}}

                async Task Run({{snippet.Parameters}})
                {
                    {{variant.Prefix}}
                    {{body}}
                    {{variant.LocalFunctions}}
                }
            }

            {{variant.Types}}
            """;
    }

    /// <summary>The findings of the package on <paramref name="source"/>, which must compile.</summary>
    public static async Task<List<(string Id, string Construct)>> FindingsAsync(string source, bool topLevel)
    {
        var options = AnalyzerRunner.CompilationOptions.WithOutputKind(topLevel ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary);
        var compilation = CSharpCompilation.Create(
            "Shapes",
            [CSharpSyntaxTree.ParseText(source, AnalyzerRunner.ParseOptions, "Shape.cs")],
            await AnalyzerRunner.ReferencesAsync(),
            options);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The variant does not compile:\n" + string.Join("\n", errors) + "\n\n" + source);

        var diagnostics = await AnalyzerRunner.AnalyzeAsync(compilation);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics
            .Where(d => d.Location.IsInSource)
            .Select(d => (d.Id, Normalize(d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan))))
            .ToList();
    }

    public static string Normalize(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
