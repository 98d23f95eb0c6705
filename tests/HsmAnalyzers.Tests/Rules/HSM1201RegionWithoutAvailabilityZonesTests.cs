using System.Linq;
using System.Threading.Tasks;
using HsmAnalyzers.Rules;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1201RegionWithoutAvailabilityZonesRule, HsmAnalyzers.CodeFixes.Rules.HSM1201RegionWithoutAvailabilityZonesFixer>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1201RegionWithoutAvailabilityZonesTests
{
    private const string Zoneless = "the region has no availability zones; 'uksouth' is the zone-redundant region of the same geography";

    public class RegionTable
    {
        [Fact]
        public void EveryRecommendedRegionHasZonesAndNoRegionIsInBothLists()
        {
            Assert.All(AvailabilityZones.ZonelessToRecommended, pair => Assert.Contains(pair.Value, AvailabilityZones.ZoneRedundantMembers.Keys));
            Assert.Empty(AvailabilityZones.ZonelessToRecommended.Keys.Intersect(AvailabilityZones.ZoneRedundantMembers.Keys));
        }

        [Fact]
        public void EveryMemberIsTheAzureLocationOfItsRegion() =>
            Assert.All(AvailabilityZones.ZoneRedundantMembers, pair =>
                Assert.Equal(pair.Key, ((Azure.Core.AzureLocation)typeof(Azure.Core.AzureLocation).GetProperty(pair.Value)!.GetValue(null)!).Name));
    }

    public class Valid
    {
        [Theory]
        [InlineData("AzureLocation.WestEurope")]
        [InlineData("AzureLocation.UKSouth")]
        [InlineData("\"westeurope\"")]
        [InlineData("new AzureLocation(\"North Europe\")")]
        [InlineData("location")]
        [InlineData("Primary")]
        [InlineData("AzureLocation.WestUS")]
        [InlineData("AzureLocation.JapanWest")]
        [InlineData("\"marscentral\"")]
        [InlineData("new AzureLocation(name)")]
        [InlineData("production ? AzureLocation.UKWest : AzureLocation.UKSouth")]
        [InlineData("reassigned")]
        public Task ZoneRedundantUnknownOrNotInTheTable(string location) => Verify.VerifyAnalyzerAsync($$"""
            class C
            {
                static AzureLocation Primary = AzureLocation.UKWest;

                ManagedHsmData Build(AzureLocation location, string name, bool production)
                {
                    var reassigned = AzureLocation.UKWest;
                    reassigned = AzureLocation.CanadaEast;
                    return new ManagedHsmData({{location}});
                }
            }
            """);

        [Fact]
        public Task ModelFactoryDoublesAreNotCreations() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                ManagedHsmData Double() => ArmKeyVaultModelFactory.ManagedHsmData(location: AzureLocation.UKWest);
            }
            """);

        [Theory]
        [InlineData("hsm_analyzers.allowed_regions = ukwest")]
        [InlineData("hsm_analyzers.allowed_regions = westeurope, UK West")]
        public Task AllowedRegionIsAcceptedWhateverTheTableSays(string option) => Verify.VerifyAnalyzerAsync("""
            class C
            {
                ManagedHsmData Build() => new ManagedHsmData(AzureLocation.UKWest);
            }
            """,
            option);
    }

    public class Diagnostics
    {
        [Theory]
        [InlineData("AzureLocation.UKWest")]
        [InlineData("new AzureLocation(\"ukwest\")")]
        [InlineData("new AzureLocation(\"UK West\")")]
        [InlineData("new AzureLocation(\"ukwest\", \"UK West\")")]
        [InlineData("\"ukwest\"")]
        [InlineData("@\"UKWest\"")]
        [InlineData("Region")]
        [InlineData("region")]
        [InlineData("location")]
        public Task EveryWayToWriteTheLocation(string location) => Verify.VerifyFixAsync($$"""
            class C
            {
                const string Region = "ukwest";

                ManagedHsmData Build()
                {
                    var region = "ukwest";
                    AzureLocation location = new AzureLocation(Region);
                    return new ManagedHsmData({|#0:{{location}}|});
                }
            }
            """, """
            class C
            {
                const string Region = "ukwest";

                ManagedHsmData Build()
                {
                    var region = "ukwest";
                    AzureLocation location = new AzureLocation(Region);
                    return new ManagedHsmData(AzureLocation.UKSouth);
                }
            }
            """,
            expected: Verify.Diagnostic("HSM1201").WithLocation(0).WithArguments("ukwest", Zoneless));

        [Fact]
        public Task TypeWrittenWithAUsingAlias() => Verify.VerifyAnalyzerAsync("""
            using Data = Azure.ResourceManager.KeyVault.ManagedHsmData;

            class C
            {
                Data Explicit() => new Data([|AzureLocation.CanadaEast|]);

                Data Declared()
                {
                    Data data = new([|AzureLocation.CanadaEast|]);
                    return data;
                }

                Data Passed() => Keep(new([|AzureLocation.CanadaEast|]));

                static Data Keep(Data data) => data;
            }
            """);

        [Fact]
        public Task NamedArgumentAndTargetTypedCreation() => Verify.VerifyFixAsync("""
            class C
            {
                async Task Run(ResourceGroupResource group)
                {
                    var first = new ManagedHsmData(location: [|AzureLocation.CanadaEast|]);
                    ManagedHsmData second = new([|AzureLocation.AustraliaSoutheast|]) { Properties = new ManagedHsmProperties() };
                    await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "one", first);
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "two", second);
                }
            }
            """, """
            class C
            {
                async Task Run(ResourceGroupResource group)
                {
                    var first = new ManagedHsmData(location: AzureLocation.CanadaCentral);
                    ManagedHsmData second = new(AzureLocation.AustraliaEast) { Properties = new ManagedHsmProperties() };
                    await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "one", first);
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "two", second);
                }
            }
            """);

        [Fact]
        public Task FixAllInDocument() => Verify.VerifyFixAsync("""
            class C
            {
                ManagedHsmData[] Build() =>
                [
                    new ManagedHsmData([|AzureLocation.FranceSouth|]),
                    new ManagedHsmData([|"germanynorth"|]),
                    new ManagedHsmData([|new AzureLocation("West Central US")|]),
                    new ManagedHsmData([|AzureLocation.ChinaEast|]),
                ];
            }
            """, """
            class C
            {
                ManagedHsmData[] Build() =>
                [
                    new ManagedHsmData(AzureLocation.FranceCentral),
                    new ManagedHsmData(AzureLocation.GermanyWestCentral),
                    new ManagedHsmData(AzureLocation.WestUS2),
                    new ManagedHsmData(AzureLocation.ChinaNorth3),
                ];
            }
            """);

        [Theory]
        [InlineData("AzureLocation.UKSouth", "uksouth", "westeurope, northeurope")]
        [InlineData("\"ukwest\"", "ukwest", "westeurope")]
        public Task NotAllowedAndNoAllowedNeighbourHasNoFix(string location, string region, string allowed)
        {
            var source = $$"""
                class C
                {
                    ManagedHsmData Build() => new ManagedHsmData({|#0:{{location}}|});
                }
                """;
            return Verify.VerifyFixAsync(
                source,
                source,
                "hsm_analyzers.allowed_regions = " + allowed,
                Verify.Diagnostic("HSM1201").WithLocation(0).WithArguments(region, "the region is not in hsm_analyzers.allowed_regions"));
        }

        [Fact]
        public Task ZonelessRegionWhoseNeighbourIsAllowedIsFixed() => Verify.VerifyFixAsync(
            """
            class C
            {
                ManagedHsmData Build() => new ManagedHsmData({|#0:AzureLocation.UKWest|});
            }
            """,
            """
            class C
            {
                ManagedHsmData Build() => new ManagedHsmData(AzureLocation.UKSouth);
            }
            """,
            "hsm_analyzers.allowed_regions = westeurope,uksouth",
            Verify.Diagnostic("HSM1201").WithLocation(0).WithArguments("ukwest", "the region is not in hsm_analyzers.allowed_regions; 'uksouth' is the zone-redundant region of the same geography"));

        [Theory]
        [InlineData("hsm_analyzers.allowed_regions =")]
        [InlineData("hsm_analyzers.allowed_regions = , ")]
        public Task EmptyAllowedRegionsFallsBackToTheTable(string option) => Verify.VerifyFixAsync(
            """
            class C
            {
                ManagedHsmData Build() => new ManagedHsmData({|#0:AzureLocation.UKWest|});
            }
            """,
            """
            class C
            {
                ManagedHsmData Build() => new ManagedHsmData(AzureLocation.UKSouth);
            }
            """,
            option,
            Verify.Diagnostic("HSM1201").WithLocation(0).WithArguments("ukwest", Zoneless));

        [Fact]
        public async Task FixAddsTheUsingDirectiveItNeeds()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using Azure.ResourceManager.KeyVault;

                    class C
                    {
                        ManagedHsmData Build() => new ManagedHsmData([|"ukwest"|]);
                    }
                    """,
                FixedCode = """
                    using Azure.Core;
                    using Azure.ResourceManager.KeyVault;

                    class C
                    {
                        ManagedHsmData Build() => new ManagedHsmData(AzureLocation.UKSouth);
                    }
                    """,
            };
            await test.RunAsync();
        }
    }

    /// <summary>The same practice on a Managed HSM declared with Azure.Provisioning.</summary>
    public class Provisioning
    {
        [Theory]
        [InlineData("Location = AzureLocation.UKSouth")]
        [InlineData("Location = location")]
        [InlineData("Location = region")]
        public Task ZoneRedundantOrUnknownIsSilent(string setting) => Verify.VerifyProvisioningAnalyzerAsync($$"""
            class C
            {
                void Build(Infrastructure infrastructure, AzureLocation region)
                {
                    var location = new ProvisioningParameter("location", typeof(string));
                    infrastructure.Add(new ManagedHsm("hsm") { {{setting}} });
                }
            }
            """);

        [Fact]
        public Task ZonelessRegion() => Verify.VerifyProvisioningFixAsync("""
            class C
            {
                void Build(Infrastructure infrastructure)
                {
                    var hsm = new ManagedHsm("hsm") { Location = [|AzureLocation.UKWest|] };
                    hsm.Location = [|new AzureLocation("canadaeast")|];
                    infrastructure.Add(hsm);
                }
            }
            """, """
            class C
            {
                void Build(Infrastructure infrastructure)
                {
                    var hsm = new ManagedHsm("hsm") { Location = AzureLocation.UKSouth };
                    hsm.Location = AzureLocation.CanadaCentral;
                    infrastructure.Add(hsm);
                }
            }
            """);

        [Fact]
        public Task OutsideTheAllowedRegions() => Verify.VerifyProvisioningAnalyzerAsync("""
            class C
            {
                void Build(Infrastructure infrastructure)
                {
                    infrastructure.Add(new ManagedHsm("hsm") { Location = {|#0:AzureLocation.EastUS|} });
                    infrastructure.Add(new ManagedHsm("allowed") { Location = AzureLocation.NorthEurope });
                }
            }
            """,
            "hsm_analyzers.allowed_regions = northeurope, westeurope",
            Verify.Diagnostic("HSM1201").WithLocation(0).WithArguments("eastus", "the region is not in hsm_analyzers.allowed_regions"));
    }
}
