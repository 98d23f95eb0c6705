using System.Threading.Tasks;
using static HsmAnalyzers.Tests.Rules.AccessControlSources;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1105OverbroadCustomRoleRule, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1105OverbroadCustomRoleTests
{
    private static string Define(string permission) => Usings + $$"""
        class C
        {
            async Task Run(KeyVaultAccessControlClient client, KeyVaultDataAction extra)
            {
                var options = new CreateOrUpdateRoleDefinitionOptions(KeyVaultRoleScope.Global)
                {
                    RoleName = "Payments operator",
                    Permissions = { {{permission}} },
                };
                await client.CreateOrUpdateRoleDefinitionAsync(options);
            }
        }
        """;

    public class Valid
    {
        [Theory]
        [InlineData("new KeyVaultPermission { DataActions = { KeyVaultDataAction.EncryptHsmKey, KeyVaultDataAction.DecryptHsmKey, KeyVaultDataAction.ReadHsmKey } }")]
        [InlineData("new KeyVaultPermission { DataActions = { KeyVaultDataAction.DownloadHsmSecurityDomain, KeyVaultDataAction.ReadHsmSecurityDomainStatus } }")]
        [InlineData("new KeyVaultPermission { DataActions = { \"Microsoft.KeyVault/managedHsm/keys/read/action\", extra } }")]
        [InlineData("new KeyVaultPermission { DataActions = { \"*\" }, NotDataActions = { KeyVaultDataAction.ExportHsmKey } }")]
        [InlineData("new KeyVaultPermission { DataActions = { \"Microsoft.KeyVault/managedHsm/keys/encrypt/*\" } }")]
        public Task PreciseOrNotJudged(string permission) => Verify.VerifyAnalyzerAsync(Define(permission));

        [Fact]
        public Task PermissionsHandedToOtherCode() => Verify.VerifyAnalyzerAsync(Usings + """
            class C
            {
                void Run(KeyVaultAccessControlClient client)
                {
                    var options = new CreateOrUpdateRoleDefinitionOptions(KeyVaultRoleScope.Global) { Permissions = { new KeyVaultPermission { DataActions = { "*" } } } };
                    Trim(options);
                    client.CreateOrUpdateRoleDefinition(options);
                }

                static void Trim(CreateOrUpdateRoleDefinitionOptions options) => options.Permissions.Clear();
            }
            """);
    }

    public class Diagnostics
    {
        [Theory]
        [InlineData("new KeyVaultPermission { DataActions = { {|#0:\"*\"|} } }", "grants every action ('*')")]
        [InlineData("new KeyVaultPermission { DataActions = { {|#0:new KeyVaultDataAction(\"Microsoft.KeyVault/managedHsm/*\")|} } }", "grants every action ('Microsoft.KeyVault/managedHsm/*')")]
        [InlineData("new KeyVaultPermission { Actions = { {|#0:\"*\"|} } }", "grants every action ('*')")]
        [InlineData("new KeyVaultPermission { DataActions = { {|#0:KeyVaultDataAction.DownloadHsmSecurityDomain|}, KeyVaultDataAction.EncryptHsmKey } }", "grants 'DownloadHsmSecurityDomain' together with key use ('EncryptHsmKey')")]
        [InlineData("new KeyVaultPermission { DataActions = { KeyVaultDataAction.SignHsmKey, {|#0:\"Microsoft.KeyVault/managedHsm/keys/export/action\"|} } }", "grants 'ExportHsmKey' together with key use ('SignHsmKey')")]
        [InlineData("new KeyVaultPermission { DataActions = { KeyVaultDataAction.WrapHsmKey } }, new KeyVaultPermission { DataActions = { {|#0:KeyVaultDataAction.WriteRoleAssignment|} } }", "grants 'WriteRoleAssignment' together with key use ('WrapHsmKey')")]
        [InlineData("new KeyVaultPermission { DataActions = { {|#0:\"Microsoft.KeyVault/managedHsm/keys/*\"|} } }", "grants 'ExportHsmKey' together with key use ('EncryptHsmKey')")]
        [InlineData("new KeyVaultPermission { DataActions = { KeyVaultDataAction.ReleaseKey, {|#0:KeyVaultDataAction.PurgeDeletedHsmKey|} } }", "grants 'PurgeDeletedHsmKey' together with key use ('ReleaseKey')")]
        public Task Overbroad(string permission, string reason) => Verify.VerifyAnalyzerAsync(
            Define(permission),
            expected: Verify.Diagnostic("HSM1105").WithLocation(0).WithArguments(reason));

        [Fact]
        public Task PermissionBuiltThroughLocalsAndAddCalls() => Verify.VerifyAnalyzerAsync(Usings + """
            class C
            {
                void Run(KeyVaultAccessControlClient client)
                {
                    var permission = new KeyVaultPermission();
                    permission.DataActions.Add(KeyVaultDataAction.UnwrapHsmKey);
                    permission.DataActions.Add([|KeyVaultDataAction.ExportHsmKey|]);
                    var options = new CreateOrUpdateRoleDefinitionOptions(KeyVaultRoleScope.Global, Guid.NewGuid());
                    options.Permissions.Add(permission);
                    client.CreateOrUpdateRoleDefinition(options: options);
                }
            }
            """);
    }
}
