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

    /// <summary>A diagnostic setting declared with Azure.Provisioning: the 1.x API gives it no scope, so it is the
    /// HSM's only when its infrastructure, created in the member, holds that HSM and nothing else a setting can be for.</summary>
    public class Provisioning
    {
        [Theory]
        [InlineData("new LogSettings { CategoryGroup = \"audit\", IsEnabled = true }")]
        [InlineData("new LogSettings { Category = \"AuditEvent\", IsEnabled = new BicepValue<bool>(true) }")]
        [InlineData("new LogSettings { CategoryGroup = \"allLogs\", IsEnabled = enabled }")]
        [InlineData("new LogSettings { CategoryGroup = \"audit\" }")]
        [InlineData("new LogSettings { CategoryGroup = category, IsEnabled = true }")]
        [InlineData("entry")]
        public Task AuditEnabledOrUnknownIsSilent(string entry) => Verify.VerifyProvisioningAnalyzerAsync($$"""
            class C
            {
                ProvisioningPlan Build(Guid tenant, ResourceIdentifier workspaceId, ProvisioningParameter enabled, string category, LogSettings entry)
                {
                    var infrastructure = new Infrastructure();
                    infrastructure.Add(new ManagedHsm("hsm") { Properties = new ManagedHsmProperties { TenantId = tenant } });
                    infrastructure.Add(new DiagnosticSetting("hsmAudit") { WorkspaceId = workspaceId, Logs = { {{entry}} } });
                    return infrastructure.Build();
                }
            }
            """);

        [Fact]
        public Task SettingThatMayBeForAnotherResourceIsSilent() => Verify.VerifyProvisioningAnalyzerAsync("""
            class C
            {
                const string Metrics = "AllMetrics";

                // The infrastructure comes from elsewhere and may hold other resources.
                void FromCaller(Infrastructure infrastructure, ResourceIdentifier workspaceId)
                {
                    infrastructure.Add(new ManagedHsm("hsm"));
                    infrastructure.Add(new DiagnosticSetting("metrics") { WorkspaceId = workspaceId });
                }

                // Another resource of unknown type, two HSMs, an infrastructure returned or handed on.
                void Others(Azure.Provisioning.Primitives.Provisionable storage, ResourceIdentifier workspaceId, Action<Infrastructure> configure)
                {
                    var withStorage = new Infrastructure();
                    withStorage.Add(new ManagedHsm("hsm"));
                    withStorage.Add(storage);
                    withStorage.Add(new DiagnosticSetting("storageLogs") { WorkspaceId = workspaceId, Logs = { new LogSettings { Category = "StorageRead", IsEnabled = true } } });

                    var twoHsms = new Infrastructure();
                    twoHsms.Add(new ManagedHsm("first"));
                    twoHsms.Add(new ManagedHsm("second"));
                    twoHsms.Add(new DiagnosticSetting("metrics") { WorkspaceId = workspaceId });

                    var handedOn = new Infrastructure();
                    handedOn.Add(new ManagedHsm("hsm"));
                    handedOn.Add(new DiagnosticSetting("metrics") { WorkspaceId = workspaceId });
                    configure(handedOn);
                }

                Infrastructure Returned(ResourceIdentifier workspaceId)
                {
                    var infrastructure = new Infrastructure();
                    infrastructure.Add(new ManagedHsm("hsm"));
                    infrastructure.Add(new DiagnosticSetting("metrics") { WorkspaceId = workspaceId });
                    return infrastructure;
                }

                // The setting's entries change in ways the trace does not follow.
                ProvisioningPlan Unfollowed(ResourceIdentifier workspaceId, bool audit)
                {
                    var infrastructure = new Infrastructure();
                    infrastructure.Add(new ManagedHsm("hsm"));
                    var setting = new DiagnosticSetting("logs") { WorkspaceId = workspaceId };
                    if (audit)
                    {
                        setting.Logs.Add(new LogSettings { CategoryGroup = "audit", IsEnabled = true });
                    }

                    infrastructure.Add(setting);
                    return infrastructure.Build();
                }
            }
            """);

        [Fact]
        public Task NoAuditEntry() => Verify.VerifyProvisioningFixAsync("""
            class C
            {
                ProvisioningPlan Build(Guid tenant, ResourceIdentifier workspaceId, Guid principalId)
                {
                    var infrastructure = new Infrastructure();
                    var location = new ProvisioningParameter("location", typeof(string));
                    infrastructure.Add(location);
                    var hsm = new ManagedHsm("hsm") { Location = location, Properties = new ManagedHsmProperties { TenantId = tenant } };
                    infrastructure.Add(hsm);
                    infrastructure.Add(new RoleAssignment("reader") { PrincipalId = principalId, Scope = hsm.Id });
                    infrastructure.Add(new MetricAlert("availability") { Scopes = { hsm.Id } });
                    infrastructure.Add([|new DiagnosticSetting("metricsOnly")|] { WorkspaceId = workspaceId });
                    var other = [|new DiagnosticSetting("other")|]
                    {
                        WorkspaceId = workspaceId,
                        Logs = { new LogSettings { Category = "Other", IsEnabled = true } },
                    };
                    infrastructure.Add(other);
                    infrastructure.Add(new ProvisioningOutput("hsmUri", typeof(string)) { Value = hsm.Properties.HsmUri });
                    return infrastructure.Build();
                }
            }
            """, """
            class C
            {
                ProvisioningPlan Build(Guid tenant, ResourceIdentifier workspaceId, Guid principalId)
                {
                    var infrastructure = new Infrastructure();
                    var location = new ProvisioningParameter("location", typeof(string));
                    infrastructure.Add(location);
                    var hsm = new ManagedHsm("hsm") { Location = location, Properties = new ManagedHsmProperties { TenantId = tenant } };
                    infrastructure.Add(hsm);
                    infrastructure.Add(new RoleAssignment("reader") { PrincipalId = principalId, Scope = hsm.Id });
                    infrastructure.Add(new MetricAlert("availability") { Scopes = { hsm.Id } });
                    infrastructure.Add(new DiagnosticSetting("metricsOnly") { WorkspaceId = workspaceId, Logs = { new LogSettings { CategoryGroup = "audit", IsEnabled = true } } });
                    var other = new DiagnosticSetting("other")
                    {
                        WorkspaceId = workspaceId,
                        Logs = { new LogSettings { Category = "Other", IsEnabled = true }, new LogSettings { CategoryGroup = "audit", IsEnabled = true } },
                    };
                    infrastructure.Add(other);
                    infrastructure.Add(new ProvisioningOutput("hsmUri", typeof(string)) { Value = hsm.Properties.HsmUri });
                    return infrastructure.Build();
                }
            }
            """);

        [Fact]
        public Task DisabledAuditEntryOrAHelperHasNoFix()
        {
            var source = """
                class C
                {
                    void Build(ResourceIdentifier workspaceId)
                    {
                        var infrastructure = new Infrastructure();
                        infrastructure.Add(new ManagedHsm("hsm"));
                        infrastructure.Add([|new DiagnosticSetting("disabled")|] { WorkspaceId = workspaceId, Logs = { new LogSettings { Category = "AuditEvent", IsEnabled = false } } });
                        infrastructure.Add([|MetricsOnly(workspaceId)|]);
                        infrastructure.Build().Save("infra");
                    }

                    static DiagnosticSetting MetricsOnly(ResourceIdentifier workspaceId) => new DiagnosticSetting("metrics") { WorkspaceId = workspaceId };
                }
                """;
            return Verify.VerifyProvisioningFixAsync(source, source);
        }
    }
}
