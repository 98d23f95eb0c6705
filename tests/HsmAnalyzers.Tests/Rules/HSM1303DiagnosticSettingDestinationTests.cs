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

    /// <summary>The same rule on a diagnostic setting declared with Azure.Provisioning: whatever it is for, a setting
    /// without a destination is not one Azure Monitor creates.</summary>
    public class Provisioning
    {
        [Theory]
        [InlineData("WorkspaceId = workspaceId")]
        [InlineData("StorageAccountId = new ResourceIdentifier(\"/subscriptions/0000/resourceGroups/ops/providers/Microsoft.Storage/storageAccounts/audit\")")]
        [InlineData("EventHubAuthorizationRuleId = destination")]
        [InlineData("MarketplacePartnerId = destination")]
        [InlineData("ServiceBusRuleId = destination")]
        public Task ADestinationOrAnUnknownOneIsSilent(string destination) => Verify.VerifyProvisioningAnalyzerAsync($$"""
            class C
            {
                void Build(Infrastructure infrastructure, ResourceIdentifier workspaceId, ProvisioningParameter destination)
                {
                    infrastructure.Add(new DiagnosticSetting("hsmAudit")
                    {
                        {{destination}},
                        Logs = { new LogSettings { CategoryGroup = "audit", IsEnabled = true } },
                    });
                }
            }
            """);

        [Fact]
        public Task SetLaterConditionallyOrByOtherCodeIsSilent() => Verify.VerifyProvisioningAnalyzerAsync("""
            class C
            {
                void Build(Infrastructure infrastructure, ResourceIdentifier workspaceId, bool audit)
                {
                    var later = new DiagnosticSetting("later");
                    infrastructure.Add(later);
                    later.WorkspaceId = workspaceId;

                    var conditional = new DiagnosticSetting("conditional");
                    if (audit)
                    {
                        conditional.WorkspaceId = workspaceId;
                    }

                    infrastructure.Add(conditional);

                    var configured = new DiagnosticSetting("configured");
                    ApplyCompanyDefaults(configured);
                    infrastructure.Add(configured);

                    infrastructure.Add(DiagnosticSetting.FromExisting("existing"));
                    infrastructure.Add(FromTemplate());
                }

                static void ApplyCompanyDefaults(DiagnosticSetting setting) { }

                static DiagnosticSetting FromTemplate()
                {
                    var setting = new DiagnosticSetting("template");
                    ApplyCompanyDefaults(setting);
                    return setting;
                }
            }
            """);

        [Fact]
        public Task NoDestination() => Verify.VerifyProvisioningAnalyzerAsync("""
            class C
            {
                void Build(Infrastructure infrastructure)
                {
                    infrastructure.Add([|new DiagnosticSetting("hsmAudit")|]
                    {
                        EventHubName = "hsm-audit",
                        Logs = { new LogSettings { CategoryGroup = "audit", IsEnabled = true } },
                    });

                    var cleared = [|new DiagnosticSetting("cleared")|] { WorkspaceId = null };
                    infrastructure.Add(cleared);
                }
            }
            """);

        [Fact]
        public Task NoDestinationFromAHelper() => Verify.VerifyProvisioningAnalyzerAsync("""
            class C
            {
                void Build(Infrastructure infrastructure, ResourceIdentifier workspaceId)
                {
                    infrastructure.Add([|AuditSetting()|]);

                    var local = Local();
                    infrastructure.Add(local);

                    var completed = AuditSetting();
                    infrastructure.Add(completed);
                    completed.WorkspaceId = workspaceId;

                    // A local function is in the member: the finding goes on the creation.
                    DiagnosticSetting Local() => [|new DiagnosticSetting("local")|];
                }

                static DiagnosticSetting AuditSetting() =>
                    new DiagnosticSetting("hsmAudit") { Logs = { new LogSettings { CategoryGroup = "audit", IsEnabled = true } } };
            }
            """);
    }
}
