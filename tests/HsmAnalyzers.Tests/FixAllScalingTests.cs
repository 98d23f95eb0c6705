using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using HsmAnalyzers.CodeFixes.Engine;
using HsmAnalyzers.CodeFixes.Rules;
using HsmAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit.Abstractions;

namespace HsmAnalyzers.Tests;

/// <summary>Fix All over N fixes in one document costs about N single fixes: each fix is computed once on the document
/// as it is, the document is rewritten once, in one pass over the tree, bound once to shorten names and once to be
/// checked, and its new code is formatted node by node, not in the document, whatever N. Counted work, not time, so that a shared
/// machine does not make the test flaky; the time is written to the test output.</summary>
public class FixAllScalingTests(ITestOutputHelper output)
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

    public static TheoryData<int> Sizes() => [10, 100, 1000];

    /// <summary>HSM1502: N key creations in one method, each gets its rotation policy inserted after it.</summary>
    [Theory]
    [MemberData(nameof(Sizes))]
    public Task KeyCreationsInOneMethod(int n) => FixAllIsLinearAsync(
        new HSM1502KeyWithoutRotationPolicyFixer(),
        n,
        Method("async Task Run(KeyClient keys)", Enumerable.Range(0, n).Select(i => $"await keys.CreateKeyAsync(\"key-{i}\", KeyType.RsaHsm);")),
        "UpdateKeyRotationPolicyAsync");

    /// <summary>HSM1402: rule sets that allow by default, nested N deep in <c>??</c>.</summary>
    [Theory]
    [MemberData(nameof(Sizes))]
    public Task RuleSetsNestedInCoalesce(int n) => FixAllIsLinearAsync(
        new HSM1402FirewallDefaultAllowFixer(),
        n,
        $$"""
        class C
        {
            ManagedHsmNetworkRuleSet? Run(ManagedHsmNetworkRuleSet? configured) => configured
        {{string.Concat(Enumerable.Range(0, n).Select(_ => "        ?? new ManagedHsmNetworkRuleSet { DefaultAction = ManagedHsmNetworkRuleAction.Allow }\n"))}}        ;
        }
        """,
        "ManagedHsmNetworkRuleAction.Deny");

    /// <summary>HSM1102: N role assignments at the HSM's scope in one method, each scoped to the key the method created.</summary>
    [Theory]
    [MemberData(nameof(Sizes))]
    public Task RoleAssignmentsInOneMethod(int n) => FixAllIsLinearAsync(
        new HSM1102KeyRoleAtBroadScopeFixer(),
        n,
        Method(
            "async Task Run(KeyVaultAccessControlClient access, KeyClient keys, string app)",
            Enumerable.Range(0, n).Select(_ => "await access.CreateRoleAssignmentAsync(KeyVaultRoleScope.Global, \"21dbd100-6940-42c2-9190-5d6cb909625b\", app);")
                .Prepend("KeyVaultKey key = await keys.CreateKeyAsync(\"payments\", KeyType.RsaHsm);")),
        "new KeyVaultRoleScope(key.Id)");

    /// <summary>HSM1001: N creations in one method, each between a <c>goto</c> and its label. Each label is an
    /// indentation operation of the method's block, which the formatter collects again for each span it formats there.</summary>
    [Theory]
    [MemberData(nameof(Sizes))]
    public Task CreationsBetweenGotosAndLabels(int n) => FixAllIsLinearAsync(
        new HSM1001PurgeProtectionFixer(),
        n,
        "using Azure.ResourceManager.Resources;\n" + Method(
            "void Run(ResourceGroupResource g, bool b)",
            Enumerable.Range(0, n).SelectMany(i => new[] { $"if (b) goto L{i};", $"g.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, \"h{i}\", new ManagedHsmData(AzureLocation.WestEurope));", $"L{i}: ;" })),
        "EnablePurgeProtection = true");

    private static string Method(string signature, IEnumerable<string> statements) =>
        $"class C\n{{\n    {signature}\n    {{\n{string.Concat(statements.Select(s => "        " + s + "\n"))}    }}\n}}\n";

    private async Task FixAllIsLinearAsync(CodeFixProvider fixer, int n, string source, string fixedMarker)
    {
        using var workspace = new AdhocWorkspace();
        var document = await FixRunner.CreateDocumentAsync(workspace, Usings + source);
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        var diagnostics = (await FixRunner.AnalyzeAsync(document, failures)).Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray();
        var analysis = clock.Elapsed;
        Assert.Empty(failures);
        Assert.Equal(n, diagnostics.Length);

        clock.Restart();
        var work = FixWork.Start();
        var fixedDocument = await FixRunner.FixAllInDocumentAsync(document, fixer, diagnostics);
        output.WriteLine($"N = {n}: analysis {analysis.TotalSeconds:F2} s, Fix All {clock.Elapsed.TotalSeconds:F2} s; fixes computed {work[FixWork.Kind.FixComputed]}, document rewrites {work[FixWork.Kind.DocumentRewritten]}, safety checks {work[FixWork.Kind.SafetyCheck]}, nodes rebuilt {work[FixWork.Kind.NodeVisited]}, semantic models of changed code {work[FixWork.Kind.SemanticModelOfChangedCode]}, nodes formatted alone {work[FixWork.Kind.NodeFormattedAlone]}, spans formatted in the document {work[FixWork.Kind.SpanFormattedInDocument]}");

        Assert.NotNull(fixedDocument);
        var fixedText = (await fixedDocument!.GetTextAsync()).ToString();
        Assert.Equal(n, Occurrences(fixedText, fixedMarker) - Occurrences(source, fixedMarker));

        // The fix offered first (one fix computed and checked), then each diagnostic's fix once, one rewrite, one check.
        Assert.Equal(n + 1, work[FixWork.Kind.FixComputed]);
        Assert.Equal(2, work[FixWork.Kind.DocumentRewritten]);
        Assert.Equal(2, work[FixWork.Kind.SafetyCheck]);

        // The rewrites rebuild each edited node and each entry of an edited list once: a few nodes per fix, however many
        // fixes share the method or the expression (edits applied one after another rebuild the method's N statements
        // for each fix).
        Assert.InRange(work[FixWork.Kind.NodeVisited], n, 8 * (n + 1));

        // Each of the two results is bound once to shorten its names (the usings in place find them: no import pass,
        // which would bind it again) and once, parsed again, to be checked; Roslyn's own clean-up of the code action,
        // which would bind it a third time, is skipped.
        Assert.Equal(4, work[FixWork.Kind.SemanticModelOfChangedCode]);

        // New code on one line is formatted on its own: a span formatted in the document costs as much as the nodes
        // around it, N deep in a nested expression or N labels in the block, hence N² for the fixes of a ?? chain or of a
        // method of gotos; new code that alone would not stay on one line is formatted in its statement, detached.
        Assert.Equal(0, work[FixWork.Kind.SpanFormattedInDocument]);
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
