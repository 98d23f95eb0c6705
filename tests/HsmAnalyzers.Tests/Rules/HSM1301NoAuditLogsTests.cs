using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1301NoAuditLogsRule, HsmAnalyzers.CodeFixes.Rules.HSM1301NoAuditLogsFixer>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1301NoAuditLogsTests
{
    private const string MonitorUsings = """
        using Azure.ResourceManager.Monitor;
        using Azure.ResourceManager.Monitor.Models;

        """;

    private const string WorkspaceOption = "hsm_analyzers.log_analytics_workspace_id = /subscriptions/0000/resourceGroups/ops/providers/Microsoft.OperationalInsights/workspaces/audit";

    /// <summary>HSM1301 is a compilation-end diagnostic: the IDE shows it in full-solution analysis and builds, and
    /// the test framework's check that a fixed diagnostic is local does not apply.</summary>
    private static Task VerifyFixAsync(string source, string fixedSource, string? editorConfig = WorkspaceOption)
    {
        var test = new Verify.Test
        {
            TestCode = Verify.Usings + source,
            FixedCode = Verify.Usings + fixedSource,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        };
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig));
        }

        return test.RunAsync();
    }

    public class Valid
    {
        [Theory]
        [InlineData("hsm.Id")]
        [InlineData("ManagedHsmResource.CreateResourceIdentifier(\"sub\", \"rg\", \"hsm\")")]
        [InlineData("new ResourceIdentifier(\"/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/managedHSMs/hsm\")")]
        [InlineData("ResourceIdentifier.Parse(HsmId)")]
        [InlineData("scope")]
        public Task SettingForTheHsmInTheSameMethod(string scope) => Verify.VerifyAnalyzerAsync(MonitorUsings + $$"""
            class C
            {
                const string HsmId = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/managedHSMs/hsm";

                async Task Run(ArmClient client, ResourceGroupResource group, ResourceIdentifier scope)
                {
                    var hsm = (await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope))).Value;
                    var data = new DiagnosticSettingData { WorkspaceId = new ResourceIdentifier("/subscriptions/0000/resourceGroups/ops/providers/Microsoft.OperationalInsights/workspaces/audit") };
                    data.Logs.Add(new LogSettings(true) { CategoryGroup = "audit" });
                    await client.GetDiagnosticSettings({{scope}}).CreateOrUpdateAsync(WaitUntil.Completed, "audit", data);
                }
            }
            """);

        [Fact]
        public async Task SettingInAnotherClassOfTheProject()
        {
            var test = new Verify.Test();
            test.TestState.Sources.Add(("Provisioning.cs", Verify.Usings + """
                class Provisioning
                {
                    ManagedHsmResource Create(ResourceGroupResource group) =>
                        group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope)).Value;
                }
                """));
            test.TestState.Sources.Add(("Monitoring.cs", Verify.Usings + MonitorUsings + """
                class Monitoring
                {
                    private readonly ArmClient _client;

                    Monitoring(ArmClient client) => _client = client;

                    void Enable(ManagedHsmResource hsm)
                    {
                        var settings = _client.GetDiagnosticSettings(hsm.Id);
                        settings.CreateOrUpdate(WaitUntil.Completed, "audit", new DiagnosticSettingData { StorageAccountId = hsm.Id });
                    }
                }
                """));
            await test.RunAsync();
        }

        [Fact]
        public Task NoHsmCreated() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                ManagedHsmResource Find(ResourceGroupResource group) => group.GetManagedHsm("hsm").Value;
            }
            """);
    }

    public class Diagnostics
    {
        [Fact]
        public Task NoDiagnosticSettingAnywhere() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                async Task Run(ResourceGroupResource group)
                {
                    await {|#0:group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope))|};
                }
            }
            """,
            expected: Verify.Diagnostic("HSM1301").WithLocation(0));

        [Fact]
        public Task SettingOnlyForAnotherResource() => Verify.VerifyAnalyzerAsync(MonitorUsings + """
            class C
            {
                void Run(ArmClient client, ResourceGroupResource group)
                {
                    group.GetManagedHsms().{|#0:CreateOrUpdate|}(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope));
                    client.GetDiagnosticSettings(new ResourceIdentifier("/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"))
                        .CreateOrUpdate(WaitUntil.Completed, "audit", new DiagnosticSettingData { StorageAccountId = new ResourceIdentifier("/subscriptions/0000/x") });
                }
            }
            """.Replace("group.GetManagedHsms().{|#0:CreateOrUpdate|}(WaitUntil.Completed, \"hsm\", new ManagedHsmData(AzureLocation.WestEurope))", "{|#0:group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, \"hsm\", new ManagedHsmData(AzureLocation.WestEurope))|}"),
            expected: Verify.Diagnostic("HSM1301").WithLocation(0));

        [Fact]
        public Task FixAfterAwaitedOperationLocal() => VerifyFixAsync("""
            class C
            {
                async Task Run(ArmClient client, ResourceGroupResource group)
                {
                    var operation = await [|group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope))|];
                    Console.WriteLine(operation.Value.Id);
                }
            }
            """, """
            using Azure.ResourceManager.Monitor;
            using Azure.ResourceManager.Monitor.Models;
            class C
            {
                async Task Run(ArmClient client, ResourceGroupResource group)
                {
                    var operation = await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope));
                    await client.GetDiagnosticSettings(operation.Value.Id).CreateOrUpdateAsync(
                        WaitUntil.Completed,
                        "audit-logs",
                        new DiagnosticSettingData
                        {
                            WorkspaceId = new ResourceIdentifier("/subscriptions/0000/resourceGroups/ops/providers/Microsoft.OperationalInsights/workspaces/audit"),
                            Logs = { new LogSettings(true) { CategoryGroup = "audit" } },
                        });
                    Console.WriteLine(operation.Value.Id);
                }
            }
            """);

        [Fact]
        public Task FixInSyncMethodAfterResourceLocalWithFieldClient() => VerifyFixAsync("""
            class C
            {
                private readonly ArmClient _arm = new ArmClient(null);

                ManagedHsmResource Run(ResourceGroupResource group)
                {
                    ManagedHsmResource hsm = [|group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope))|].Value;
                    return hsm;
                }
            }
            """, """
            using Azure.ResourceManager.Monitor;
            using Azure.ResourceManager.Monitor.Models;
            class C
            {
                private readonly ArmClient _arm = new ArmClient(null);

                ManagedHsmResource Run(ResourceGroupResource group)
                {
                    ManagedHsmResource hsm = group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope)).Value;
                    _arm.GetDiagnosticSettings(hsm.Id).CreateOrUpdate(
                        WaitUntil.Completed,
                        "audit-logs",
                        new DiagnosticSettingData
                        {
                            WorkspaceId = new ResourceIdentifier("/subscriptions/0000/resourceGroups/ops/providers/Microsoft.OperationalInsights/workspaces/audit"),
                            Logs = { new LogSettings(true) { CategoryGroup = "audit" } },
                        });
                    return hsm;
                }
            }
            """);

        /// <summary>One finding for the project, on the first creation, with the second as an additional location: the
        /// fix adds one diagnostic setting, which satisfies the project-wide rule, and Fix All makes the same one change.</summary>
        [Fact]
        public async Task OneFindingOneFixForSeveralCreations()
        {
            var test = new Verify.Test
            {
                TestCode = Verify.Usings + """
                class C
                {
                    async Task Run(ArmClient client, ResourceGroupResource group)
                    {
                        await {|#0:group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "payments-hsm", new ManagedHsmData(AzureLocation.WestEurope))|};
                        await {|#1:group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "audit-hsm", new ManagedHsmData(AzureLocation.NorthEurope))|};
                    }
                }
                """,
                FixedCode = Verify.Usings + """
                using Azure.ResourceManager.Monitor;
                using Azure.ResourceManager.Monitor.Models;
                class C
                {
                    async Task Run(ArmClient client, ResourceGroupResource group)
                    {
                        var paymentsHsm = await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "payments-hsm", new ManagedHsmData(AzureLocation.WestEurope));
                        await client.GetDiagnosticSettings(paymentsHsm.Value.Id).CreateOrUpdateAsync(
                            WaitUntil.Completed,
                            "audit-logs",
                            new DiagnosticSettingData
                            {
                                WorkspaceId = new ResourceIdentifier("/subscriptions/0000/resourceGroups/ops/providers/Microsoft.OperationalInsights/workspaces/audit"),
                                Logs = { new LogSettings(true) { CategoryGroup = "audit" } },
                            });
                        await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "audit-hsm", new ManagedHsmData(AzureLocation.NorthEurope));
                    }
                }
                """,
                CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
            };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("HSM1301").WithLocation(0).WithLocation(1));
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + WorkspaceOption));
            await test.RunAsync();
        }

        [Fact]
        public Task FixAfterConfigureAwaitInALambdaOfAStaticMember() => VerifyFixAsync("""
            class C
            {
                static ArmClient Client = new ArmClient(null);
                ArmClient _instance = new ArmClient(null);

                static Func<Task> Run(ResourceGroupResource group) => async () =>
                {
                    await [|group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope))|].ConfigureAwait(false);
                };
            }
            """, """
            using Azure.ResourceManager.Monitor;
            using Azure.ResourceManager.Monitor.Models;
            class C
            {
                static ArmClient Client = new ArmClient(null);
                ArmClient _instance = new ArmClient(null);

                static Func<Task> Run(ResourceGroupResource group) => async () =>
                {
                    var hsm = await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope)).ConfigureAwait(false);
                    await Client.GetDiagnosticSettings(hsm.Value.Id).CreateOrUpdateAsync(
                        WaitUntil.Completed,
                        "audit-logs",
                        new DiagnosticSettingData
                        {
                            WorkspaceId = new ResourceIdentifier("/subscriptions/0000/resourceGroups/ops/providers/Microsoft.OperationalInsights/workspaces/audit"),
                            Logs = { new LogSettings(true) { CategoryGroup = "audit" } },
                        });
                };
            }
            """);

        [Theory]
        [InlineData("async Task Run(ArmClient client, ResourceGroupResource group) => await [|group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, \"hsm\", new ManagedHsmData(AzureLocation.WestEurope))|];", "option")]
        [InlineData("ManagedHsmResource Run(ArmClient client, ResourceGroupResource group) { return [|group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, \"hsm\", new ManagedHsmData(AzureLocation.WestEurope))|].Value; }", "option")]
        [InlineData("void Run(ResourceGroupResource group) { [|group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, \"hsm\", new ManagedHsmData(AzureLocation.WestEurope))|]; }", "option")]
        [InlineData("void Run(ArmClient client, ResourceGroupResource group) { [|group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, \"hsm\", new ManagedHsmData(AzureLocation.WestEurope))|]; }", null)]
        [InlineData("void Run(ArmClient client, ResourceGroupResource group, bool b) { if (b) [|group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, \"hsm\", new ManagedHsmData(AzureLocation.WestEurope))|]; }", "option")]
        [InlineData("void Run(ArmClient client, ResourceGroupResource group) { [|group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, \"hsm\", new ManagedHsmData(AzureLocation.WestEurope))|]; }", "option")]
        [InlineData("void Run(ArmClient client, ResourceGroupResource group) { var task = Task.Run(() => [|group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, \"hsm\", new ManagedHsmData(AzureLocation.WestEurope))|].Value); }", "option")]
        [InlineData("void Run(ArmClient client, ResourceGroupResource group, ManagedHsmResource hsm) { [|group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, \"hsm\", new ManagedHsmData(AzureLocation.WestEurope))|]; }", "option")]
        [InlineData("ArmClient _instance; static void Run(ResourceGroupResource group) { Action a = () => { var op = [|group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, \"hsm\", new ManagedHsmData(AzureLocation.WestEurope))|]; }; }", "option")]
        public Task NoFixWhereNoneCompilesOrNoDestinationIsKnown(string member, string? option)
        {
            var source = $$"""
                class C
                {
                    {{member}}
                }
                """;
            return VerifyFixAsync(source, source, option is null ? null : WorkspaceOption);
        }
    }

    /// <summary>The same practice on an infrastructure declared with Azure.Provisioning.</summary>
    public class Provisioning
    {
        [Fact]
        public Task DiagnosticSettingDeclared() => Verify.VerifyProvisioningAnalyzerAsync("""
            class C
            {
                void Build(Infrastructure infrastructure, ResourceIdentifier workspaceId)
                {
                    infrastructure.Add(new ManagedHsm("hsm"));
                    infrastructure.Add(new DiagnosticSetting("hsmAudit") { WorkspaceId = workspaceId, Logs = { new LogSettings { Category = "AuditEvent", IsEnabled = true } } });
                }
            }
            """);

        [Fact]
        public Task ExistingHsmOnlyIsNotASite() => Verify.VerifyProvisioningAnalyzerAsync("""
            class C
            {
                void Build(Infrastructure infrastructure) => infrastructure.Add(ManagedHsm.FromExisting("hsm"));
            }
            """);

        [Fact]
        public Task NoDiagnosticSettingHasNoFix()
        {
            var source = Verify.ProvisioningUsings + """
                class C
                {
                    void Build(Infrastructure infrastructure)
                    {
                        infrastructure.Add({|#0:new ManagedHsm("hsm")|});
                        infrastructure.Add({|#1:new ManagedHsm("second")|});
                    }
                }
                """;
            var test = new Verify.Test { TestCode = source, FixedCode = source, CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck };
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + WorkspaceOption));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("HSM1301").WithLocation(0).WithLocation(1));
            return test.RunAsync();
        }
    }
}
