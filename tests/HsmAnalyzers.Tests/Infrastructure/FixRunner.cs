using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace HsmAnalyzers.Tests.Infrastructure;

/// <summary>Runs the package's analyzers and fixers on one document in a workspace, as the IDE does.</summary>
internal static class FixRunner
{
    /// <param name="isProgram">Compile as an executable (a program of top-level statements).</param>
    public static async Task<Document> CreateDocumentAsync(AdhocWorkspace workspace, string text, bool isProgram = false)
    {
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Create(),
            "Corpus",
            "Corpus",
            LanguageNames.CSharp,
            compilationOptions: isProgram ? AnalyzerRunner.CompilationOptions.WithOutputKind(OutputKind.ConsoleApplication) : AnalyzerRunner.CompilationOptions,
            parseOptions: AnalyzerRunner.ParseOptions,
            metadataReferences: await AnalyzerRunner.ReferencesAsync()));
        return workspace.AddDocument(project.Id, "Corpus.cs", SourceText.From(text));
    }

    /// <summary>The package's diagnostics on the document; analyzer exceptions are added to <paramref name="failures"/>.</summary>
    /// <param name="options">Analyzer config options (<c>.editorconfig</c> keys) for every file.</param>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Document document, List<string> failures, IReadOnlyDictionary<string, string>? options = null)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        var withAnalyzers = AnalyzerRunner.WithAnalyzers(
            compilation,
            Package.Analyzers,
            onAnalyzerException: (exception, analyzer, _) => failures.Add($"{analyzer.GetType().Name}: {exception}"),
            options: options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        failures.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()));
        return diagnostics.Where(d => d.Id.StartsWith("HSM", System.StringComparison.Ordinal)).ToImmutableArray();
    }

    /// <summary>The documents each offered fix for <paramref name="diagnostic"/> produces.</summary>
    public static async Task<ImmutableArray<Document>> ApplyFixesAsync(Document document, Diagnostic diagnostic) =>
        (await ApplyFixesWithKeysAsync(document, diagnostic)).Select(fix => fix.Document).ToImmutableArray();

    /// <summary>The document each offered fix for <paramref name="diagnostic"/> produces, with its fixer and equivalence key.</summary>
    public static async Task<ImmutableArray<(CodeFixProvider Fixer, string? EquivalenceKey, Document Document)>> ApplyFixesWithKeysAsync(Document document, Diagnostic diagnostic)
    {
        var results = ImmutableArray.CreateBuilder<(CodeFixProvider, string?, Document)>();
        foreach (var fixer in Package.Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
        {
            var actions = new List<CodeAction>();
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            foreach (var action in actions)
            {
                foreach (var operation in await action.GetOperationsAsync(CancellationToken.None))
                {
                    if (operation is ApplyChangesOperation apply)
                    {
                        results.Add((fixer, action.EquivalenceKey, apply.ChangedSolution.GetDocument(document.Id)!));
                    }
                }
            }
        }

        return results.ToImmutable();
    }

    /// <summary>The document after Fix All in document for <paramref name="diagnostics"/> under the fixer's first
    /// fix's equivalence key (the key of the fix offered for the first diagnostic), or null when no fix is offered.</summary>
    public static async Task<Document?> FixAllInDocumentAsync(Document document, CodeFixProvider fixer, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey = null)
    {
        if (equivalenceKey is null)
        {
            var actions = new List<CodeAction>();
            foreach (var diagnostic in diagnostics)
            {
                await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                if (actions.Count > 0)
                {
                    break;
                }
            }

            if (actions.Count == 0)
            {
                return null;
            }

            equivalenceKey = actions[0].EquivalenceKey;
        }

        var context = new FixAllContext(document, fixer, FixAllScope.Document, equivalenceKey, fixer.FixableDiagnosticIds, new FixedDiagnostics(diagnostics), CancellationToken.None);
        var fixAll = await fixer.GetFixAllProvider()!.GetFixAsync(context);
        if (fixAll is null)
        {
            return null;
        }

        foreach (var operation in await fixAll.GetOperationsAsync(CancellationToken.None))
        {
            if (operation is ApplyChangesOperation apply)
            {
                return apply.ChangedSolution.GetDocument(document.Id);
            }
        }

        return null;
    }

    /// <summary>Diagnostics computed once, for Fix All.</summary>
    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return diagnostics.Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
