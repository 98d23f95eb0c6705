using System.Linq;
using System.Threading.Tasks;

namespace HsmAnalyzers.Tests.Shapes;

/// <summary>The shapes docs/shapes.md lists as deliberately not followed: the value could be something else when the
/// code runs, so the rule that would need it stays silent (a guess would be a false finding).</summary>
public class UnfollowedShapeTests
{
    [Theory]
    [InlineData("static readonly AzureLocation Region = AzureLocation.UKWest; static C() { Region = AzureLocation.UKSouth; }", "Region")]
    [InlineData("static readonly AzureLocation First = Second; static readonly AzureLocation Second = AzureLocation.UKWest;", "First")]
    [InlineData("static AzureLocation Region = AzureLocation.UKWest;", "Region")]
    [InlineData("static AzureLocation Region { get; set; } = AzureLocation.UKWest;", "Region")]
    [InlineData("static AzureLocation Region() => AzureLocation.UKWest;", "Region()")]
    [InlineData("readonly AzureLocation _region = AzureLocation.UKWest; C(AzureLocation region) { _region = region; }", "_region")]
    [InlineData("", "Environment.ProcessorCount switch { 1 => AzureLocation.UKWest, _ => AzureLocation.UKSouth }")]
    public Task ValuesThatMayBeSomethingElse(string members, string location) => AssertSilentAsync("HSM1201", $$"""
        class C
        {
            {{members}}

            void Run() => GC.KeepAlive(new ManagedHsmData({{location}}));
        }
        """);

    [Theory]
    [InlineData("KeyVaultRoleScope scope; if (Environment.Is64BitProcess) { scope = KeyVaultRoleScope.Global; } else { scope = KeyVaultRoleScope.Global; }")]
    [InlineData("KeyVaultRoleScope scope; switch (Environment.ProcessorCount) { case 1: scope = KeyVaultRoleScope.Global; break; default: scope = KeyVaultRoleScope.Global; break; }")]
    public Task LocalsWrittenInEachBranch(string statements) => AssertSilentAsync("HSM1102", $$"""
        class C
        {
            async Task Run(KeyVaultAccessControlClient client, string appObjectId)
            {
                {{statements}}
                await client.CreateRoleAssignmentAsync(scope, "21dbd100-6940-42c2-9190-5d6cb909625b", appObjectId);
            }
        }
        """);

    [Theory]
    [InlineData("const string Secret = \"Zx8Q~s3cr3t\";", "$\"{Secret,20}\"")]
    [InlineData("static readonly double Version = 1.5;", "$\"s3cr3t-{Version}\"")]
    [InlineData("", "args[0]")]
    public Task StringsThatDependOnTheRun(string members, string secret) => AssertSilentAsync("HSM1601", $$"""
        class C
        {
            {{members}}

            void Run(string[] args) => GC.KeepAlive(new ClientSecretCredential("tenant", "client", {{secret}}));
        }
        """);

    [Theory]
    [InlineData("static readonly ManagedHsmData Data = new(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties { TenantId = Guid.Empty } };", "Data")]
    [InlineData("static ManagedHsmData Make(bool a) { if (a) { return new(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties() }; } return new(AzureLocation.NorthEurope) { Properties = new ManagedHsmProperties() }; }", "Make(true)")]
    [InlineData("", "Environment.Is64BitProcess ? new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties() } : new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties() }")]
    public Task ObjectsOfUnknownHistory(string members, string data) => AssertSilentAsync("HSM1001", $$"""
        class C
        {
            {{members}}

            void Run(ResourceGroupResource group) => group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", {{data}});
        }
        """);

    [Theory]
    [InlineData("const string Part = \"sv=2022-11-02&sr=c&sp=rwl\";", "$\"{Part}&sig=AbCdEf%2BGh%3D\"")]
    [InlineData("static readonly string Part = \"sv=2022-11-02&sr=c&sp=rwl\";", "Part + \"&sig=AbCdEf%2BGh%3D\"")]
    public Task SasTokensSplitAcrossLiterals(string members, string token) => AssertSilentAsync("HSM1206", $$"""
        class C
        {
            {{members}}

            void Run() => GC.KeepAlive(new Uri("https://contoso.blob.core.windows.net/hsm-backups?" + {{token}}));
        }
        """);

    [Theory]
    [InlineData("EnablePurgeProtection = new ProvisioningParameter(\"purgeProtection\", typeof(bool))", "HSM1001")]
    [InlineData("EnablePurgeProtection = true, SoftDeleteRetentionInDays = new ProvisioningParameter(\"retention\", typeof(int))", "HSM1003")]
    [InlineData("EnablePurgeProtection = true, PublicNetworkAccess = new ProvisioningParameter(\"publicAccess\", typeof(string))", "HSM1401")]
    [InlineData("EnablePurgeProtection = true, InitialAdminObjectIds = { new ProvisioningParameter(\"admin\", typeof(string)) }", "HSM1101")]
    public Task DeclaredValuesThatAreParameters(string properties, string ruleId) => AssertSilentAsync(ruleId, $$"""
        class C
        {
            void Run()
            {
                var infrastructure = new Infrastructure();
                infrastructure.Add(new ManagedHsm("hsm") { Properties = new ManagedHsmProperties { TenantId = Guid.Empty, {{properties}} } });
            }
        }
        """, ShapeRunner.ProvisioningUsings);

    private static async Task AssertSilentAsync(string ruleId, string source, string usings = ShapeRunner.Usings)
    {
        var findings = await ShapeRunner.FindingsAsync(usings + source, topLevel: false);
        Assert.DoesNotContain(findings, finding => finding.Id == ruleId);
    }
}
