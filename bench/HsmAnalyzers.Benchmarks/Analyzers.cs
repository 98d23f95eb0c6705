using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace HsmAnalyzers.Benchmarks;

/// <summary>The analyzer sets the configurations run, and the references the corpora compile against.</summary>
internal static class Analyzers
{
    /// <summary>The analyzers of src/HsmAnalyzers that the compiler loads, as the package lists them.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Hsm { get; } = PackageAnalyzers.Create();

    /// <summary>The baseline: an analyzer that registers nothing, so that only the analyzer driver's own cost shows.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> NoOp { get; } = [new NoOpAnalyzer()];

    /// <summary>The bind-once reference (issue 14): an analyzer whose only action is a no-op operation-block action, so
    /// that the driver binds every body and builds its operation tree. What any analyzer that needs semantic
    /// information on every body pays: the floor HsmAnalyzers are measured against on the dense corpora.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> BindOnce { get; } = [new BindOnceAnalyzer()];

    /// <summary>HsmAnalyzers' two hosts with every rule started but none run on a file: what the hosts cost of their
    /// own (the driver's handling of their actions, the syntax index, the severity checks), apart from the rules' work.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> HostsWithoutRules { get; } = [new HostWithoutRules(reportsAtCompilationEnd: false), new HostWithoutRules(reportsAtCompilationEnd: true)];

    /// <summary>The C# analyzers of the Microsoft.CodeAnalysis.NetAnalyzers 8.0.0 package (the .NET 8 SDK's), copied
    /// next to the benchmark at build time and loaded the way the compiler loads analyzer references.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Net { get; } = LoadNetAnalyzers();

    /// <summary>The builds of HsmAnalyzers given with <c>--compare-with</c> (another commit built under another assembly
    /// name), each an extra configuration, so that before and after run in the same process, rotation and corpora.</summary>
    public static Dictionary<Configuration, (string Label, ImmutableArray<DiagnosticAnalyzer> Analyzers)> Compared { get; } = [];

    /// <summary>Loads the analyzers of another build of HsmAnalyzers: <paramref name="path"/> is its assembly, or a folder
    /// holding one <c>HsmAnalyzers*.dll</c>. Its assembly name must differ from this build's (<c>-p:AssemblyName=…</c>),
    /// or the runtime hands back the assembly already loaded.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> LoadBuild(string path)
    {
        var file = Directory.Exists(path)
            ? Directory.GetFiles(path, "HsmAnalyzers*.dll").SingleOrDefault() ?? throw new ArgumentException($"--compare-with: no single HsmAnalyzers*.dll in {path}")
            : path;
        if (string.Equals(AssemblyName.GetAssemblyName(file).Name, typeof(RuleHostAnalyzer).Assembly.GetName().Name, StringComparison.Ordinal))
        {
            throw new ArgumentException($"--compare-with: {file} has this build's assembly name; build it with -p:AssemblyName=HsmAnalyzersOld");
        }

        var reference = new AnalyzerFileReference(Path.GetFullPath(file), new AnalyzerLoader());
        reference.AnalyzerLoadFailed += (_, e) => throw new InvalidOperationException($"--compare-with: {file}: {e.Message}", e.Exception);
        var analyzers = reference.GetAnalyzers(LanguageNames.CSharp);
        return analyzers.IsEmpty ? throw new ArgumentException($"--compare-with: no analyzers in {file}") : analyzers;
    }

    /// <summary>Severity overrides that make the driver run, of NetAnalyzers, what <c>dotnet build</c> runs at the default
    /// analysis level: the .NET 8 default level sets no severity of its own (its analysislevel_8_default.globalconfig is
    /// empty), so each rule has its descriptor's default; and the command-line compiler skips analyzers whose enabled
    /// rules are all Info or Hidden. Rules that are Info or Hidden are therefore turned off here.</summary>
    public static ImmutableDictionary<string, ReportDiagnostic> BuildViewOptions { get; } = Net
        .SelectMany(analyzer => analyzer.SupportedDiagnostics)
        .Where(descriptor => descriptor.DefaultSeverity < DiagnosticSeverity.Warning || !descriptor.IsEnabledByDefault)
        .Select(descriptor => descriptor.Id)
        .Distinct(StringComparer.Ordinal)
        .ToImmutableDictionary(id => id, _ => ReportDiagnostic.Suppress);

    /// <summary>The .NET 10 reference assemblies of the installed SDK (falling back to the running runtime's own assemblies).</summary>
    public static ImmutableArray<MetadataReference> NetReferences { get; } = LoadNetReferences();

    /// <summary>The Azure SDK as a user's project sees it: the real Azure.Core and Azure.ResourceManager, and the
    /// stand-ins of the Managed HSM packages (tests/Stubs), copied next to the benchmark by its project references.</summary>
    public static ImmutableArray<MetadataReference> AzureSdk { get; } = new[]
        {
            "Azure.Core", "Azure.ResourceManager", "Azure.ResourceManager.Authorization", "Azure.ResourceManager.KeyVault",
            "Azure.ResourceManager.Monitor", "Azure.Security.KeyVault.Administration", "Azure.Security.KeyVault.Keys",
            "System.ClientModel", "System.Memory.Data",
        }
        .Select(Reference)
        .ToImmutableArray();

    /// <summary>The SDK of the dense corpora: <see cref="AzureSdk"/>, and Azure.Identity and the secrets client that
    /// two rules look for.</summary>
    public static ImmutableArray<MetadataReference> DenseSdk { get; } = AzureSdk.AddRange(DenseCorpusGenerator.ExtraAssemblies.Select(Reference));

    private static MetadataReference Reference(string assemblyName) =>
        MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll"));

