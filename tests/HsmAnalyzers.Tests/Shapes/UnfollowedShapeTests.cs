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

    private static async Task AssertSilentAsync(string ruleId, string source)
    {
        var findings = await ShapeRunner.FindingsAsync(ShapeRunner.Usings + source, topLevel: false);
        Assert.DoesNotContain(findings, finding => finding.Id == ruleId);
    }
}
