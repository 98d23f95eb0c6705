using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HsmAnalyzers;
using HsmAnalyzers.CodeFixes.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace HsmAnalyzers.FixAllTimings;

/// <summary>Times the analysis of one generated document and Fix All in it for one rule, at growing N: the wall time
/// the work-counting tests (FixAllScalingTests, ScalingTests) leave out. Arguments: scenario names (all when none),
/// <c>--sizes 10,100,1000</c>, <c>--repeats 1</c>.</summary>
internal static class Program
{
    private const string Usings = """
        using System;
        using System.Threading.Tasks;
        using Azure;
        using Azure.Core;
        using Azure.ResourceManager;
        using Azure.ResourceManager.KeyVault;
        using Azure.ResourceManager.KeyVault.Models;
        using Azure.Security.KeyVault.Keys;
        using Azure.Security.KeyVault.Administration;

        """;

    private static readonly Dictionary<string, (CodeFixProvider Fixer, Func<int, string> Source)> Scenarios = new(StringComparer.Ordinal)
    {
        // HSM1502: N key creations in one method.
        ["keys"] = (new HSM1502KeyWithoutRotationPolicyFixer(), n => Method(
            "async Task Run(KeyClient keys)",
            Enumerable.Range(0, n).Select(i => $"await keys.CreateKeyAsync(\"key-{i}\", KeyType.RsaHsm);"))),

        // HSM1102: N role assignments at the HSM's scope in one method.
        ["roles"] = (new HSM1102KeyRoleAtBroadScopeFixer(), n => Method(
            "async Task Run(KeyVaultAccessControlClient access, KeyClient keys, string app)",
            Enumerable.Range(0, n).Select(_ => "await access.CreateRoleAssignmentAsync(KeyVaultRoleScope.Global, \"21dbd100-6940-42c2-9190-5d6cb909625b\", app);")
                .Prepend("KeyVaultKey key = await keys.CreateKeyAsync(\"payments\", KeyType.RsaHsm);"))),

        // HSM1402: rule sets that allow by default, nested N deep in ??.
        ["coalesce"] = (new HSM1402FirewallDefaultAllowFixer(), n => $$"""
            class C
            {
                ManagedHsmNetworkRuleSet? Run(ManagedHsmNetworkRuleSet? configured) => configured
            {{string.Concat(Enumerable.Range(0, n).Select(_ => "        ?? new ManagedHsmNetworkRuleSet { DefaultAction = ManagedHsmNetworkRuleAction.Allow }\n"))}}        ;
            }
            """),
    };

    public static async Task<int> Main(string[] args)
    {
        var sizes = new[] { 10, 100, 1000 };
        var repeats = 1;
        var names = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--sizes":
                    sizes = args[++i].Split(',').Select(int.Parse).ToArray();
                    break;
                case "--repeats":
                    repeats = int.Parse(args[++i]);
                    break;
                default:
                    if (!Scenarios.ContainsKey(args[i]))
                    {
                        Console.Error.WriteLine($"unknown scenario {args[i]}; known: {string.Join(", ", Scenarios.Keys)}");
                        return 1;
                    }

                    names.Add(args[i]);
                    break;
            }
        }

        var references = References();
        Console.WriteLine("scenario  N       findings  analysis (s)  Fix All (s)  Fix All per fix (ms)");
        foreach (var name in names.Count > 0 ? names : Scenarios.Keys.ToList())
        {
            var (fixer, source) = Scenarios[name];

            // Warm up the JIT on the smallest size, unmeasured.
            await RunAsync(fixer, Usings + source(sizes.Min()), references);
            foreach (var n in sizes)
            {
                for (var r = 0; r < repeats; r++)
                {
                    var (findings, analysis, fixAll) = await RunAsync(fixer, Usings + source(n), references);
                    Console.WriteLine($"{name,-9} {n,-7} {findings,-9} {analysis.TotalSeconds,12:F2}  {fixAll.TotalSeconds,11:F2}  {fixAll.TotalMilliseconds / Math.Max(1, findings),20:F2}");
                }
            }
        }

        return 0;
    }

    private static string Method(string signature, IEnumerable<string> statements) =>
        $"class C\n{{\n    {signature}\n    {{\n{string.Concat(statements.Select(s => "        " + s + "\n"))}    }}\n}}\n";

    private static async Task<(int Findings, TimeSpan Analysis, TimeSpan FixAll)> RunAsync(CodeFixProvider fixer, string source, ImmutableArray<MetadataReference> references)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Create(),
            "Timed",
            "Timed",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12),
            metadataReferences: references));
        var document = workspace.AddDocument(project.Id, "Timed.cs", SourceText.From(source));
        var compilation = (await document.Project.GetCompilationAsync())!;
        if (compilation.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
        {
            throw new InvalidOperationException($"the generated source does not compile: {error}");
        }

        var clock = Stopwatch.StartNew();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ManagedHsmAnalyzer(), new ManagedHsmProjectAnalyzer());
        var diagnostics = (await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync(CancellationToken.None))
            .Where(d => fixer.FixableDiagnosticIds.Contains(d.Id))
            .ToImmutableArray();
        var analysis = clock.Elapsed;

        clock.Restart();
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var actions = new List<CodeAction>();
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostics[0], (action, _) => actions.Add(action), CancellationToken.None));
        var context = new FixAllContext(document, fixer, FixAllScope.Document, actions[0].EquivalenceKey, fixer.FixableDiagnosticIds, new Diagnostics(diagnostics), CancellationToken.None);
        var fixAll = (await fixer.GetFixAllProvider()!.GetFixAsync(context))!;
        var changed = (await fixAll.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
        _ = await changed.GetTextAsync();
        Console.WriteLine($"   Fix All processor time {(Process.GetCurrentProcess().TotalProcessorTime - processor).TotalSeconds:F2} s");
        return (diagnostics.Length, analysis, clock.Elapsed);
    }

    /// <summary>The running .NET's assemblies and the SDK assemblies next to the harness (the real Azure.Core and
    /// Azure.ResourceManager, and the stand-ins of the Managed HSM packages).</summary>
    private static ImmutableArray<MetadataReference> References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll");
        var sdk = new[] { "Azure.Core", "Azure.ResourceManager", "Azure.ResourceManager.KeyVault", "Azure.ResourceManager.Authorization", "Azure.Security.KeyVault.Administration", "Azure.Security.KeyVault.Keys" }
            .Select(name => Path.Combine(AppContext.BaseDirectory, name + ".dll"));
        return platform.Concat(sdk).Distinct().Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
    }

    private sealed class Diagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
