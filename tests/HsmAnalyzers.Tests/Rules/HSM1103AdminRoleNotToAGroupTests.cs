using System.Threading.Tasks;
using static HsmAnalyzers.Tests.Rules.AccessControlSources;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1103AdminRoleNotToAGroupRule, HsmAnalyzers.CodeFixes.Rules.HSM1103AdminRoleNotToAGroupFixer>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1103AdminRoleNotToAGroupTests
{
    private const string NamesAPerson = "its source names a person";
    private const string NotConfigured = "it is not one of the groups in hsm_analyzers.admin_group_object_ids";

    private static string Assign(string role, string principal) => Usings + $$"""
        class C
        {
            const string AdministratorRole = "{{Administrator}}";
            const string HsmAdminsGroup = "{{Group}}";

            async Task Run(KeyVaultAccessControlClient client, string adminGroupId, string principalId, string userObjectId, Guid myId, string[] ids)
            {
                var officer = "{{FullIdPrefix}}{{CryptoOfficer}}";
                await client.CreateRoleAssignmentAsync(KeyVaultRoleScope.Global, {{role}}, {{principal}});
            }
        }
        """;

    public class Valid
    {
        [Theory]
        [InlineData("AdministratorRole", "adminGroupId", null)]
        [InlineData("AdministratorRole", "principalId", null)]
        [InlineData("AdministratorRole", "\"0a1b2c3d-0000-4000-8000-000000000001\"", null)]
        [InlineData("AdministratorRole", "HsmAdminsGroup", AdminGroupOption)]
        [InlineData("AdministratorRole", "principalId", AdminGroupOption)]
        [InlineData("AdministratorRole", "ids[0]", AdminGroupOption)]
        [InlineData("\"" + CryptoUser + "\"", "userObjectId", AdminGroupOption)]
        [InlineData("\"" + CryptoAuditor + "\"", "userObjectId", null)]
        [InlineData("principalId", "userObjectId", null)]
        public Task GroupOrUnknownOrNotAdministrative(string role, string principal, string? option) =>
            Verify.VerifyAnalyzerAsync(Assign(role, principal), option);
    }

    public class Diagnostics
    {
        [Theory]
        [InlineData("AdministratorRole", "Managed HSM Administrator")]
        [InlineData("officer", "Managed HSM Crypto Officer")]
        [InlineData("\"" + PolicyAdministrator + "\"", "Managed HSM Policy Administrator")]
        [InlineData("\"" + FullIdPrefix + Administrator + "\"", "Managed HSM Administrator")]
        public Task PersonWithoutOptionHasNoFix(string role, string name) => Verify.VerifyFixAsync(
            Assign(role, "{|#0:userObjectId|}"),
            Assign(role, "{|#0:userObjectId|}"),
            expected: Verify.Diagnostic("HSM1103").WithLocation(0).WithArguments(name, "userObjectId", NamesAPerson));

        [Theory]
        [InlineData("userObjectId", NamesAPerson)]
        [InlineData("myId.ToString()", NamesAPerson)]
        [InlineData("\"0a1b2c3d-0000-4000-8000-000000000001\"", NotConfigured)]
        [InlineData("\"" + OtherGroup + "\"", NotConfigured)]
        public Task OptionReplacesThePrincipal(string principal, string reason) => Verify.VerifyFixAsync(
            Assign("AdministratorRole", "{|#0:" + principal + "|}"),
            Assign("AdministratorRole", "\"" + Group + "\""),
            AdminGroupOption,
            Verify.Diagnostic("HSM1103").WithLocation(0).WithArguments("Managed HSM Administrator", principal, reason));

        [Fact]
        public Task SyncNamedArgumentsAndFixAll() => Verify.VerifyFixAsync(Usings + """
            class C
            {
                void Run(KeyVaultAccessControlClient client, string ownerObjectId, string employeeId)
                {
                    client.CreateRoleAssignment(principalId: [|ownerObjectId|], roleDefinitionId: "a290e904-7015-4bba-90c8-60543313cdb4", roleScope: KeyVaultRoleScope.Global);
                    client.CreateRoleAssignment(KeyVaultRoleScope.Keys, "515eb02d-2335-4d2d-92f2-b1cbdf9c3778", [|employeeId|]);
                }
            }
            """, Usings + $$"""
            class C
            {
                void Run(KeyVaultAccessControlClient client, string ownerObjectId, string employeeId)
                {
                    client.CreateRoleAssignment(principalId: "{{Group}}", roleDefinitionId: "a290e904-7015-4bba-90c8-60543313cdb4", roleScope: KeyVaultRoleScope.Global);
                    client.CreateRoleAssignment(KeyVaultRoleScope.Keys, "515eb02d-2335-4d2d-92f2-b1cbdf9c3778", "{{Group}}");
                }
            }
            """,
            AdminGroupOption);
    }
}