    private static ImmutableArray<DiagnosticAnalyzer> LoadNetAnalyzers()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "NetAnalyzers");
        var loader = new AnalyzerLoader();
        var files = Directory.GetFiles(folder, "*.dll").Order(StringComparer.Ordinal).ToArray();
        foreach (var file in files)
        {
            loader.AddDependencyLocation(file);
        }

        var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
        foreach (var file in files)
        {
            var reference = new AnalyzerFileReference(file, loader);
            reference.AnalyzerLoadFailed += (_, e) => throw new InvalidOperationException($"NetAnalyzers: {file}: {e.Message}", e.Exception);
            analyzers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
        }

        if (analyzers.Count == 0)
        {
            throw new InvalidOperationException("No NetAnalyzers found in " + folder);
        }

        return analyzers.ToImmutable();
    }

    private static ImmutableArray<MetadataReference> LoadNetReferences()
    {
        // <dotnet>/shared/Microsoft.NETCore.App/<version>/ → <dotnet>/packs/Microsoft.NETCore.App.Ref/<version>/ref/net10.0
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        var folder = Directory.Exists(packs)
            ? Directory.GetDirectories(packs)
                .Select(version => Path.Combine(version, "ref", "net10.0"))
                .Where(Directory.Exists)
                .Order(StringComparer.Ordinal)
                .LastOrDefault()
            : null;
        IEnumerable<string> paths = folder is not null
            ? Directory.GetFiles(folder, "*.dll")
            : ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll");
        return paths.Order(StringComparer.Ordinal).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
    }

    /// <summary>The IDE view's reference: what one finding costs the IDE when it lies in a method body, whoever reports it.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> OneBodyFinding { get; } = [new BodyFindingAnalyzer()];

    /// <summary>Reports one diagnostic per document, on the initial value of its last local variable declaration: where a
    /// rule's finding usually lies. Finding the node is a walk of the syntax, no semantic query.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class BodyFindingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Descriptor = new(
            "BENCH0002", "One finding", "One finding", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSemanticModelAction(model =>
            {
                var value = model.SemanticModel.SyntaxTree.GetRoot(model.CancellationToken).DescendantNodes()
                    .OfType<LocalDeclarationStatementSyntax>()
                    .SelectMany(statement => statement.Declaration.Variables)
                    .LastOrDefault(variable => variable.Initializer is not null)?.Initializer!.Value;
                if (value is not null)
                {
                    model.ReportDiagnostic(Diagnostic.Create(Descriptor, value.GetLocation()));
                }
            });
        }
    }

    /// <summary>The findings reference: an analyzer that analyses nothing and reports, from a semantic model action that
    /// asks the model nothing, the findings HsmAnalyzers report on the corpus, at the same locations (computed once, in an
    /// untimed run). What those findings cost the driver whoever reports them: for each one the compiler looks for
    /// <c>[SuppressMessage]</c> on every declaration around its location, with a semantic model of its own.
    /// <paramref name="liveOnly"/> leaves out the whole-project rules' findings, which live analysis does not report.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> FindingsOf(Corpus corpus, bool liveOnly) =>
        liveOnly ? FindingsCache.GetOrAdd(corpus, ComputeFindings).Live : FindingsCache.GetOrAdd(corpus, ComputeFindings).All;

    private static readonly ConcurrentDictionary<Corpus, (ImmutableArray<DiagnosticAnalyzer> All, ImmutableArray<DiagnosticAnalyzer> Live)> FindingsCache = new();

    private static (ImmutableArray<DiagnosticAnalyzer> All, ImmutableArray<DiagnosticAnalyzer> Live) ComputeFindings(Corpus corpus)
    {
        var findings = Harness.WithAnalyzers(Harness.Compile(corpus, Configuration.Hsm), Hsm, concurrent: true)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult()
            .Where(diagnostic => diagnostic.Location.IsInSource)
            .ToList();
        var live = findings.Where(diagnostic => !diagnostic.Descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd));
        return ([new FindingsAnalyzer(findings)], [new FindingsAnalyzer(live)]);
    }

    /// <summary>A host with the shipped hosts' rules, started as they are, whose per-file loop calls no rule.</summary>
#pragma warning disable RS1001 // Created by the benchmark with its rules, never loaded by a compiler.
    private sealed class HostWithoutRules(bool reportsAtCompilationEnd) : RuleHostAnalyzer(HsmRules.Create().Where(rule => rule.ReportsAtCompilationEnd == reportsAtCompilationEnd))
#pragma warning restore RS1001
    {
        private protected override void RunRule(HsmCompilationStartContext ruleContext, HsmAnalysisContext analysis, SemanticModel semanticModel, SyntaxIndex index)
        {
        }
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class FindingsAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Descriptor = new(
            "BENCH0004", "A finding of HsmAnalyzers", "A finding of HsmAnalyzers", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        // By file path: every run parses the corpus anew.
        private readonly ILookup<string, TextSpan> _spans;

        public FindingsAnalyzer(IEnumerable<Diagnostic> findings) =>
            _spans = findings.ToLookup(diagnostic => diagnostic.Location.SourceTree!.FilePath, diagnostic => diagnostic.Location.SourceSpan, StringComparer.Ordinal);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSemanticModelAction(model =>
            {
                foreach (var span in _spans[model.SemanticModel.SyntaxTree.FilePath])
                {
                    model.ReportDiagnostic(Diagnostic.Create(Descriptor, Location.Create(model.SemanticModel.SyntaxTree, span)));
                }
            });
        }
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class BindOnceAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Descriptor = new(
            "BENCH0003", "Bind once", "Bind once", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterOperationBlockAction(static _ => { });
        }
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class NoOpAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Descriptor = new(
            "BENCH0001", "No-op", "No-op", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
        }
    }

    private sealed class AnalyzerLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
