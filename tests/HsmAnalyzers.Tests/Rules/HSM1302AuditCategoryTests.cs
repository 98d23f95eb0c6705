using System.Threading.Tasks;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1302AuditCategoryRule, HsmAnalyzers.CodeFixes.Rules.HSM1302AuditCategoryFixer>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1302AuditCategoryTests
{
    private const string MonitorUsings = """
        using Azure.ResourceManager.Monitor;
        using Azure.ResourceManager.Monitor.Models;

        """;

    public class Valid
    {
        [Theory]
        [InlineData("new LogSettings(true) { Category = \"AuditEvent\" }")]
        [InlineData("new LogSettings(true) { CategoryGroup = \"audit\" }")]
        [InlineData("new LogSettings(true) { CategoryGroup = \"allLogs\" }")]
        [InlineData("new LogSettings(enabled) { CategoryGroup = \"audit\" }")]
        [InlineData("new LogSettings(false) { CategoryGroup = \"audit\", IsEnabled = true }")]
        [InlineData("new LogSettings(true) { Category = category }")]
        [InlineData("entry")]
        public Task EnabledOrUnknown(string entry) => Verify.VerifyAnalyzerAsync(MonitorUsings + $$"""
            class C
            {
                void Run(ArmClient client, ManagedHsmResource hsm, ResourceIdentifier workspace, bool enabled, string category, LogSettings entry) =>
                    client.GetDiagnosticSettings(hsm.Id).CreateOrUpdate(WaitUntil.Completed, "audit", new DiagnosticSettingData { WorkspaceId = workspace, Logs = { {{entry}} } });
            }
            """);

        [Fact]
        public Task AddedAfterConstructionOrNotAnHsm() => Verify.VerifyAnalyzerAsync(MonitorUsings + """
            class C
            {
                async Task Run(ArmClient client, ManagedHsmResource hsm, ResourceIdentifier vault, ResourceIdentifier workspace)
                {
                    var data = new DiagnosticSettingData { WorkspaceId = workspace };
                    data.Logs.Add(new LogSettings(true) { CategoryGroup = "audit" });
                    await client.GetDiagnosticSettings(hsm.Id).CreateOrUpdateAsync(WaitUntil.Completed, "audit", data);
                    await client.GetDiagnosticSettings(vault).CreateOrUpdateAsync(WaitUntil.Completed, "metrics", new DiagnosticSettingData { WorkspaceId = workspace });
                }
            }
            """);
    }

    public class Diagnostics
    {
        [Fact]
        public Task NoLogsAtAll() => Verify.VerifyFixAsync(MonitorUsings + """
            class C
            {
                void Run(ArmClient client, ManagedHsmResource hsm, ResourceIdentifier workspace) =>
                    client.GetDiagnosticSettings(hsm.Id).CreateOrUpdate(WaitUntil.Completed, "metrics", [|new DiagnosticSettingData|] { WorkspaceId = workspace });
            }
            """, MonitorUsings + """
            class C
            {
                void Run(ArmClient client, ManagedHsmResource hsm, ResourceIdentifier workspace) =>
                    client.GetDiagnosticSettings(hsm.Id).CreateOrUpdate(WaitUntil.Completed, "metrics", new DiagnosticSettingData { WorkspaceId = workspace, Logs = { new LogSettings(true) { CategoryGroup = "audit" } } });
            }
            """);

        [Fact]
        public Task OtherCategoryInMultiLineInitializer() => Verify.VerifyFixAsync(MonitorUsings + """
            class C
            {
                async Task Run(ArmClient client, ResourceIdentifier workspace)
                {
                    var data = [|new DiagnosticSettingData()|]
                    {
                        WorkspaceId = workspace,
                        Logs =
                        {
                            new LogSettings(true) { Category = "Other" },
                        },
                    };
                    await client.GetDiagnosticSettings(ManagedHsmResource.CreateResourceIdentifier("sub", "rg", "hsm")).CreateOrUpdateAsync(WaitUntil.Completed, "logs", data);
                }
            }
            """, MonitorUsings + """
            class C
            {
                async Task Run(ArmClient client, ResourceIdentifier workspace)
                {
                    var data = new DiagnosticSettingData()
                    {
                        WorkspaceId = workspace,
                        Logs =
                        {
                            new LogSettings(true) { Category = "Other" },
                            new LogSettings(true) { CategoryGroup = "audit" }
                        },
                    };
                    await client.GetDiagnosticSettings(ManagedHsmResource.CreateResourceIdentifier("sub", "rg", "hsm")).CreateOrUpdateAsync(WaitUntil.Completed, "logs", data);
                }
            }
            """);

        [Theory]
        [InlineData("new LogSettings(false) { Category = \"AuditEvent\" }")]
        [InlineData("new LogSettings(isEnabled: false) { Category = \"AuditEvent\" }")]
        public Task DisabledAuditEntryHasNoFix(string entry)
        {
            var source = MonitorUsings + $$"""
                class C
                {
                    void Run(ArmClient client, ManagedHsmResource hsm, ResourceIdentifier workspace) =>
                        client.GetDiagnosticSettings(hsm.Id).CreateOrUpdate(WaitUntil.Completed, "audit", [|new DiagnosticSettingData|] { WorkspaceId = workspace, Logs = { {{entry}} } });
                }
                """;
            return Verify.VerifyFixAsync(source, source);
        }
    }
}
