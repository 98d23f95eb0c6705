using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using HsmAnalyzers.Tests.Infrastructure;
using HsmAnalyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace HsmAnalyzers.Tests;

/// <summary>Bad input never crashes an analyzer or a fixer, and every fix offered on real code compiles.</summary>
public class RobustnessTests
{
    private static IEnumerable<string> CorpusPaths() =>
        Directory.EnumerateFiles(Path.Combine(Package.RepositoryRoot, "tests", "HsmAnalyzers.Tests", "Corpus"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(Package.RepositoryRoot, "samples"), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
            .Order(StringComparer.Ordinal);

    /// <summary>The options the fixes that need configuration read, so that their fixes run on the mutants too.</summary>
    private static readonly Dictionary<string, string> Options = new()
    {
        ["hsm_analyzers.admin_group_object_ids"] = "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b",
        ["hsm_analyzers.log_analytics_workspace_id"] = "/subscriptions/0000/resourceGroups/ops/providers/Microsoft.OperationalInsights/workspaces/audit",
    };

    /// <summary>How many findings of one mutant, picked at random, have their fixes run. A mutant differs from its source
    /// in one place, so its other findings repeat those of other mutants; two keep 10,000 mutants in CI's time (all of
    /// them took about five times as long). HSM_FIXES_PER_MUTANT=0 checks every finding of every mutant.</summary>
    private const int DefaultFindingsCheckedPerMutant = 2;

    /// <summary>Mutants of the corpus, half by the breaking operators (truncated, tokens deleted, braces removed, names
    /// renamed, types unknown), half by the realistic ones of <see cref="Mutators"/>. On every mutant no analyzer or
    /// fixer throws; on a mutant that compiles, every offered fix, one by one and Fix All in document, changes the code
    /// and leaves it compiling once its text is parsed again. HSM_MUTANTS and HSM_MUTATION_SEED reproduce or widen a run.</summary>
    [Fact]
    public async Task MutantsNeverCrashAnAnalyzerOrAFixer()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("HSM_MUTANTS"), out var c) ? c : 1000;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("HSM_MUTATION_SEED"), out var s) ? s : 20261128;
        var findingsChecked = int.TryParse(Environment.GetEnvironmentVariable("HSM_FIXES_PER_MUTANT"), out var f) ? f : DefaultFindingsCheckedPerMutant;
        var random = new Random(seed);
        var sources = CorpusPaths().Select(File.ReadAllText).ToArray();
        var failures = new List<string>();

        for (var index = 0; index < count; index++)
        {
            var source = sources[random.Next(sources.Length)];
            var mutant = random.Next(2) == 0 ? Mutate(source, random) : Mutators.Mutate(source, random) ?? Mutate(source, random);
            var before = failures.Count;
            using var workspace = new AdhocWorkspace();
            var document = await FixRunner.CreateDocumentAsync(workspace, mutant.Text, mutant.IsProgram);
            var compiles = (await ErrorsAsync(document)).Length == 0;
            var diagnostics = await FixRunner.AnalyzeAsync(document, failures, Options);
            foreach (var diagnostic in diagnostics.OrderBy(_ => random.Next()).Take(findingsChecked > 0 ? findingsChecked : int.MaxValue))
            {
                try
                {
                    foreach (var (fixer, _, fixedDocument) in await FixRunner.ApplyFixesWithKeysAsync(document, diagnostic))
                    {
                        if (compiles && await BreaksAsync(document, fixedDocument) is { } broken)
                        {
                            failures.Add($"{fixer.GetType().Name} on {diagnostic}: {broken}");
                        }
                    }
                }
                catch (Exception exception)
                {
                    failures.Add($"fixer for {diagnostic}: {exception}");
                }
            }

            if (compiles)
            {
                await CheckFixAllAsync(document, diagnostics, random, failures);
            }

            for (var i = before; i < failures.Count; i++)
            {
                failures[i] = $"mutant {index} ({mutant.Kind}, HSM_MUTATION_SEED={seed} HSM_MUTANTS={count}): {failures[i]}";
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(5)));
    }

    /// <summary>Fix All in document, for one fixer (picked at random) with two findings or more on the mutant, under
    /// the equivalence key of its first fix.</summary>
    private static async Task CheckFixAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, Random random, List<string> failures)
    {
        var candidates = Package.Fixers.Where(f => diagnostics.Count(d => f.FixableDiagnosticIds.Contains(d.Id)) >= 2).ToList();
        if (candidates.Count > 0)
        {
            var fixer = candidates[random.Next(candidates.Count)];
            var fixable = diagnostics.Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray();

            try
            {
                if (await FixRunner.FixAllInDocumentAsync(document, fixer, fixable) is { } fixedDocument && await BreaksAsync(document, fixedDocument) is { } broken)
                {
                    failures.Add($"Fix All of {fixer.GetType().Name}: {broken}");
                }
            }
            catch (Exception exception)
            {
                failures.Add($"Fix All of {fixer.GetType().Name}: {exception}");
            }
        }
    }

    /// <summary>Why the fixed document breaks the one that compiled (a no-op, or the errors of its text parsed again),
    /// or null.</summary>
    private static async Task<string?> BreaksAsync(Document original, Document fixedDocument)
    {
        var text = (await fixedDocument.GetTextAsync()).ToString();
        if (text == (await original.GetTextAsync()).ToString())
        {
            return "the fix changes nothing";
        }

        var errors = await ErrorsAsync(original.WithText(SourceText.From(text)));
        return errors.Length == 0 ? null : $"the fixed code does not compile ({string.Join(", ", errors)}):{Environment.NewLine}{text}";
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

    private static Mutant Mutate(string text, Random random)
    {
        var (kind, mutant) = Break(text, random);
        return new Mutant(kind, mutant);
    }

    private static (string Kind, string Text) Break(string text, Random random)
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
