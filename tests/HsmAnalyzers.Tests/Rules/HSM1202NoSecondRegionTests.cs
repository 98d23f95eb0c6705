using System.Threading.Tasks;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1202NoSecondRegionRule, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1202NoSecondRegionTests
{
    private const string Enabled = "dotnet_diagnostic.HSM1202.severity = suggestion";

    public class Valid
    {
        [Fact]
        public void DescriptorIsOffByDefault() => Assert.False(Descriptors.HSM1202NoSecondRegion.IsEnabledByDefault);

        [Fact]
        public Task SilentAtDefaultSeverity() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(ResourceGroupResource group) =>
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope));
            }
            """,
            "dotnet_diagnostic.HSM1202.severity = default");

        [Fact]
        public Task RegionInCollectionInitializer() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                async Task Run(ResourceGroupResource group)
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope)
                    {
                        Properties = new ManagedHsmProperties
                        {
                            Regions = { new ManagedHsmGeoReplicatedRegion { Name = "northeurope" } },
                        },
                    };
                    await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", data);
                }
            }
            """,
            Enabled);

        [Fact]
        public Task RegionAddedLater() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(ResourceGroupResource group)
                {
                    var properties = new ManagedHsmProperties();
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = properties };
                    properties.Regions.Add(new ManagedHsmGeoReplicatedRegion { Name = "northeurope" });
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                }
            }
            """,
            Enabled);

        [Fact]
        public Task RegionAddedThroughThePropertyPath() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(ResourceGroupResource group, ManagedHsmGeoReplicatedRegion secondary)
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties() };
                    data.Properties.Regions.Add(secondary);
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                }
            }
            """,
            Enabled);

        [Theory]
        [InlineData("if (production) { data.Properties.Regions.Add(secondary); }")]
        [InlineData("AddRegions(data.Properties.Regions);")]
        [InlineData("var regions = data.Properties.Regions;")]
        [InlineData("data.Properties.Regions.Clear();")]
        [InlineData("Configure(data);")]
        public Task RegionsUnknown(string statement) => Verify.VerifyAnalyzerAsync($$"""
            using System.Collections.Generic;

            class C
            {
                void Run(ResourceGroupResource group, ManagedHsmGeoReplicatedRegion secondary, bool production)
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties() };
                    {{statement}}
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                }

                static void AddRegions(IList<ManagedHsmGeoReplicatedRegion> regions) { }

                static void Configure(ManagedHsmData data) { }
            }
            """,
            Enabled);

        [Fact]
        public Task DataOfUnknownOrigin() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(ResourceGroupResource group, ManagedHsmData template) =>
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", template);
            }
            """,
            Enabled);
    }

    public class Diagnostics
    {
        [Fact]
        public Task NoProperties() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(ResourceGroupResource group) =>
                    [|group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope))|];
            }
            """,
            Enabled);

        [Fact]
        public Task PropertiesWithoutRegions() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                async Task Run(ResourceGroupResource group, Guid tenant, string admin)
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope)
                    {
                        Properties = new ManagedHsmProperties { TenantId = tenant, InitialAdminObjectIds = { admin } },
                    };
                    await [|group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", data)|];
                }
            }
            """,
            Enabled);

        [Fact]
        public Task HelperWithoutRegions() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(ResourceGroupResource group) =>
                    [|group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", Build())|];

                static ManagedHsmData Build()
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties() };
                    data.Properties.EnablePurgeProtection = true;
                    return data;
                }
            }
            """,
            Enabled);
    }
}
