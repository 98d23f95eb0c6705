using System.Threading.Tasks;
using static HsmAnalyzers.Tests.Rules.AccessControlSources;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1101InitialAdminNotAGroupRule, HsmAnalyzers.CodeFixes.Rules.HSM1101InitialAdminNotAGroupFixer>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1101InitialAdminNotAGroupTests
{
    private const string NamesAPerson = "its source names a person";
    private const string Several = "the HSM gets several initial administrators; the recommended form is one security group";
    private const string NotConfigured = "it is not one of the groups in hsm_analyzers.admin_group_object_ids";

    private static string Create(string body, string parameters = "string adminGroupObjectId") => $$"""
        class C
        {
            const string ConfiguredGroup = "{{Group}}";

            async Task Run(ResourceGroupResource group, {{parameters}})
            {
        {{body}}
                await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", data);
            }
        }
        """;

    public class Valid
    {
        [Theory]
        [InlineData("{ adminGroupObjectId }", null)]
        [InlineData("{ adminGroupObjectId, breakGlassGroupId }", null)]
        [InlineData("{ \"" + Group + "\" }", null)]
        [InlineData("{ \"" + Group + "\" }", AdminGroupOption)]
        [InlineData("{ ConfiguredGroup, \"" + Group + "\" }", AdminGroupOption)]
        [InlineData("{ adminObjectId }", AdminGroupOption)]
        [InlineData("{ adminObjectId, breakGlassGroupId }", AdminGroupOption)]
        [InlineData("{ \" " + Group + " \" }", "hsm_analyzers.admin_group_object_ids = not-a-guid, " + OtherGroup + " ,  " + Group)]
        public Task Initializer(string ids, string? option) => Verify.VerifyAnalyzerAsync(Create($$"""
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties { InitialAdminObjectIds = {{ids}} } };
            """, "string adminGroupObjectId, string breakGlassGroupId, string adminObjectId"), option);

        [Fact]
        public Task ListHandedToOtherCode() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(ResourceGroupResource group, string userObjectId)
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties { InitialAdminObjectIds = { userObjectId } } };
                    Normalize(data.Properties.InitialAdminObjectIds);
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                }

                static void Normalize(System.Collections.Generic.IList<string> ids) => ids.Clear();
            }
            """);

        [Fact]
        public Task AddedConditionally() => Verify.VerifyAnalyzerAsync(Create("""
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties() };
                    if (adminGroupObjectId.Length > 0)
                    {
                        data.Properties.InitialAdminObjectIds.Add(userObjectId);
                    }
            """, "string adminGroupObjectId, string userObjectId"));

        [Fact]
        public Task DataOfUnknownOrigin() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(ResourceGroupResource group, ManagedHsmData data, string userObjectId, string meId)
                {
                    data.Properties.InitialAdminObjectIds.Add(userObjectId);
                    data.Properties.InitialAdminObjectIds.Add(meId);
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                }
            }
            """);

        [Fact]
        public Task OtherCollectionsAreNotAdministrators() => Verify.VerifyAnalyzerAsync(Create("""
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties { InitialAdminObjectIds = { adminGroupObjectId } } };
                    data.Properties.Regions.Add(new ManagedHsmGeoReplicatedRegion { Name = "userRegion" });
            """));
    }

    public class Diagnostics
    {
        [Theory]
        [InlineData("userObjectId")]
        [InlineData("currentUser.ToString()")]
        [InlineData("Guid.Parse(myObjectId).ToString()")]
        [InlineData("new Guid(signedInUpn).ToString()")]
        [InlineData("Environment.GetEnvironmentVariable(\"ADMIN_USER_OBJECT_ID\")")]
        [InlineData("Environment.GetEnvironmentVariable(\"MY_OBJECT_ID\")")]
        [InlineData("me.Id")]
        [InlineData("GetSignedInAccountId()")]
        [InlineData("localCopy")]
        public Task PersonWithoutOptionHasNoFix(string id) => Verify.VerifyFixAsync(PersonSource(id), PersonSource(id));

        private static string PersonSource(string id) => $$"""
            class Principal { public string Id => ""; }

            class C
            {
                static string GetSignedInAccountId() => "";

                void Run(ResourceGroupResource group, string userObjectId, Guid currentUser, string myObjectId, string signedInUpn, Principal me)
                {
                    var localCopy = userObjectId;
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties { InitialAdminObjectIds = { [|{{id}}|] } } };
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                }
            }
            """;

        [Fact]
        public Task SeveralIdsWithoutOption() => Verify.VerifyAnalyzerAsync(Create("""
                    var data = new ManagedHsmData(AzureLocation.WestEurope)
                    {
                        Properties = new ManagedHsmProperties { InitialAdminObjectIds = { {|#0:"0a1b2c3d-0000-4000-8000-000000000001"|}, adminGroupObjectId, {|#1:breakGlass|} } },
                    };
            """, "string adminGroupObjectId, string breakGlass"),
            null,
            Verify.Diagnostic("HSM1101").WithLocation(0).WithArguments("\"0a1b2c3d-0000-4000-8000-000000000001\"", Several),
            Verify.Diagnostic("HSM1101").WithLocation(1).WithArguments("breakGlass", Several));

        [Fact]
        public Task AddedAfterConstruction() => Verify.VerifyAnalyzerAsync(Create("""
                    var properties = new ManagedHsmProperties();
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = properties };
                    properties.InitialAdminObjectIds.Add(adminGroupObjectId);
                    data.Properties.InitialAdminObjectIds.Add({|#0:signedInUserId|});
            """, "string adminGroupObjectId, string signedInUserId"),
            null,
            Verify.Diagnostic("HSM1101").WithLocation(0).WithArguments("signedInUserId", NamesAPerson));

        [Fact]
        public Task InAHelper() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(ResourceGroupResource group, string userId) =>
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", {|#0:Build(userId)|});

                static ManagedHsmData Build(string userId) =>
                    new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties { InitialAdminObjectIds = { userId } } };
            }
            """,
            null,
            Verify.Diagnostic("HSM1101").WithLocation(0).WithArguments("userId", NamesAPerson + " (in the code that builds this data)"));

        [Fact]
        public Task OptionReplacesTheFirstAndRemovesTheOthers() => Verify.VerifyFixAsync(Create("""
                    var data = new ManagedHsmData(AzureLocation.WestEurope)
                    {
                        Properties = new ManagedHsmProperties { InitialAdminObjectIds = { {|#0:"0a1b2c3d-0000-4000-8000-000000000001"|}, adminGroupObjectId, {|#1:upn|} } },
                    };
                    data.Properties.InitialAdminObjectIds.Add({|#2:"0a1b2c3d-0000-4000-8000-000000000003"|});
            """, "string adminGroupObjectId, string upn"), Create($$"""
                    var data = new ManagedHsmData(AzureLocation.WestEurope)
                    {
                        Properties = new ManagedHsmProperties { InitialAdminObjectIds = { "{{Group}}", adminGroupObjectId } },
                    };
            """, "string adminGroupObjectId, string upn"),
            AdminGroupOption,
            Verify.Diagnostic("HSM1101").WithLocation(0).WithArguments("\"0a1b2c3d-0000-4000-8000-000000000001\"", NotConfigured),
            Verify.Diagnostic("HSM1101").WithLocation(1).WithArguments("upn", NamesAPerson),
            Verify.Diagnostic("HSM1101").WithLocation(2).WithArguments("\"0a1b2c3d-0000-4000-8000-000000000003\"", NotConfigured));

        [Fact]
        public Task OptionWithTheGroupAlreadyThereRemovesTheIndividuals() => Verify.VerifyFixAsync(Create("""
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties { InitialAdminObjectIds = { ConfiguredGroup } } };
                    data.Properties.InitialAdminObjectIds.Add([|ownerId|]);
            """, "string ownerId"), Create("""
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties { InitialAdminObjectIds = { ConfiguredGroup } } };
            """, "string ownerId"),
            AdminGroupOption);

        [Fact]
        public Task OptionSyncCallAndAddStatement() => Verify.VerifyFixAsync("""
            class C
            {
                void Run(ResourceGroupResource group, string employeeId)
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties() };
                    data.Properties.InitialAdminObjectIds.Add([|employeeId|]);
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                }
            }
            """, $$"""
            class C
            {
                void Run(ResourceGroupResource group, string employeeId)
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties() };
                    data.Properties.InitialAdminObjectIds.Add("{{Group}}");
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                }
            }
            """,
            AdminGroupOption);
    }

    /// <summary>The same practice on a Managed HSM declared with Azure.Provisioning.</summary>
    public class Provisioning
    {
        [Fact]
        public Task GroupOrUnknownIsSilent() => Verify.VerifyProvisioningAnalyzerAsync("""
            class C
            {
                void Build(Infrastructure infrastructure, string adminGroupObjectId)
                {
                    var admins = new ProvisioningParameter("admins", typeof(string[]));
                    infrastructure.Add(new ManagedHsm("grouped") { Properties = new ManagedHsmProperties { InitialAdminObjectIds = { adminGroupObjectId } } });
                    infrastructure.Add(new ManagedHsm("parameter") { Properties = new ManagedHsmProperties { InitialAdminObjectIds = admins } });
                }
            }
            """);

        [Fact]
        public Task PersonWithoutOption() => Verify.VerifyProvisioningAnalyzerAsync("""
            class C
            {
                void Build(Infrastructure infrastructure, string ownerUpn)
                {
                    var hsm = new ManagedHsm("hsm") { Properties = new ManagedHsmProperties { InitialAdminObjectIds = { {|#0:ownerUpn|} } } };
                    infrastructure.Add(hsm);
                }
            }
            """,
            null,
            Verify.Diagnostic("HSM1101").WithLocation(0).WithArguments("ownerUpn", NamesAPerson));

        [Fact]
        public Task OptionReplacesTheIndividual() => Verify.VerifyProvisioningFixAsync("""
            class C
            {
                void Build(Infrastructure infrastructure, string employeeId)
                {
                    var hsm = new ManagedHsm("hsm") { Properties = new ManagedHsmProperties() };
                    infrastructure.Add(hsm);
                    hsm.Properties.InitialAdminObjectIds.Add([|employeeId|]);
                }
            }
            """, $$"""
            class C
            {
                void Build(Infrastructure infrastructure, string employeeId)
                {
                    var hsm = new ManagedHsm("hsm") { Properties = new ManagedHsmProperties() };
                    infrastructure.Add(hsm);
                    hsm.Properties.InitialAdminObjectIds.Add("{{Group}}");
                }
            }
            """,
            AdminGroupOption);
    }
}
