using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using static HsmAnalyzers.Tests.Rules.AccessControlSources;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1104PrivilegedAzureRoleToUserRule, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1104PrivilegedAzureRoleToUserTests
{
    private const string Owner = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
    private const string Reader = "acdd72a7-3385-48ef-bd42-f606fba81ae7";

    private static string Assign(string role, string principalType) => Usings + $$"""
        class C
        {
            const string OwnerRole = "/providers/Microsoft.Authorization/roleDefinitions/{{Owner}}";

            async Task Run(ManagedHsmResource hsm, SubscriptionResource subscription, Guid principalId, RoleManagementPrincipalType type)
            {
                var content = new RoleAssignmentCreateOrUpdateContent({{role}}, principalId) { {{principalType}} };
                await hsm.GetRoleAssignments().CreateOrUpdateAsync(WaitUntil.Completed, Guid.NewGuid().ToString(), content);
            }
        }
        """;

    public class Valid
    {
        [Theory]
        [InlineData("new ResourceIdentifier(OwnerRole)", "PrincipalType = RoleManagementPrincipalType.Group")]
        [InlineData("new ResourceIdentifier(OwnerRole)", "PrincipalType = RoleManagementPrincipalType.ServicePrincipal")]
        [InlineData("new ResourceIdentifier(OwnerRole)", "PrincipalType = type")]
        [InlineData("new ResourceIdentifier(OwnerRole)", "Description = \"no type\"")]
        [InlineData("new ResourceIdentifier(\"/providers/Microsoft.Authorization/roleDefinitions/" + Reader + "\")", "PrincipalType = RoleManagementPrincipalType.User")]
        [InlineData("new ResourceIdentifier($\"{subscription.Id}/providers/Microsoft.Authorization/roleDefinitions/{principalId}\")", "PrincipalType = RoleManagementPrincipalType.User")]
        [InlineData("new ResourceIdentifier(\"/providers/Microsoft.Authorization/roleDefinitions/" + Administrator + "x\")", "PrincipalType = RoleManagementPrincipalType.User")]
        public Task NotAPrivilegedRoleForAUser(string role, string principalType) => Verify.VerifyAnalyzerAsync(Assign(role, principalType));

        [Fact]
        public Task SetConditionally() => Verify.VerifyAnalyzerAsync(Usings + """
            class C
            {
                void Run(ManagedHsmResource hsm, Guid principalId, bool person)
                {
                    var content = new RoleAssignmentCreateOrUpdateContent(new ResourceIdentifier("/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635"), principalId);
                    if (person)
                    {
                        content.PrincipalType = RoleManagementPrincipalType.User;
                    }

                    hsm.GetRoleAssignments().CreateOrUpdate(WaitUntil.Completed, "name", content);
                }
            }
            """);
    }

    public class Diagnostics
    {
        [Theory]
        [InlineData("new ResourceIdentifier(OwnerRole)", "PrincipalType = RoleManagementPrincipalType.User", "Owner")]
        [InlineData("new ResourceIdentifier(OwnerRole)", "PrincipalType = \"user\"", "Owner")]
        [InlineData("new ResourceIdentifier(OwnerRole)", "PrincipalType = new RoleManagementPrincipalType(\"User\")", "Owner")]
        [InlineData("new ResourceIdentifier($\"{subscription.Id}/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42e0-ab88-20f7382dd24c\")", "PrincipalType = RoleManagementPrincipalType.User", "Contributor")]
        [InlineData("new ResourceIdentifier(subscription.Id + \"/providers/Microsoft.Authorization/roleDefinitions/18d7d88d-d35e-4fb5-a5c3-7773c20a72d9\")", "PrincipalType = RoleManagementPrincipalType.User", "User Access Administrator")]
        [InlineData("new ResourceIdentifier(\"18500a29-7fe2-46b2-a342-b16a415e101d\")", "PrincipalType = RoleManagementPrincipalType.User", "Managed HSM Contributor")]
        public Task PrivilegedRoleForAUser(string role, string principalType, string name) => Verify.VerifyAnalyzerAsync(
            Assign(role, "{|#0:" + principalType + "|}"),
            expected: Verify.Diagnostic("HSM1104").WithLocation(0).WithArguments(name));

        [Fact]
        public Task SetAfterConstructionSync() => Verify.VerifyAnalyzerAsync(Usings + """
            class C
            {
                void Run(ArmClient arm, ResourceIdentifier hsmId, Guid principalId)
                {
                    var content = new RoleAssignmentCreateOrUpdateContent(new ResourceIdentifier("/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635"), principalId);
                    [|content.PrincipalType = RoleManagementPrincipalType.User|];
                    arm.GetRoleAssignments(hsmId).CreateOrUpdate(WaitUntil.Completed, "name", content);
                }
            }
            """);

        [Fact]
        public Task RoleDefinitionInALocal() => Verify.VerifyAnalyzerAsync(Usings + """
            class C
            {
                const string Owner = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";

                void Run(ManagedHsmResource hsm, Guid principalId)
                {
                    var roleDefinitionId = new ResourceIdentifier($"/subscriptions/{hsm.Id.SubscriptionId}/providers/Microsoft.Authorization/roleDefinitions/{Owner}");
                    var content = new RoleAssignmentCreateOrUpdateContent(roleDefinitionId, principalId) { [|PrincipalType = RoleManagementPrincipalType.User|] };
                    hsm.GetRoleAssignments().CreateOrUpdate(WaitUntil.Completed, "name", content);
                }
            }
            """);

        [Fact]
        public Task BuiltByAHelper() => Verify.VerifyAnalyzerAsync(Usings + """
            class C
            {
                void Run(ManagedHsmResource hsm, Guid principalId) =>
                    hsm.GetRoleAssignments().CreateOrUpdate(WaitUntil.Completed, "name", [|Build(principalId)|]);

                static RoleAssignmentCreateOrUpdateContent Build(Guid principalId) =>
                    new RoleAssignmentCreateOrUpdateContent(new ResourceIdentifier("/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635"), principalId)
                    {
                        PrincipalType = RoleManagementPrincipalType.User,
                    };
            }
            """);
    }

    /// <summary>The same practice on a <c>RoleAssignment</c> declared with Azure.Provisioning.</summary>
    public class Provisioning
    {
        private const string Owner = "/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635";

        [Theory]
        [InlineData("PrincipalType = RoleManagementPrincipalType.Group")]
        [InlineData("PrincipalType = principalType")]
        public Task GroupOrUnknownIsSilent(string principalType) => Verify.VerifyProvisioningAnalyzerAsync($$"""
            class C
            {
                void Build(Infrastructure infrastructure, ManagedHsm hsm, Guid principalId, ProvisioningParameter principalType)
                {
                    infrastructure.Add(new RoleAssignment("owner")
                    {
                        RoleDefinitionId = new ResourceIdentifier("{{Owner}}"),
                        PrincipalId = principalId,
                        {{principalType}},
                        Scope = hsm.Id,
                    });
                }
            }
            """);

        [Fact]
        public Task UnknownRoleIsSilent() => Verify.VerifyProvisioningAnalyzerAsync("""
            class C
            {
                void Build(Infrastructure infrastructure, ProvisioningParameter role, Guid principalId)
                {
                    var assignment = new RoleAssignment("owner") { RoleDefinitionId = role, PrincipalType = RoleManagementPrincipalType.User };
                    infrastructure.Add(assignment);
                }
            }
            """);

        [Fact]
        public Task PrivilegedRoleForAUser() => Verify.VerifyProvisioningAnalyzerAsync($$"""
            class C
            {
                const string Contributor = "/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42e0-ab88-20f7382dd24c";

                void Build(Infrastructure infrastructure, Guid principalId)
                {
                    var owner = new RoleAssignment("owner") { RoleDefinitionId = new ResourceIdentifier("{{Owner}}"), {|#0:PrincipalType = RoleManagementPrincipalType.User|} };
                    infrastructure.Add(owner);
                    var contributor = new RoleAssignment("contributor") { RoleDefinitionId = new ResourceIdentifier(Contributor), PrincipalId = principalId };
                    {|#1:contributor.PrincipalType = RoleManagementPrincipalType.User|};
                    infrastructure.Add(contributor);
                }
            }
            """,
            null,
            Verify.Diagnostic("HSM1104").WithLocation(0).WithArguments("Owner"),
            Verify.Diagnostic("HSM1104").WithLocation(1).WithArguments("Contributor"));

        [Fact]
        public Task BuiltByAHelper() => Verify.VerifyProvisioningAnalyzerAsync($$"""
            class C
            {
                void Build(Infrastructure infrastructure, ManagedHsm hsm, Guid principalId)
                {
                    infrastructure.Add({|#0:Owner(principalId)|});

                    var forGroup = Owner(principalId);
                    infrastructure.Add(forGroup);
                    forGroup.PrincipalType = RoleManagementPrincipalType.Group;
                }

                static RoleAssignment Owner(Guid principalId) => new RoleAssignment("owner")
                {
                    RoleDefinitionId = new ResourceIdentifier("{{Owner}}"),
                    PrincipalId = principalId,
                    PrincipalType = RoleManagementPrincipalType.User,
                };
            }
            """,
            null,
            Verify.Diagnostic("HSM1104").WithLocation(0).WithArguments("Owner"));
    }
}
