using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static HsmAnalyzers.Tests.Rules.AccessControlSources;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1106SeveralDataPlaneRolesRule, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1106SeveralDataPlaneRolesTests
{
    private static string Assign(string first, string second) => Usings + $$"""
        class Identity { public string ObjectId => ""; }

        class C
        {
            const string AppId = "0a1b2c3d-0000-4000-8000-000000000001";
            const string CryptoUserRole = "{{CryptoUser}}";

            async Task Run(KeyVaultAccessControlClient client, string appObjectId, string otherAppId, Guid appGuid, Identity app, Identity other, string role)
            {
                var auditor = "{{CryptoAuditor}}";
                {{first}}
                {{second}}
            }
        }
        """;

    private static DiagnosticResult Expected(string principal, string role) =>
        new DiagnosticResult("HSM1106", DiagnosticSeverity.Info).WithLocation(0).WithArguments(principal, role);

    public class Valid
    {
        [Theory]
        [InlineData("client.CreateRoleAssignment(\"/keys/a\", CryptoUserRole, appObjectId);", "client.CreateRoleAssignment(\"/keys/b\", \"" + FullIdPrefix + CryptoUser + "\", appObjectId);")]
        [InlineData("client.CreateRoleAssignment(\"/keys/a\", CryptoUserRole, appObjectId);", "client.CreateRoleAssignment(\"/keys/a\", auditor, otherAppId);")]
        [InlineData("client.CreateRoleAssignment(\"/keys/a\", CryptoUserRole, app.ObjectId);", "client.CreateRoleAssignment(\"/keys/a\", auditor, other.ObjectId);")]
        [InlineData("client.CreateRoleAssignment(\"/keys/a\", CryptoUserRole, appObjectId);", "client.CreateRoleAssignment(\"/keys/a\", role, appObjectId);")]
        [InlineData("client.CreateRoleAssignment(\"/keys/a\", CryptoUserRole, appObjectId);", "void Later() => client.CreateRoleAssignment(\"/keys/a\", auditor, appObjectId);")]
        public Task OneRoleEach(string first, string second) => Verify.VerifyAnalyzerAsync(Assign(first, second));

        /// <summary>Calls on different arms of one branch never both run: the principal gets one role or the other.</summary>
        [Theory]
        [InlineData("if (role == \"read\") client.CreateRoleAssignment(\"/keys/a\", auditor, appObjectId); else client.CreateRoleAssignment(\"/keys/a\", CryptoUserRole, appObjectId);")]
        [InlineData("if (role == \"read\") { client.CreateRoleAssignment(\"/keys/a\", auditor, appObjectId); } else if (role == \"use\") { client.CreateRoleAssignment(\"/keys/a\", CryptoUserRole, appObjectId); }")]
        [InlineData("switch (role) { case \"read\": client.CreateRoleAssignment(\"/keys/a\", auditor, appObjectId); break; default: client.CreateRoleAssignment(\"/keys/a\", CryptoUserRole, appObjectId); break; }")]
        [InlineData("_ = role == \"read\" ? client.CreateRoleAssignment(\"/keys/a\", auditor, appObjectId) : client.CreateRoleAssignment(\"/keys/a\", CryptoUserRole, appObjectId);")]
        [InlineData("_ = role switch { \"read\" => client.CreateRoleAssignment(\"/keys/a\", auditor, appObjectId), _ => client.CreateRoleAssignment(\"/keys/a\", CryptoUserRole, appObjectId) };")]
        public Task DifferentArmsOfOneBranch(string statements) => Verify.VerifyAnalyzerAsync(Assign(statements, string.Empty));
    }

    public class Diagnostics
    {
        [Theory]
        [InlineData("client.CreateRoleAssignment(\"/keys/a\", CryptoUserRole, appObjectId);", "{|#0:client.CreateRoleAssignment(\"/keys/a\", auditor, appObjectId)|};", "appObjectId", "Managed HSM Crypto Auditor")]
        [InlineData("await client.CreateRoleAssignmentAsync(\"/keys/a\", CryptoUserRole, AppId);", "await {|#0:client.CreateRoleAssignmentAsync(KeyVaultRoleScope.Keys, \"" + Administrator + "\", \"0A1B2C3D-0000-4000-8000-000000000001\")|};", "\"0A1B2C3D-0000-4000-8000-000000000001\"", "Managed HSM Administrator")]
        [InlineData("client.CreateRoleAssignment(\"/keys/a\", CryptoUserRole, app.ObjectId);", "{|#0:client.CreateRoleAssignment(principalId: app.ObjectId, roleDefinitionId: \"custom-role\", roleScope: \"/keys/a\")|};", "app.ObjectId", "\"custom-role\"")]
        [InlineData("client.CreateRoleAssignment(\"/keys/a\", CryptoUserRole, appGuid.ToString());", "{|#0:client.CreateRoleAssignment(\"/keys/a\", auditor, appGuid.ToString())|};", "appGuid.ToString()", "Managed HSM Crypto Auditor")]
        public Task SamePrincipalTwoRoles(string first, string second, string principal, string role) =>
            Verify.VerifyAnalyzerAsync(Assign(first, second), expected: Expected(principal, role));

        /// <summary>Arms that can both run: one branch after the other, a branch and the code after it, or two arms of
        /// a branch inside a loop, which may take one arm, then the other.</summary>
        [Theory]
        [InlineData("if (role == \"read\") client.CreateRoleAssignment(\"/keys/a\", auditor, appObjectId);", "if (role != \"none\") {|#0:client.CreateRoleAssignment(\"/keys/a\", CryptoUserRole, appObjectId)|};")]
        [InlineData("if (role == \"read\") client.CreateRoleAssignment(\"/keys/a\", auditor, appObjectId);", "{|#0:client.CreateRoleAssignment(\"/keys/a\", CryptoUserRole, appObjectId)|};")]
        [InlineData("foreach (var requested in new[] { \"read\", \"use\" })", "{ if (requested == \"read\") client.CreateRoleAssignment(\"/keys/a\", auditor, appObjectId); else {|#0:client.CreateRoleAssignment(\"/keys/a\", CryptoUserRole, appObjectId)|}; }")]
        public Task ArmsThatCanBothRun(string first, string second) =>
            Verify.VerifyAnalyzerAsync(Assign(first, second), expected: Expected("appObjectId", "Managed HSM Crypto User"));
    }
}
