using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HsmAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace HsmAnalyzers.Tests;

/// <summary>Fix All on a document, a project and a solution gives what applying the fixes one at a time gives, and a
/// second Fix All has nothing left to do. Every fixer of the package is run (found by reflection) on a solution of two
/// projects of two documents each, every document holding twice the first corpus file that shows the fixer's rule: a
/// file of the risky sample, else of Corpus/Fixable. A new rule's fixer is covered as soon as one of them shows its rule.</summary>
public class FixAllTests
{
    public static TheoryData<string, FixAllScope> Cases()
    {
        var data = new TheoryData<string, FixAllScope>();
        foreach (var fixer in Package.Fixers)
        {
            foreach (var scope in new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution })
            {
                data.Add(fixer.GetType().Name, scope);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task FixAllEqualsOneAtATimeAndLeavesNothing(string fixerName, FixAllScope scope)
    {
        var fixer = Package.Fixers.Single(f => f.GetType().Name == fixerName);
        using var workspace = new AdhocWorkspace();
        var solution = await CreateSolutionAsync(workspace, fixer);
        var trigger = solution.Projects.OrderBy(p => p.Name, StringComparer.Ordinal).First().Documents.OrderBy(d => d.Name, StringComparer.Ordinal).First();
        var inScope = DocumentsInScope(solution, trigger, scope);

        // A whole-project rule reports once per project (per key name for HSM1502), the others at least twice a document.
        var wholeProject = Package.Analyzers.SelectMany(a => a.SupportedDiagnostics).Any(d => fixer.FixableDiagnosticIds.Contains(d.Id) && d.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd));
        var minimum = wholeProject ? inScope.Select(id => id.ProjectId).Distinct().Count() : inScope.Count * 2;
        var fixable = await FixableAsync(solution, fixer, inScope);
        Assert.True(fixable.Count >= minimum, $"{fixerName}: the corpus has {fixable.Count} fixable diagnostics in {inScope.Count} documents; the risky sample or Corpus/Fixable must show the rule");
        var equivalenceKey = fixable[0].Action.EquivalenceKey;
        var fixAll = await FixAllAsync(solution, fixer, solution.GetDocument(trigger.Id)!, scope, equivalenceKey);
        Assert.Empty(await FixableAsync(fixAll, fixer, inScope));
        var second = await FixAllAsync(fixAll, fixer, fixAll.GetDocument(trigger.Id)!, scope, equivalenceKey);
        foreach (var documentId in solution.Projects.SelectMany(p => p.DocumentIds))
        {
            Assert.Equal((await fixAll.GetDocument(documentId)!.GetTextAsync()).ToString(), (await second.GetDocument(documentId)!.GetTextAsync()).ToString());
        }

        // A whole-project rule is satisfied for every site by the first fix, so one at a time fixes only that one.
        if (wholeProject)
        {
            return;
        }

        // One at a time: fix the first fixable diagnostic, analyze again, until none is left.
        var oneAtATime = solution;
        for (var step = 0; step < 200; step++)
        {
            var remaining = await FixableAsync(oneAtATime, fixer, inScope);
            if (remaining.Count == 0)
            {
                break;
            }

            oneAtATime = await ApplyAsync(remaining[0].Action, oneAtATime);
        }

        foreach (var documentId in solution.Projects.SelectMany(p => p.DocumentIds))
        {
            var expected = (await oneAtATime.GetDocument(documentId)!.GetTextAsync()).ToString();
            var actual = (await fixAll.GetDocument(documentId)!.GetTextAsync()).ToString();
            Assert.Equal(expected, actual);
            if (!inScope.Contains(documentId))
            {
                Assert.Equal((await solution.GetDocument(documentId)!.GetTextAsync()).ToString(), actual);
            }
        }
    }

    /// <summary>The options the fixes that need configuration read (the admin group, the Log Analytics workspace).</summary>
    private static readonly ImmutableDictionary<string, string> Options = ImmutableDictionary<string, string>.Empty
        .Add("hsm_analyzers.admin_group_object_ids", "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b")
        .Add("hsm_analyzers.log_analytics_workspace_id", "/subscriptions/0000/resourceGroups/ops/providers/Microsoft.OperationalInsights/workspaces/audit");

    private static IEnumerable<string> CorpusFiles() =>
        Directory.EnumerateFiles(Path.Combine(Package.RepositoryRoot, "samples", "RiskyProvisioning"), "*.cs").Order(StringComparer.Ordinal)
            .Concat(Directory.EnumerateFiles(Path.Combine(Package.RepositoryRoot, "tests", "HsmAnalyzers.Tests", "Corpus", "Fixable"), "*.cs").Order(StringComparer.Ordinal));

    private static async Task<Solution> CreateSolutionAsync(AdhocWorkspace workspace, CodeFixProvider fixer)
    {
        foreach (var path in CorpusFiles())
        {
            var solution = await CreateSolutionAsync(workspace, File.ReadAllText(path));
            if ((await FixableAsync(solution, fixer, solution.Projects.SelectMany(p => p.DocumentIds).ToImmutableHashSet())).Count > 0)
            {
                return solution;
            }

            workspace.ClearSolution();
        }

        throw new Xunit.Sdk.XunitException($"{fixer.GetType().Name}: no file of the risky sample or of Corpus/Fixable shows the rule with a fix");
    }

    private static async Task<Solution> CreateSolutionAsync(AdhocWorkspace workspace, string source)
    {
        var declaration = source.IndexOf("\nnamespace ", StringComparison.Ordinal) + 1;
        var end = source.IndexOf(';', declaration);
        Assert.True(declaration > 0 && end > declaration, "corpus files declare a file-scoped namespace");
        var usings = source.Substring(0, declaration);
        var body = source.Substring(end + 1);

        var solution = workspace.CurrentSolution;
        foreach (var projectName in new[] { "First", "Second" })
        {
            var projectId = ProjectId.CreateNewId(projectName);
            solution = solution.AddProject(ProjectInfo.Create(
                projectId,
                VersionStamp.Create(),
                projectName,
                projectName,
                LanguageNames.CSharp,
                compilationOptions: AnalyzerRunner.CompilationOptions,
                parseOptions: AnalyzerRunner.ParseOptions,
                metadataReferences: await AnalyzerRunner.ReferencesAsync()));
            foreach (var documentName in new[] { "A", "B" })
            {
                // The file twice in one document, in two namespaces, so that each document has several findings of each rule.
                var text = usings
                    + $"namespace {projectName}.{documentName}.One\n{{{body}}}\n"
                    + $"namespace {projectName}.{documentName}.Two\n{{{body}}}\n";
                solution = solution.AddDocument(DocumentId.CreateNewId(projectId), documentName + ".cs", SourceText.From(text), filePath: $"/{projectName}/{documentName}.cs");
            }
        }

        return solution;
    }

    private static ImmutableHashSet<DocumentId> DocumentsInScope(Solution solution, Document trigger, FixAllScope scope) => scope switch
    {
        FixAllScope.Document => ImmutableHashSet.Create(trigger.Id),
        FixAllScope.Project => trigger.Project.DocumentIds.ToImmutableHashSet(),
        _ => solution.Projects.SelectMany(p => p.DocumentIds).ToImmutableHashSet(),
    };

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, IEnumerable<string> ids)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = await AnalyzerRunner.WithAnalyzers(compilation, Package.Analyzers, options: Options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics
            .Where(d => ids.Contains(d.Id))
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
    }

