using System.Threading.Tasks;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1401PublicNetworkAccessRule, HsmAnalyzers.CodeFixes.Rules.HSM1401PublicNetworkAccessFixer>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1401PublicNetworkAccessTests
{
    public class Valid
    {
        [Theory]
        [InlineData("PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled")]
        [InlineData("PublicNetworkAccess = \"Disabled\"")]
        [InlineData("PublicNetworkAccess = access")]
        [InlineData("PublicNetworkAccess = production ? ManagedHsmPublicNetworkAccess.Disabled : ManagedHsmPublicNetworkAccess.Enabled")]
        public Task SetOnCreation(string setting) => Verify.VerifyAnalyzerAsync($$"""
            class C
            {
                void Run(ResourceGroupResource group, ManagedHsmPublicNetworkAccess access, bool production)
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties { {{setting}} } };
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                }
            }
            """);

        [Fact]
        public Task PropertiesOfUnknownOriginOrHandedOver() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(ResourceGroupResource group, ManagedHsmData template)
                {
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "a", template);
                    var properties = new ManagedHsmProperties();
                    Harden(properties);
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "b", new ManagedHsmData(AzureLocation.WestEurope) { Properties = properties });
                }

                static void Harden(ManagedHsmProperties properties) => properties.PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled;
            }
            """);
    }

    public class Diagnostics
    {
        [Theory]
        [InlineData("ManagedHsmPublicNetworkAccess.Enabled")]
        [InlineData("\"enabled\"")]
        [InlineData("new ManagedHsmPublicNetworkAccess(\"Enabled\")")]
        public Task SetToEnabled(string value) => Verify.VerifyFixAsync($$"""
            class C
            {
                void Run(ManagedHsmResource hsm)
                {
                    var data = hsm.Data;
                    [|data.Properties.PublicNetworkAccess = {{value}}|];
                    hsm.Update(WaitUntil.Completed, data);
                }
            }
            """, """
            class C
            {
                void Run(ManagedHsmResource hsm)
                {
                    var data = hsm.Data;
                    data.Properties.PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled;
                    hsm.Update(WaitUntil.Completed, data);
                }
            }
            """);

        [Fact]
        public Task NeverSetOnCreation() => Verify.VerifyFixAsync("""
            class C
            {
                async Task Run(ResourceGroupResource group, Guid tenant)
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope)
                    {
                        Properties = [|new ManagedHsmProperties|]
                        {
                            TenantId = tenant,
                        },
                    };
                    await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", data);
                }
            }
            """, """
            class C
            {
                async Task Run(ResourceGroupResource group, Guid tenant)
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope)
                    {
                        Properties = new ManagedHsmProperties
                        {
                            TenantId = tenant,
                            PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled
                        },
                    };
                    await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", data);
                }
            }
            """);

        [Fact]
        public Task SetToNullOnCreation() => Verify.VerifyFixAsync("""
            class C
            {
                void Run(ResourceGroupResource group)
                {
                    var properties = new ManagedHsmProperties();
                    [|properties.PublicNetworkAccess = null|];
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope) { Properties = properties });
                }
            }
            """, """
            class C
            {
                void Run(ResourceGroupResource group)
                {
                    var properties = new ManagedHsmProperties();
                    properties.PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled;
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope) { Properties = properties });
                }
            }
            """);

        [Fact]
        public Task NeverSetInHelperIsReportedOnTheArgumentWithoutFix() => Verify.VerifyFixAsync("""
            class C
            {
                void Run(ResourceGroupResource group) =>
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", {|#0:Build()|});

                static ManagedHsmData Build() => new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties() };
            }
            """, """
            class C
            {
                void Run(ResourceGroupResource group) =>
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", {|#0:Build()|});

                static ManagedHsmData Build() => new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties() };
            }
            """,
            expected: Verify.Diagnostic("HSM1401").WithLocation(0).WithArguments("PublicNetworkAccess is never set and defaults to Enabled in the code that builds this data"));

        [Fact]
        public Task FixAllWithoutUsing() => Verify.VerifyFixAsync("""
            class C
            {
                void Run(ResourceGroupResource group, Azure.ResourceManager.KeyVault.Models.ManagedHsmProperties other)
                {
                    [|other.PublicNetworkAccess = "Enabled"|];
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "a", new ManagedHsmData(AzureLocation.WestEurope) { Properties = [|new()|] });
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "b", new ManagedHsmData(AzureLocation.WestEurope) { Properties = [|new ManagedHsmProperties()|] { EnableSoftDelete = true } });
                }
            }
            """, """
            class C
            {
                void Run(ResourceGroupResource group, Azure.ResourceManager.KeyVault.Models.ManagedHsmProperties other)
                {
                    other.PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled;
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "a", new ManagedHsmData(AzureLocation.WestEurope) { Properties = new() { PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled } });
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "b", new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties() { EnableSoftDelete = true, PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled } });
                }
            }
            """);
    }

    /// <summary>The same practice on a Managed HSM declared with Azure.Provisioning.</summary>
    public class Provisioning
    {
        [Theory]
        [InlineData("PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled")]
        [InlineData("PublicNetworkAccess = access")]
        public Task DisabledOrUnknownIsSilent(string setting) => Verify.VerifyProvisioningAnalyzerAsync($$"""
            class C
            {
                void Build(Infrastructure infrastructure)
                {
                    var access = new ProvisioningParameter("publicNetworkAccess", typeof(string));
                    var hsm = new ManagedHsm("hsm") { Properties = new ManagedHsmProperties { {{setting}} } };
                    infrastructure.Add(hsm);
                }
            }
            """);

        [Fact]
        public Task SetAfterTheResourceIsAdded() => Verify.VerifyProvisioningAnalyzerAsync("""
            class C
            {
                void Build(Infrastructure infrastructure)
                {
                    var hsm = new ManagedHsm("hsm") { Properties = new ManagedHsmProperties() };
                    infrastructure.Add(hsm);
                    hsm.Properties.PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled;
                }
            }
            """);

        /// <summary>What the helper sets up counts, then what the adding member writes: here the caller disables it.</summary>
        [Theory]
        [InlineData("static ManagedHsm Make() => new ManagedHsm(\"hsm\") { Properties = new ManagedHsmProperties { TenantId = Guid.Empty, EnablePurgeProtection = true } };")]
        [InlineData("static ManagedHsm Make() { var made = new ManagedHsm(\"hsm\") { Properties = new ManagedHsmProperties { TenantId = Guid.Empty, EnablePurgeProtection = true } }; return made; }")]
        public Task DisabledByTheCallerOfAHelperThatBuildsIt(string helper) => Verify.VerifyProvisioningAnalyzerAsync($$"""
            class C
            {
                {{helper}}

                void Build()
                {
                    var infrastructure = new Infrastructure();
                    var hsm = Make();
                    hsm.Properties.PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled;
                    infrastructure.Add(hsm);
                }
            }
            """);

        [Fact]
        public Task EnabledOrLeftAtItsDefault() => Verify.VerifyProvisioningFixAsync("""
            class C
            {
                void Build(Infrastructure infrastructure, Guid tenant)
                {
                    var hsm = new ManagedHsm("hsm") { Properties = new ManagedHsmProperties { [|PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Enabled|] } };
                    infrastructure.Add(hsm);
                    infrastructure.Add(new ManagedHsm("other") { Properties = [|new ManagedHsmProperties()|] { TenantId = tenant } });
                }
            }
            """, """
            class C
            {
                void Build(Infrastructure infrastructure, Guid tenant)
                {
                    var hsm = new ManagedHsm("hsm") { Properties = new ManagedHsmProperties { PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled } };
                    infrastructure.Add(hsm);
                    infrastructure.Add(new ManagedHsm("other") { Properties = new ManagedHsmProperties() { TenantId = tenant, PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled } });
                }
            }
            """);
    }
}
