using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HsmAnalyzers.Engine;
using HsmAnalyzers.Rules;
using HsmAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1001PurgeProtectionRule, HsmAnalyzers.CodeFixes.Rules.HSM1001PurgeProtectionFixer>;

namespace HsmAnalyzers.Tests;

/// <summary>The package ships two analyzers hosting every rule: what each hosts, and how a host honours a rule turned
/// off for some files.</summary>
public class RuleHostTests
{
    [Fact]
    public void EveryRuleIsHostedOnce()
    {
        var ruleTypes = typeof(HsmRule).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(HsmRule)) && !type.IsAbstract).ToList();
        var listed = HsmRules.Create().Select(rule => rule.GetType()).ToList();
        Assert.Equal(ruleTypes.OrderBy(type => type.Name), listed.OrderBy(type => type.Name));
        Assert.Equal(listed.Count, listed.Distinct().Count());

        var hosted = Package.Analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics).Select(d => d.Id).ToList();
        var declared = HsmRules.Create().SelectMany(rule => rule.SupportedDiagnostics).Select(d => d.Id).ToList();
        Assert.Equal(declared.Order(StringComparer.Ordinal), hosted.Order(StringComparer.Ordinal));
    }

    /// <summary>The IDE treats an analyzer with any compilation-end descriptor as build-only in live analysis: the rules
    /// that report where the code is must not share a host with them.</summary>
    [Fact]
    public void CompilationEndRulesHaveAHostOfTheirOwn()
    {
        Assert.Equal(["ManagedHsmAnalyzer", "ManagedHsmProjectAnalyzer"], Package.Analyzers.Select(analyzer => analyzer.GetType().Name).Order(StringComparer.Ordinal));
        var live = Package.Analyzers.Single(analyzer => analyzer is ManagedHsmAnalyzer);
        var project = Package.Analyzers.Single(analyzer => analyzer is ManagedHsmProjectAnalyzer);
        Assert.DoesNotContain(live.SupportedDiagnostics, d => d.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd));
        Assert.All(project.SupportedDiagnostics, d => Assert.Contains(WellKnownDiagnosticTags.CompilationEnd, d.CustomTags));
    }

    public class Severity
    {
        private static readonly DiagnosticDescriptor OnByDefault = Descriptors.HSM1001PurgeProtectionDisabled;

#pragma warning disable RS2008 // A test double, not a shipped rule.
        private static readonly DiagnosticDescriptor OffByDefault = new("HSM9999", "t", "m", "c", DiagnosticSeverity.Warning, isEnabledByDefault: false);
#pragma warning restore RS2008

        private static readonly SyntaxTree Tree = CSharpSyntaxTree.ParseText("class C { }", path: "C.cs");

        private static readonly SyntaxTree OtherTree = CSharpSyntaxTree.ParseText("class D { }", path: "D.cs");

        [Theory]
        [InlineData(null, null, null, false)]
        [InlineData(ReportDiagnostic.Suppress, null, null, true)]
        [InlineData(ReportDiagnostic.Error, null, null, false)]
        [InlineData(null, ReportDiagnostic.Suppress, null, true)]
        [InlineData(null, null, ReportDiagnostic.Suppress, true)]
        [InlineData(null, ReportDiagnostic.Warn, ReportDiagnostic.Suppress, false)]
        [InlineData(null, ReportDiagnostic.Suppress, ReportDiagnostic.Warn, true)]
        [InlineData(ReportDiagnostic.Warn, ReportDiagnostic.Suppress, null, false)]
        [InlineData(ReportDiagnostic.Suppress, ReportDiagnostic.Warn, null, true)]
        [InlineData(ReportDiagnostic.Default, ReportDiagnostic.Suppress, null, true)] // "/warnaserror-:ID" leaves the files' setting
        public void CommandLineThenFileThenGlobalConfig(ReportDiagnostic? commandLine, ReportDiagnostic? file, ReportDiagnostic? global, bool suppressed) =>
            Assert.Equal(suppressed, IsSuppressed(OnByDefault, commandLine, file, global, Tree));

        [Fact]
        public void AFileSettingAppliesToThatFileOnly()
        {
            Assert.True(IsSuppressed(OnByDefault, null, ReportDiagnostic.Suppress, null, Tree));
            Assert.False(IsSuppressed(OnByDefault, null, ReportDiagnostic.Suppress, null, OtherTree));
        }

        [Fact]
        public void OffByDefaultUnlessTurnedOn()
        {
            Assert.True(IsSuppressed(OffByDefault, null, null, null, Tree));
            Assert.False(IsSuppressed(OffByDefault, null, ReportDiagnostic.Info, null, Tree));
            Assert.False(IsSuppressed(OffByDefault, null, null, ReportDiagnostic.Warn, Tree));
            Assert.False(IsSuppressed(OffByDefault, ReportDiagnostic.Default, null, null, Tree)); // the compiler reports it then
        }

        [Fact]
        public void ARuleRunsWhileAnyOfItsDescriptorsIsOn()
        {
            var options = Options(OnByDefault, ReportDiagnostic.Suppress, null, null);
            Assert.True(RuleSeverity.IsSuppressed([OnByDefault], options, Tree, CancellationToken.None));
            Assert.False(RuleSeverity.IsSuppressed([OnByDefault, Descriptors.HSM1401PublicNetworkAccessEnabled], options, Tree, CancellationToken.None));
        }

        private static bool IsSuppressed(DiagnosticDescriptor descriptor, ReportDiagnostic? commandLine, ReportDiagnostic? file, ReportDiagnostic? global, SyntaxTree tree) =>
            RuleSeverity.IsSuppressed([descriptor], Options(descriptor, commandLine, file, global), tree, CancellationToken.None);

        private static CompilationOptions Options(DiagnosticDescriptor descriptor, ReportDiagnostic? commandLine, ReportDiagnostic? file, ReportDiagnostic? global) =>
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
                .WithSpecificDiagnosticOptions(commandLine is { } report ? [new(descriptor.Id, report)] : [])
                .WithSyntaxTreeOptionsProvider(new TreeOptions(descriptor.Id, "C.cs", file, global));

    }

    /// <summary>A whole-project rule turned off in the file that backs up: the backup still counts for the project.</summary>
    [Fact]
    public async Task AWholeProjectRuleOffInOneFileStillSeesIt()
    {
        var compilation = await AnalyzerRunner.CompileAsync([
            ("Provisioning.cs", SdkSources.BareProvisioning),
            ("Backup.cs", """
                using System;
                using Azure.Security.KeyVault.Administration;

                class Backup
                {
                    void Run(KeyVaultBackupClient client, Uri container) => client.StartBackup(container);
                }
                """)]);
        var withBackupRuleOff = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new TreeOptions("HSM1203", "Backup.cs", ReportDiagnostic.Suppress, null)));

        var diagnostics = await AnalyzerRunner.WithAnalyzers(withBackupRuleOff, [new ManagedHsmProjectAnalyzer()]).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.Contains(diagnostics, d => d.Id == "HSM1301");
        Assert.DoesNotContain(diagnostics, d => d.Id == "HSM1203");
    }

    /// <summary>A rule that throws fails alone: the host's other rules still run on the file (a whole-project rule
    /// that missed a file would report falsely), and the failure still reaches the driver, naming the rule.</summary>
    [Fact]
    public async Task OneRuleFailingLeavesTheOthersRunning()
    {
        var compilation = await AnalyzerRunner.CompileAsync([("Provisioning.cs", SdkSources.BareProvisioning)]);
        var failures = new List<Exception>();

        var diagnostics = await AnalyzerRunner.WithAnalyzers(compilation, [new FailingFirstHost()], onAnalyzerException: (exception, _, _) => failures.Add(exception))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.Contains(diagnostics, d => d.Id == "HSM1001");
        var failure = Assert.Single(failures);
        Assert.Contains("HSM9998", failure.Message);
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class FailingFirstHost() : RuleHostAnalyzer([new FailingRule(), new HSM1001PurgeProtectionRule()]);

    private sealed class FailingRule : HsmRule
    {
#pragma warning disable RS2008 // A test double, not a shipped rule.
        private static readonly DiagnosticDescriptor Descriptor = new("HSM9998", "t", "m", "c", DiagnosticSeverity.Warning, isEnabledByDefault: true);
#pragma warning restore RS2008

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

        private protected override void OnSdkCompilationStart(HsmCompilationStartContext context) =>
            context.RegisterInvocationAction(ImmutableHashSet.Create("CreateOrUpdate"), (_, _) => throw new InvalidOperationException("the rule fails"));
    }

    /// <summary>What the compiler makes of an .editorconfig that sets <paramref name="id"/> for the file at
    /// <paramref name="path"/>, and of a global config.</summary>
    private sealed class TreeOptions(string id, string path, ReportDiagnostic? file, ReportDiagnostic? global) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            Find(diagnosticId == id && tree.FilePath == path ? file : null, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            Find(diagnosticId == id ? global : null, out severity);

        private static bool Find(ReportDiagnostic? value, out ReportDiagnostic severity)
        {
            severity = value.GetValueOrDefault();
            return value.HasValue;
        }
    }

    /// <summary>A rule turned off in one file's .editorconfig section still reports in the others.</summary>
    [Fact]
    public async Task ARuleOffInOneFileStillReportsInTheOthers()
    {
        const string Provisioning = """
            class {0}
            {{
                void Run(ResourceGroupResource group) =>
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope) {{ Properties = new ManagedHsmProperties {{ {1} }} }});
            }}
            """;
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/0/Legacy.cs", Verify.Usings + string.Format(Provisioning, "Legacy", "EnablePurgeProtection = false")));
        test.TestState.Sources.Add(("/0/Current.cs", Verify.Usings + string.Format(Provisioning, "Current", "[|EnablePurgeProtection = false|]")));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[Legacy.cs]\ndotnet_diagnostic.HSM1001.severity = none\n"));
        await test.RunAsync();
    }
}
