using System.Threading.Tasks;
using HsmAnalyzers.CodeFixes.Rules;
using static HsmAnalyzers.Tests.Rules.AccessControlSources;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1102KeyRoleAtBroadScopeRule, HsmAnalyzers.CodeFixes.Rules.HSM1102KeyRoleAtBroadScopeFixer>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1102KeyRoleAtBroadScopeTests
{
    private static string Assign(string scope, string role, string parameters = "", string before = "") => Usings + $$"""
        class C
        {
            const string CryptoUserRole = "{{CryptoUser}}";
            const string CryptoUserRoleId = "{{FullIdPrefix}}{{CryptoUser}}";

            async Task Run(KeyVaultAccessControlClient client, string appObjectId{{parameters}})
            {
                var cryptoUser = "{{CryptoUser}}";
        {{before}}
                await client.CreateRoleAssignmentAsync({{scope}}, {{role}}, appObjectId);
            }
        }
        """;

    public class Valid
    {
        [Theory]
        [InlineData("\"/keys/payments\"", "CryptoUserRole")]
        [InlineData("new KeyVaultRoleScope(\"/keys/payments\")", "CryptoUserRole")]
        [InlineData("scope", "CryptoUserRole")]
        [InlineData("KeyVaultRoleScope.Global", "\"" + Administrator + "\"")]
        [InlineData("KeyVaultRoleScope.Keys", "\"" + CryptoAuditor + "\"")]
        [InlineData("KeyVaultRoleScope.Global", "role")]
        [InlineData("KeyVaultRoleScope.Global", "\"" + "00000000-0000-0000-0000-000000000000" + "\"")]
        [InlineData("\"/keys/payments/\"", "CryptoUserRole")]
        [InlineData("\"/keysets\"", "CryptoUserRole")]
        public Task NarrowScopeOrOtherRole(string scope, string role) =>
            Verify.VerifyAnalyzerAsync(Assign(scope, role, ", KeyVaultRoleScope scope, string role"));
    }

    public class Diagnostics
    {
        [Theory]
        [InlineData("KeyVaultRoleScope.Global", "/")]
        [InlineData("KeyVaultRoleScope.Keys", "/keys")]
        [InlineData("\"/\"", "/")]
        [InlineData("\"/keys\"", "/keys")]
        [InlineData("\"/keys/\"", "/keys")]
        [InlineData("\"/KEYS\"", "/keys")]
        [InlineData("new KeyVaultRoleScope(\"/\")", "/")]
        [InlineData("everything", "/")]
        [InlineData("allKeys", "/keys")]
        [InlineData("production ? \"/\" : \"/keys\"", "/")]
        public Task ScopeShapes(string scope, string shown) => Verify.VerifyFixAsync(
            Assign("{|#0:" + scope + "|}", "CryptoUserRole", ", bool production", "        var everything = KeyVaultRoleScope.Global;\n        KeyVaultRoleScope allKeys = \"/keys\";"),
            Assign("{|#0:" + scope + "|}", "CryptoUserRole", ", bool production", "        var everything = KeyVaultRoleScope.Global;\n        KeyVaultRoleScope allKeys = \"/keys\";"),
            expected: Verify.Diagnostic("HSM1102").WithLocation(0).WithArguments("Managed HSM Crypto User", shown));

        [Theory]
        [InlineData("\"" + CryptoUser + "\"", "Managed HSM Crypto User")]
        [InlineData("\"" + FullIdPrefix + CryptoServiceEncryptionUser + "\"", "Managed HSM Crypto Service Encryption User")]
        [InlineData("\"/providers/MICROSOFT.AUTHORIZATION/ROLEDEFINITIONS/" + CryptoServiceReleaseUser + "\"", "Managed HSM Crypto Service Release User")]
        [InlineData("CryptoUserRoleId", "Managed HSM Crypto User")]
        [InlineData("cryptoUser", "Managed HSM Crypto User")]
        public Task RoleShapes(string role, string name) => Verify.VerifyAnalyzerAsync(
            Assign("{|#0:KeyVaultRoleScope.Global|}", role),
            expected: Verify.Diagnostic("HSM1102").WithLocation(0).WithArguments(name, "/"));

        [Fact]
        public Task SyncWithNamedArguments() => Verify.VerifyAnalyzerAsync(Usings + $$"""
            class C
            {
                void Run(KeyVaultAccessControlClient client, string appObjectId) =>
                    client.CreateRoleAssignment(principalId: appObjectId, roleDefinitionId: "{{CryptoUser}}", roleScope: [|"/"|]);
            }
            """);

        [Fact]
        public Task KeyParameterIsInReach() => Verify.VerifyFixAsync(Usings + $$"""
            class C
            {
                void Run(KeyVaultAccessControlClient client, KeyVaultKey key, string appObjectId) =>
                    client.CreateRoleAssignment([|KeyVaultRoleScope.Global|], "{{CryptoUser}}", appObjectId);
            }
            """, Usings + $$"""
            class C
            {
                void Run(KeyVaultAccessControlClient client, KeyVaultKey key, string appObjectId) =>
                    client.CreateRoleAssignment(new KeyVaultRoleScope(key.Id), "{{CryptoUser}}", appObjectId);
            }
            """);

        [Fact]
        public Task ResponseLocalIsInReachAndTheUsingIsAdded() => Verify.VerifyFixAsync($$"""
            class C
            {
                async Task Run(Azure.Security.KeyVault.Administration.KeyVaultAccessControlClient client, KeyClient keys, string appObjectId)
                {
                    var response = await keys.GetKeyAsync(KeyNames.Payments);
                    await client.CreateRoleAssignmentAsync([|"/keys"|], "{{CryptoUser}}", appObjectId);
                }
            }

            static class KeyNames { public const string Payments = "payments"; }
            """, "using Azure.Security.KeyVault.Administration;\n" + $$"""
            class C
            {
                async Task Run(Azure.Security.KeyVault.Administration.KeyVaultAccessControlClient client, KeyClient keys, string appObjectId)
                {
                    var response = await keys.GetKeyAsync(KeyNames.Payments);
                    await client.CreateRoleAssignmentAsync(new KeyVaultRoleScope(response.Value.Id), "{{CryptoUser}}", appObjectId);
                }
            }

            static class KeyNames { public const string Payments = "payments"; }
            """);

        [Theory]
        [InlineData("keys.CreateKey(\"payments\", KeyType.RsaHsm);")]
        [InlineData("await keys.CreateKeyAsync(name: \"payments\", keyType: KeyType.RsaHsm);")]
        [InlineData("await keys.CreateRsaKeyAsync(new CreateRsaKeyOptions(\"payments\", hardwareProtected: true));")]
        [InlineData("var options = new CreateEcKeyOptions(\"payments\"); keys.CreateEcKey(options);")]
        [InlineData("await keys.CreateOctKeyAsync(cancellationToken: default, octKeyOptions: new CreateOctKeyOptions(hardwareProtected: true, name: \"payments\"));")]
        public Task KeyNameUsedWithAKeyClient(string keyCall) => Verify.VerifyFixAsync(
            Assign("[|KeyVaultRoleScope.Global|]", "CryptoUserRole", ", KeyClient keys", "        " + keyCall),
            Assign("\"/keys/payments\"", "CryptoUserRole", ", KeyClient keys", "        " + keyCall));

        [Fact]
        public Task KeysAfterTheCallOrWithUnknownNamesAreNotInReach() => Verify.VerifyFixAsync(
            Assign("[|KeyVaultRoleScope.Global|]", "CryptoUserRole", ", KeyClient keys, string name", "        keys.GetKey(name); keys.GetKey(\"bad/name\");"),
            Assign("[|KeyVaultRoleScope.Global|]", "CryptoUserRole", ", KeyClient keys, string name", "        keys.GetKey(name); keys.GetKey(\"bad/name\");"));

        private const string SeveralKeys = """
            class C
            {
                void Run(KeyVaultAccessControlClient client, KeyClient keys, KeyVaultKey signing, string appObjectId)
                {
                    KeyVaultKey payments = keys.CreateKey("payments", KeyType.RsaHsm);
                    keys.GetKey("audit");
                    client.CreateRoleAssignment(SCOPE, "21dbd100-6940-42c2-9190-5d6cb909625b", appObjectId);
                    client.CreateRoleAssignment(SCOPE2, "21dbd100-6940-42c2-9190-5d6cb909625b", appObjectId);
                }
            }
            """;

        [Theory]
        [InlineData(0, HSM1102KeyRoleAtBroadScopeFixer.EquivalenceKey, "new KeyVaultRoleScope(signing.Id)")]
        [InlineData(1, HSM1102KeyRoleAtBroadScopeFixer.EquivalenceKey + ".Scope the role assignment to key 'payments'", "new KeyVaultRoleScope(payments.Id)")]
        [InlineData(2, HSM1102KeyRoleAtBroadScopeFixer.EquivalenceKey + ".Scope the role assignment to key 'audit'", "\"/keys/audit\"")]
        public async Task OneFixPerKeyAndFixAllUsesTheFirst(int index, string equivalenceKey, string scope)
        {
            var test = new Verify.Test
            {
                TestCode = Verify.Usings + Usings + SeveralKeys.Replace("SCOPE2", "[|\"/\"|]").Replace("SCOPE", "[|KeyVaultRoleScope.Global|]"),
                FixedCode = Verify.Usings + Usings + SeveralKeys.Replace("SCOPE2", scope).Replace("SCOPE", scope),
                CodeActionIndex = index,
                CodeActionEquivalenceKey = equivalenceKey,
            };
            await test.RunAsync();
        }
    }
}
