using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HsmAnalyzers.Engine;
using HsmAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace HsmAnalyzers.Tests;

/// <summary>The code on each rule page does what the page says: its <c>```cs noncompliant</c> blocks give exactly the
/// findings their markup (<c>[|…|]</c>, or <c>{|HSM1001:…|}</c>) marks, its <c>```cs compliant</c> blocks none. Each
/// block is a whole file, compiled alone with <see cref="GlobalUsings"/> (so that pages need not repeat the usual
/// using directives), and checked by the page's rule alone through the verifiers, as the rule's own tests are.</summary>
public class RulePageSamplesTests
{
    public const string NonCompliantTag = "```cs noncompliant";
    public const string CompliantTag = "```cs compliant";

    /// <summary>The namespaces every page block may use without a using directive.</summary>
    public const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Azure;
        global using Azure.Core;
        global using Azure.Identity;
        global using Azure.ResourceManager;
        global using Azure.ResourceManager.Authorization;
        global using Azure.ResourceManager.Authorization.Models;
        global using Azure.ResourceManager.KeyVault;
        global using Azure.ResourceManager.KeyVault.Models;
        global using Azure.ResourceManager.Monitor;
        global using Azure.ResourceManager.Monitor.Models;
        global using Azure.ResourceManager.Resources;
        global using Azure.Security.KeyVault.Administration;
        global using Azure.Security.KeyVault.Keys;
        global using Azure.Security.KeyVault.Secrets;

        """;

    /// <summary>What a block that imports Azure.Provisioning namespaces itself (<c>using Azure.Provisioning.KeyVault;</c>)
    /// is compiled with instead of <see cref="GlobalUsings"/>: the ARM SDK and Azure.Provisioning name their Managed HSM
    /// types alike.</summary>
    public const string ProvisioningGlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using Azure.Core;

        """;

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var id in Package.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Order())
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void PageHasBothKindsOfBlock(string id)
    {
        var blocks = Blocks(id);
        Assert.True(blocks.Any(block => block.NonCompliant), $"docs/rules/{id}.md has no '{NonCompliantTag}' block.");
        Assert.True(blocks.Any(block => !block.NonCompliant), $"docs/rules/{id}.md has no '{CompliantTag}' block.");
        Assert.All(blocks.Where(block => block.NonCompliant), block => Assert.True(
            block.Code.Contains("[|", StringComparison.Ordinal) || block.Code.Contains("{|" + id, StringComparison.Ordinal),
            $"The non-compliant block at line {block.Line} of docs/rules/{id}.md marks no finding."));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task BlocksGiveTheFindingsTheyMark(string id)
    {
        var rule = RuleType(id);
        var run = typeof(RulePageSamplesTests).GetMethod(nameof(VerifyAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.MakeGenericMethod(rule);
        foreach (var block in Blocks(id))
        {
            try
            {
                await (Task)run.Invoke(null, [id, block.Code])!;
            }
            catch (Exception exception)
            {
                throw new Xunit.Sdk.XunitException($"The {(block.NonCompliant ? "non-compliant" : "compliant")} block at line {block.Line} of docs/rules/{id}.md: {exception.Message}");
            }
        }
    }

    internal static IReadOnlyList<(bool NonCompliant, int Line, string Code)> Blocks(string id)
    {
        var lines = File.ReadAllLines(Path.Combine(Package.RepositoryRoot, "docs", "rules", id + ".md"));
        var blocks = new List<(bool, int, string)>();
        for (var index = 0; index < lines.Length; index++)
        {
            var tag = lines[index].Trim();
            if (tag is not (NonCompliantTag or CompliantTag))
            {
                continue;
            }

            var end = Array.FindIndex(lines, index + 1, line => line.Trim() == "```");
            blocks.Add((tag == NonCompliantTag, index + 1, string.Join("\n", lines[(index + 1)..end]) + "\n"));
            index = end;
        }

        return blocks;
    }

    private static Type RuleType(string id) => typeof(Descriptors).Assembly.GetTypes()
        .Single(type => typeof(HsmRule).IsAssignableFrom(type) && !type.IsAbstract
            && ((HsmRule)Activator.CreateInstance(type)!).SupportedDiagnostics.Any(descriptor => descriptor.Id == id));

    private static Task VerifyAsync<TRule>(string id, string code)
        where TRule : HsmRule, new()
    {
        var test = new PageTest<TRule> { TestCode = code };
        test.TestState.Sources.Add(("GlobalUsings.cs", code.Contains("using Azure.Provisioning", StringComparison.Ordinal) ? ProvisioningGlobalUsings : GlobalUsings));

        // A rule that is off by default runs at its default severity, as a project that turns it on would see it.
        var descriptor = new TRule().SupportedDiagnostics.First(d => d.Id == id);
        if (!descriptor.IsEnabledByDefault)
        {
            var severity = descriptor.DefaultSeverity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                DiagnosticSeverity.Info => "suggestion",
                _ => "silent",
            };
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"root = true\n\n[*]\ndotnet_diagnostic.{id}.severity = {severity}\n"));
        }

        return test.RunAsync(CancellationToken.None);
    }

    private sealed class PageTest<TRule> : CSharpAnalyzerTest<RuleAnalyzer<TRule>, DefaultVerifier>
        where TRule : HsmRule, new()
    {
        public PageTest()
        {
            ReferenceAssemblies = TestReferences.Net10;
            TestState.AdditionalReferences.AddRange(TestReferences.AzureSdk);
        }

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.CSharp12);
    }
}
