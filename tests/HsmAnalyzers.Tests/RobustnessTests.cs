using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using HsmAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HsmAnalyzers.Tests;

/// <summary>Bad input never crashes an analyzer or a fixer, and every fix offered on real code compiles.</summary>
public class RobustnessTests
{
    private static IEnumerable<string> CorpusPaths() =>
        Directory.EnumerateFiles(Path.Combine(Package.RepositoryRoot, "tests", "HsmAnalyzers.Tests", "Corpus"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(Package.RepositoryRoot, "samples"), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
            .Order(StringComparer.Ordinal);

    /// <summary>Mutants of the corpus: truncated, tokens deleted, braces removed, names renamed, types unknown.
    /// HSM_MUTANTS and HSM_MUTATION_SEED reproduce or widen a run.</summary>
    [Fact]
    public async Task MutantsNeverCrashAnAnalyzerOrAFixer()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("HSM_MUTANTS"), out var c) ? c : 1000;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("HSM_MUTATION_SEED"), out var s) ? s : 20261128;
        var random = new Random(seed);
        var sources = CorpusPaths().Select(File.ReadAllText).ToArray();
        var failures = new List<string>();

        for (var index = 0; index < count; index++)
        {
            var (kind, mutant) = Mutate(sources[random.Next(sources.Length)], random);
            var before = failures.Count;
            using var workspace = new AdhocWorkspace();
            var document = await FixRunner.CreateDocumentAsync(workspace, mutant);
            foreach (var diagnostic in await FixRunner.AnalyzeAsync(document, failures))
            {
                try
                {
                    await FixRunner.ApplyFixesAsync(document, diagnostic);
                }
                catch (Exception exception)
                {
                    failures.Add($"fixer for {diagnostic}: {exception}");
                }
            }

            for (var i = before; i < failures.Count; i++)
            {
                failures[i] = $"mutant {index} ({kind}, HSM_MUTATION_SEED={seed} HSM_MUTANTS={count}): {failures[i]}";
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(5)));
    }

    [Fact]
    public async Task EveryFixOnTheRiskySampleCompilesAndRemovesItsDiagnostic()
    {
        var path = Path.Combine(Package.RepositoryRoot, "samples", "RiskyProvisioning", "HsmProvisioner.cs");
        using var workspace = new AdhocWorkspace();
        var document = await FixRunner.CreateDocumentAsync(workspace, File.ReadAllText(path));
        var errorsBefore = await ErrorsAsync(document);
        var failures = new List<string>();
        var fixes = 0;

        foreach (var diagnostic in await FixRunner.AnalyzeAsync(document, failures))
        {
            foreach (var fixedDocument in await FixRunner.ApplyFixesAsync(document, diagnostic))
            {
                fixes++;
                Assert.Equal(errorsBefore, await ErrorsAsync(fixedDocument));
                var remaining = await FixRunner.AnalyzeAsync(fixedDocument, failures);
                Assert.DoesNotContain(remaining, d => d.Id == diagnostic.Id && d.Location.SourceSpan.Start == diagnostic.Location.SourceSpan.Start);
            }
        }

        Assert.Empty(failures);
        Assert.True(fixes >= 4, $"only {fixes} fixes were offered");
    }

    private static async Task<string[]> ErrorsAsync(Document document) =>
        (await document.Project.GetCompilationAsync())!.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.Id)
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static (string Kind, string Text) Mutate(string text, Random random)
    {
        var tokens = CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToArray();
        var token = tokens[random.Next(tokens.Length)];
        switch (random.Next(6))
        {
            case 0:
                return ("truncated", text.Substring(0, random.Next(text.Length)));
            case 1:
                return ("token deleted", text.Remove(token.SpanStart, token.Span.Length));
            case 2:
                var braces = tokens.Where(t => t.IsKind(SyntaxKind.OpenBraceToken) || t.IsKind(SyntaxKind.CloseBraceToken)
                    || t.IsKind(SyntaxKind.OpenParenToken) || t.IsKind(SyntaxKind.CloseParenToken)).ToArray();
                var brace = braces[random.Next(braces.Length)];
                return ("brace removed", text.Remove(brace.SpanStart, brace.Span.Length));
            case 3:
                var identifiers = tokens.Where(t => t.IsKind(SyntaxKind.IdentifierToken)).ToArray();
                var identifier = identifiers[random.Next(identifiers.Length)];
                return ("member renamed", text.Remove(identifier.SpanStart, identifier.Span.Length).Insert(identifier.SpanStart, "Renamed" + random.Next(100)));
            case 4:
                var typeNames = tokens.Where(t => t.IsKind(SyntaxKind.IdentifierToken) && char.IsUpper(t.ValueText[0])).ToArray();
                var typeName = typeNames[random.Next(typeNames.Length)];
                return ("type unknown", text.Replace(typeName.ValueText, "UnknownType" + random.Next(10), StringComparison.Ordinal));
            default:
                var start = random.Next(text.Length);
                return ("span deleted", text.Remove(start, Math.Min(random.Next(1, 80), text.Length - start)));
        }
    }
}