    /// <summary>The diagnostics in scope for which the fixer offers a fix, each with that fix, in file and position order.</summary>
    private static async Task<List<(Diagnostic Diagnostic, CodeAction Action)>> FixableAsync(Solution solution, CodeFixProvider fixer, ImmutableHashSet<DocumentId> inScope)
    {
        var result = new List<(Diagnostic, CodeAction)>();
        foreach (var project in solution.Projects.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            foreach (var diagnostic in await AnalyzeAsync(project, fixer.FixableDiagnosticIds))
            {
                var document = project.GetDocument(diagnostic.Location.SourceTree);
                if (document is null || !inScope.Contains(document.Id))
                {
                    continue;
                }

                var actions = new List<CodeAction>();
                await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                if (actions.Count > 0)
                {
                    result.Add((diagnostic, actions[0]));
                }
            }
        }

        return result;
    }

    private static async Task<Solution> ApplyAsync(CodeAction action, Solution solution)
    {
        foreach (var operation in await action.GetOperationsAsync(CancellationToken.None))
        {
            if (operation is ApplyChangesOperation apply)
            {
                return apply.ChangedSolution;
            }
        }

        return solution;
    }

    private static async Task<Solution> FixAllAsync(Solution solution, CodeFixProvider fixer, Document trigger, FixAllScope scope, string? equivalenceKey)
    {
        var provider = fixer.GetFixAllProvider();
        Assert.NotNull(provider);
        Assert.Contains(scope, provider!.GetSupportedFixAllScopes());
        var context = new FixAllContext(trigger, fixer, scope, equivalenceKey, fixer.FixableDiagnosticIds, new DiagnosticProvider(fixer.FixableDiagnosticIds), CancellationToken.None);
        var action = await provider.GetFixAsync(context);
        return action is null ? solution : await ApplyAsync(action, solution);
    }

    private sealed class DiagnosticProvider : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<string> _ids;

        public DiagnosticProvider(ImmutableArray<string> ids) => _ids = ids;

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return (await AnalyzeAsync(document.Project, _ids)).Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            await AnalyzeAsync(project, _ids);
    }
}
