using System.Threading;
using System.Threading.Tasks;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace HsmAnalyzers.Tests.Infrastructure;

/// <summary>Verifies a rule, run alone by a <see cref="RuleAnalyzer{TRule}"/>, and its fixer on sources compiled against
/// the Azure SDK references. Sources get <see cref="Usings"/> prepended, so that tests show only the code that matters.</summary>
internal static class Verifier<TRule, TFixer>
    where TRule : HsmRule, new()
    where TFixer : CodeFixProvider, new()
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
        using Azure.Security.KeyVault.Keys;

        """;

    /// <summary>What sources of the Azure.Provisioning surface get prepended instead of <see cref="Usings"/>: the two
    /// surfaces name their Managed HSM types alike.</summary>
    public const string ProvisioningUsings = """
        using System;
        using Azure.Core;
        using Azure.Provisioning;
        using Azure.Provisioning.Authorization;
        using Azure.Provisioning.KeyVault;
        using Azure.Provisioning.Monitor;

        """;

    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, DiagnosticSeverity.Warning);

    /// <summary>The source has exactly the findings in its markup (and <paramref name="expected"/>).</summary>
    public static Task VerifyAnalyzerAsync(string source, string? editorConfig = null, params DiagnosticResult[] expected) =>
        RunAsync(new Test { TestCode = Usings + source }, editorConfig, expected);

    /// <summary>The findings in the markup, fixed one by one and with Fix All in document, project and solution,
    /// give <paramref name="fixedSource"/>. With <paramref name="fixedSource"/> equal to the source: no fix is offered.</summary>
    public static Task VerifyFixAsync(string source, string fixedSource, string? editorConfig = null, params DiagnosticResult[] expected) =>
        RunAsync(new Test { TestCode = Usings + source, FixedCode = Usings + fixedSource }, editorConfig, expected);

    /// <summary><see cref="VerifyAnalyzerAsync"/> for a source of the Azure.Provisioning surface.</summary>
    public static Task VerifyProvisioningAnalyzerAsync(string source, string? editorConfig = null, params DiagnosticResult[] expected) =>
        RunAsync(new Test { TestCode = ProvisioningUsings + source }, editorConfig, expected);

    /// <summary><see cref="VerifyFixAsync"/> for a source of the Azure.Provisioning surface.</summary>
    public static Task VerifyProvisioningFixAsync(string source, string fixedSource, string? editorConfig = null, params DiagnosticResult[] expected) =>
        RunAsync(new Test { TestCode = ProvisioningUsings + source, FixedCode = ProvisioningUsings + fixedSource }, editorConfig, expected);

    private static Task RunAsync(Test test, string? editorConfig, DiagnosticResult[] expected)
    {
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>The verifier with the references and language version every test uses.</summary>
    public sealed class Test : CSharpCodeFixTest<RuleAnalyzer<TRule>, TFixer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net10;
            TestState.AdditionalReferences.AddRange(TestReferences.AzureSdk);
        }

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.CSharp12);
    }
}
