using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1304NoAlertRuleRule, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1304NoAlertRuleTests
{
    private const string MonitorUsings = """
        using System.Collections.Generic;
        using Azure.ResourceManager.Monitor;
        using Azure.ResourceManager.Monitor.Models;

        """;

    public class Valid
    {
        [Fact]
        public Task MetricAlert() => Verify.VerifyAnalyzerAsync(MonitorUsings + """
            class C
            {
                async Task Run(ResourceGroupResource group, MetricAlertCriteria criteria)
                {
                    var hsm = (await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope))).Value;
                    var alert = new MetricAlertData(AzureLocation.WestEurope, 2, true, new[] { hsm.Id.ToString() }, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), criteria);
                    await group.GetMetricAlerts().CreateOrUpdateAsync(WaitUntil.Completed, "hsm-availability", alert);
                }
            }
            """);

        [Fact]
        public Task ActivityLogAlertInAnotherClass() => Verify.VerifyAnalyzerAsync(MonitorUsings + """
            class Provisioning
            {
                void Run(ResourceGroupResource group) =>
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope));
            }

            class Alerts
            {
                void Run(ResourceGroupResource group, ActivityLogAlertData alert) =>
                    group.GetActivityLogAlerts().CreateOrUpdate(WaitUntil.Completed, "hsm-admin-operations", alert);
            }
            """);
    }

    public class Diagnostics
    {
        [Fact]
        public Task NoAlertRule() => Verify.VerifyAnalyzerAsync(MonitorUsings + """
            class C
            {
                async Task Run(ResourceGroupResource group)
                {
                    await {|#0:group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope))|};
                    {|#1:group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "second", new ManagedHsmData(AzureLocation.NorthEurope))|};
                }
            }
            """,
            expected: Verify.Diagnostic("HSM1304").WithSeverity(DiagnosticSeverity.Info).WithLocation(0).WithLocation(1));
    }

    /// <summary>The same practice on an infrastructure declared with Azure.Provisioning.</summary>
    public class Provisioning
    {
        [Theory]
        [InlineData("new MetricAlert(\"hsmAvailability\") { Scopes = { hsm.Id }, Severity = 1 }")]
        [InlineData("new ActivityLogAlert(\"hsmDeleted\") { Scopes = { hsm.Id } }")]
        public Task AlertDeclared(string alert) => Verify.VerifyProvisioningAnalyzerAsync($$"""
            class C
            {
                void Build(Infrastructure infrastructure)
                {
                    var hsm = new ManagedHsm("hsm");
                    infrastructure.Add(hsm);
                    infrastructure.Add({{alert}});
                }
            }
            """);

        [Fact]
        public Task NoAlert() => Verify.VerifyProvisioningAnalyzerAsync("""
            class C
            {
                void Build(Infrastructure infrastructure) => infrastructure.Add({|#0:new ManagedHsm("hsm")|});
            }
            """,
            null,
            Verify.Diagnostic("HSM1304").WithSeverity(DiagnosticSeverity.Info).WithLocation(0));
    }
}
