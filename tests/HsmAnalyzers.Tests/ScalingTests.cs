using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using HsmAnalyzers.Engine;
using HsmAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace HsmAnalyzers.Tests;

/// <summary>
/// The engine's work grows with the size of a method, not faster (issue 19): one method with N creations, N role
/// assignments, N key creations, and one creation nested N deep, at N = 10, 100 and 1,000. Work is counted, not timed
/// (<see cref="WorkCounters"/>: operations the engine walked and trace steps), so the test is exact on any machine. The
/// work per item at 1,000 may not exceed that at 100 (nor at 100 that at 10) by more than <see cref="Tolerance"/>:
/// a quadratic step would multiply it by ten.
/// </summary>
public class ScalingTests(ITestOutputHelper output)
{
    private const double Tolerance = 1.5;

    private const string Usings = """
        using System;
        using Azure;
        using Azure.Core;
        using Azure.ResourceManager;
        using Azure.ResourceManager.Resources;
        using Azure.ResourceManager.KeyVault;
        using Azure.ResourceManager.KeyVault.Models;
        using Azure.ResourceManager.Authorization;
        using Azure.ResourceManager.Authorization.Models;
        using Azure.Security.KeyVault.Keys;
        using Azure.Security.KeyVault.Administration;

        """;

    [Fact]
    public Task CreationsInOneMethod() => AssertLinearAsync(n => Method("ResourceGroupResource group", "var collection = group.GetManagedHsms();", n, i => $$"""
        var data{{i}} = new ManagedHsmData(AzureLocation.WestEurope)
        {
            Properties = new ManagedHsmProperties { TenantId = Guid.Empty, EnablePurgeProtection = true, SoftDeleteRetentionInDays = 90 },
        };
        data{{i}}.Properties.PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled;
        data{{i}}.Properties.InitialAdminObjectIds.Add("00000000-0000-0000-0000-00000000000{{i % 10}}");
        collection.CreateOrUpdate(WaitUntil.Completed, "hsm{{i}}", data{{i}});
        """));

    [Fact]
    public Task RoleAssignmentsInOneMethod() => AssertLinearAsync(n => Method("KeyVaultAccessControlClient client, ArmClient arm, ResourceIdentifier hsmId", "", n, i => $$"""
        client.CreateRoleAssignment(new KeyVaultRoleScope("/keys/key{{i}}"), "21dbd100-6940-42c2-9190-5d6cb909625b", "app{{i}}");
        var content{{i}} = new RoleAssignmentCreateOrUpdateContent(new ResourceIdentifier("/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7"), Guid.Empty)
        {
            PrincipalType = RoleManagementPrincipalType.ServicePrincipal,
        };
        arm.GetRoleAssignments(hsmId).CreateOrUpdate(WaitUntil.Completed, "assignment{{i}}", content{{i}});
        """));

    [Fact]
    public Task KeyCreationsInOneMethod() => AssertLinearAsync(n => Method("Azure.Core.TokenCredential credential", "var keys = new KeyClient(new Uri(\"https://contoso.managedhsm.azure.net/\"), credential);", n, i => $$"""
        var options{{i}} = new CreateRsaKeyOptions("key{{i}}", hardwareProtected: true) { KeySize = 3072 };
        options{{i}}.ExpiresOn = DateTimeOffset.UtcNow.AddYears(1);
        keys.CreateRsaKey(options{{i}});
        """));

    [Fact]
    public Task CreationNestedDeep() => AssertLinearAsync(n =>
    {
        var source = new StringBuilder(Usings).AppendLine("class C").AppendLine("{").AppendLine("    void Run(ResourceGroupResource group, bool[] flags)").AppendLine("    {");
        source.AppendLine("        var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties { EnablePurgeProtection = true } };");
        for (var i = 0; i < n; i++)
        {
            source.AppendLine($"        if (flags[{i}]) {{ data.Properties.SoftDeleteRetentionInDays = 90;");
        }

        source.AppendLine("        group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, \"hsm\", data);");
        source.Append(new string('}', n)).AppendLine().AppendLine("    }").AppendLine("}");
        return source.ToString();
    });

    /// <summary>HSM1402 on network rule sets nested N deep in <c>??</c> (issue 19 measured 460 s at depth 300).</summary>
    [Fact]
    public Task RuleSetsNestedInCoalesce() => AssertLinearAsync(n => new StringBuilder(Usings)
        .AppendLine("class C")
        .AppendLine("{")
        .AppendLine("    ManagedHsmNetworkRuleSet? Run(ManagedHsmNetworkRuleSet? configured) => configured")
        .Append(string.Concat(Enumerable.Range(0, n).Select(_ => "        ?? new ManagedHsmNetworkRuleSet { DefaultAction = ManagedHsmNetworkRuleAction.Allow }\n")))
        .AppendLine("        ;")
        .AppendLine("}")
        .ToString());

    private static string Method(string parameters, string setup, int n, Func<int, string> item)
    {
        var source = new StringBuilder(Usings).AppendLine("class C").AppendLine("{").AppendLine($"    void Run({parameters})").AppendLine("    {").AppendLine(setup);
        for (var i = 0; i < n; i++)
        {
            source.AppendLine(item(i));
        }

        return source.AppendLine("    }").AppendLine("}").ToString();
    }

    private async Task AssertLinearAsync(Func<int, string> source)
    {
        WorkCounters.IsEnabled = true;
        var perItem = new double[3];
        var sizes = new[] { 10, 100, 1000 };
        for (var s = 0; s < sizes.Length; s++)
        {
            var compilation = await AnalyzerRunner.CompileAsync([("Scaled.cs", source(sizes[s]))]);
            Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
            var diagnostics = await AnalyzerRunner.AnalyzeAsync(compilation);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");

            var counters = WorkCounters.Of(compilation.SyntaxTrees.Single());
            var work = counters.NodesVisited + counters.TrackerSteps;
            perItem[s] = (double)work / sizes[s];
            output.WriteLine($"N = {sizes[s]}: {counters.NodesVisited} operations visited, {counters.TrackerSteps} trace steps, {perItem[s]:F1} per item, {diagnostics.Length} findings");
        }

        Assert.True(perItem[0] > 0, "the engine counted no work: the source does not exercise it");
        Assert.True(perItem[1] <= perItem[0] * Tolerance, $"work per item grew from {perItem[0]:F1} at N = 10 to {perItem[1]:F1} at N = 100");
        Assert.True(perItem[2] <= perItem[1] * Tolerance, $"work per item grew from {perItem[1]:F1} at N = 100 to {perItem[2]:F1} at N = 1,000");
    }
}
