using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
        using Azure.ResourceManager.Monitor;
        using Azure.ResourceManager.Monitor.Models;
        using Azure.Identity;

        """;

    public const string ProvisioningUsings = """
        using System;
        using System.Threading.Tasks;
        using Azure.Core;
        using Azure.Provisioning;
        using Azure.Provisioning.Authorization;
        using Azure.Provisioning.KeyVault;

        """;

    /// <summary>Rules that are off by default, turned on: the table checks every rule's findings on every variant.</summary>
    private static readonly ImmutableDictionary<string, ReportDiagnostic> OffByDefaultTurnedOn =
        ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("HSM1202", ReportDiagnostic.Info);

    public static string UsingsOf(Snippet snippet) => snippet.Surface == Surface.Provisioning ? ProvisioningUsings : Usings;

    public static string Program(Snippet snippet, Variant variant)
    {
        var body = variant.Body.Replace("{VALUE}", variant.Replacement);
        if (variant.TopLevel)
        {
            var locals = snippet.Parameters.Length == 0 ? "" : string.Join("\n", snippet.Parameters.Split(',').Select(p => p.Trim() + " = default!;"));
            var members = snippet.Members + "\n" + variant.Members;
            return UsingsOf(snippet) + $$"""
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

        var namespaceUsings = variant.NamespaceUsings.Length == 0 ? "" : "namespace Shapes;\n" + variant.NamespaceUsings + "\n";
        return UsingsOf(snippet) + namespaceUsings + $$"""
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

    /// <summary>The file the variant adds next to the program (types in another file of the project), or null.</summary>
    public static string? OtherFile(Snippet snippet, Variant variant) =>
        variant.OtherFile is null ? null : UsingsOf(snippet) + variant.OtherFile;

    /// <summary>The findings of the package on <paramref name="source"/> (and <paramref name="otherFile"/>), which must
    /// compile: each finding's rule ID and construct, and each of its additional locations as the rule ID followed by
    /// "(also)" (a whole-project finding lists the project's other sites there).</summary>
    public static async Task<List<(string Id, string Construct)>> FindingsAsync(
        string source, bool topLevel, IReadOnlyDictionary<string, string>? analyzerOptions = null, string? otherFile = null)
    {
        var options = AnalyzerRunner.CompilationOptions
            .WithOutputKind(topLevel ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary)
            .WithSpecificDiagnosticOptions(OffByDefaultTurnedOn);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(source, AnalyzerRunner.ParseOptions, "Shape.cs") };
        if (otherFile is not null)
        {
            trees.Add(CSharpSyntaxTree.ParseText(otherFile, AnalyzerRunner.ParseOptions, "ShapeSettings.cs"));
        }

        var compilation = CSharpCompilation.Create("Shapes", trees, await AnalyzerRunner.ReferencesAsync(), options);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The variant does not compile:\n" + string.Join("\n", errors) + "\n\n" + source + "\n\n" + otherFile);

        var diagnostics = await AnalyzerRunner.AnalyzeAsync(compilation, options: analyzerOptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics
            .Where(d => d.Location.IsInSource)
            .SelectMany(d => d.AdditionalLocations
                .Where(location => location.IsInSource)
                .Select(location => (d.Id + "(also)", Text(location)))
                .Prepend((d.Id, Text(d.Location))))
            .ToList();
    }

    private static string Text(Location location) => Normalize(location.SourceTree!.GetText().ToString(location.SourceSpan));

    public static string Normalize(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
