using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1303DiagnosticSettingDestinationRule, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1303DiagnosticSettingDestinationTests
{
    private const string MonitorUsings = """
        using Azure.ResourceManager.Monitor;
        using Azure.ResourceManager.Monitor.Models;

        """;

    public class Valid
    {
        [Theory]
        [InlineData("WorkspaceId = workspace")]
        [InlineData("StorageAccountId = new ResourceIdentifier(\"/subscriptions/0000/resourceGroups/ops/providers/Microsoft.Storage/storageAccounts/audit\")")]
        [InlineData("EventHubAuthorizationRuleId = workspace, EventHubName = \"audit\"")]
        [InlineData("ServiceBusRuleId = workspace")]
        [InlineData("MarketplacePartnerId = workspace")]
        public Task AnyDestination(string destination) => Verify.VerifyAnalyzerAsync(MonitorUsings + $$"""
            class C
            {
                void Run(ArmClient client, ManagedHsmResource hsm, ResourceIdentifier workspace) =>
                    client.GetDiagnosticSettings(hsm.Id).CreateOrUpdate(WaitUntil.Completed, "audit", new DiagnosticSettingData { {{destination}}, Logs = { new LogSettings(true) { CategoryGroup = "audit" } } });
            }
            """);

        [Fact]
        public Task DestinationSetAfterConstructionOrUnknownData() => Verify.VerifyAnalyzerAsync(MonitorUsings + """
            class C
            {
                async Task Run(ArmClient client, ManagedHsmResource hsm, ResourceIdentifier workspace, DiagnosticSettingData template)
                {
                    var data = new DiagnosticSettingData();
                    data.WorkspaceId = workspace;
                    await client.GetDiagnosticSettings(hsm.Id).CreateOrUpdateAsync(WaitUntil.Completed, "audit", data);
                    await client.GetDiagnosticSettings(hsm.Id).CreateOrUpdateAsync(WaitUntil.Completed, "copy", template);
                }
            }
            """);
    }

    public class Diagnostics
    {
        [Fact]
        public Task NoDestination() => Verify.VerifyAnalyzerAsync(MonitorUsings + """
            class C
            {
                async Task Run(ArmClient client, ManagedHsmResource hsm)
                {
                    var data = {|#0:new DiagnosticSettingData()|} { WorkspaceId = null };
                    data.Logs.Add(new LogSettings(true) { CategoryGroup = "audit" });
                    await client.GetDiagnosticSettings(hsm.Id).CreateOrUpdateAsync(WaitUntil.Completed, "audit", data);
                    client.GetDiagnosticSettings(hsm.Id).CreateOrUpdate(WaitUntil.Completed, "sync", {|#1:new DiagnosticSettingData|} { EventHubName = "audit" });
                }
            }
            """,
            expected: [
                Verify.Diagnostic("HSM1303").WithSeverity(DiagnosticSeverity.Error).WithLocation(0),
                Verify.Diagnostic("HSM1303").WithSeverity(DiagnosticSeverity.Error).WithLocation(1),
            ]);

        [Fact]
        public Task BuiltInAHelperIsReportedAtTheArgument() => Verify.VerifyAnalyzerAsync(MonitorUsings + """
            class C
            {
                void Run(ArmClient client, ManagedHsmResource hsm) =>
                    client.GetDiagnosticSettings(hsm.Id).CreateOrUpdate(WaitUntil.Completed, "audit", {|#0:Build()|});

                static DiagnosticSettingData Build() => new DiagnosticSettingData { Logs = { new LogSettings(true) { CategoryGroup = "allLogs" } } };
            }
            """,
            expected: Verify.Diagnostic("HSM1303").WithSeverity(DiagnosticSeverity.Error).WithLocation(0));
    }
}
