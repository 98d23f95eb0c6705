using System.Threading.Tasks;
using HsmAnalyzers.CodeFixes.Rules;
using HsmAnalyzers.Engine;
using HsmAnalyzers.Rules;
using HsmAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace HsmAnalyzers.Tests;

/// <summary>The fixes issue 19 found turning compiling code into code that does not compile, one class per defect: each
/// is now offered only where its result compiles (checked by the fixer engine on the fixed text parsed again), or
/// written as the syntax needs.</summary>
public class FixSafetyTests
{
    private const string AccessControlUsings = "using Azure.Security.KeyVault.Administration;\n";

    private const string BackupUsings = "using System.Threading;\nusing Azure.Security.KeyVault.Administration;\n";

    private const string MonitorUsings = "using Azure.ResourceManager.Monitor;\nusing Azure.ResourceManager.Monitor.Models;\n";

    private const string CryptoUser = "21dbd100-6940-42c2-9190-5d6cb909625b";

    private const string WorkspaceOption = "hsm_analyzers.log_analytics_workspace_id = /subscriptions/0000/resourceGroups/ops/providers/Microsoft.OperationalInsights/workspaces/audit";

    /// <summary>The findings in the markup get <paramref name="fixedSource"/> (the source itself: no fix is offered).
    /// Whole-project rules report at compilation end, where the check that a fixed diagnostic is local does not apply.</summary>
    private static Task VerifyAsync<TRule, TFixer>(string source, string fixedSource, string? editorConfig = null)
        where TRule : HsmRule, new()
        where TFixer : CodeFixProvider, new()
    {
        var test = new Verifier<TRule, TFixer>.Test
        {
            TestCode = Verifier<TRule, TFixer>.Usings + source,
            FixedCode = Verifier<TRule, TFixer>.Usings + fixedSource,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        };
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig));
        }

        return test.RunAsync();
    }

    /// <summary>Like <see cref="VerifyAsync"/> for a whole file, without the verifier's usings: for the fixes that add
    /// a using directive.</summary>
    private static Task VerifyFileAsync<TRule, TFixer>(string source, string fixedSource)
        where TRule : HsmRule, new()
        where TFixer : CodeFixProvider, new() =>
        new Verifier<TRule, TFixer>.Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        }.RunAsync();

    private static Task NotOfferedAsync<TRule, TFixer>(string source, string? editorConfig = null)
        where TRule : HsmRule, new()
        where TFixer : CodeFixProvider, new() =>
        VerifyAsync<TRule, TFixer>(source, source, editorConfig);

    /// <summary>HSM1102 named a key local that a <c>goto</c> leaves unassigned (CS0165), and wrote <c>@event</c> bare.</summary>
    public class KeyRoleScope
    {
        [Fact]
        public Task KeyNotAssignedAroundAGoto() => NotOfferedAsync<HSM1102KeyRoleAtBroadScopeRule, HSM1102KeyRoleAtBroadScopeFixer>(AccessControlUsings + $$"""
            class C
            {
                async Task Run(KeyVaultAccessControlClient client, KeyClient keys, string name, string appObjectId, bool skip)
                {
                    KeyVaultKey key;
                    if (skip) goto assign;
                    key = await keys.CreateKeyAsync(name, KeyType.RsaHsm);
                    await client.CreateRoleAssignmentAsync(new KeyVaultRoleScope(key.Id), "{{CryptoUser}}", appObjectId);
                assign:
                    await client.CreateRoleAssignmentAsync([|KeyVaultRoleScope.Global|], "{{CryptoUser}}", appObjectId);
                }
            }
            """);

        /// <summary>Found by an independent fuzzing run: a key local that starts out null (or is null on one arm) was named in
        /// the scope, which throws when the key was not made; the key's name is offered instead.</summary>
        [Theory]
        [InlineData("KeyVaultKey? key = null;\n        if (create) key = await keys.CreateKeyAsync(\"signing\", KeyType.RsaHsm);")]
        [InlineData("KeyVaultKey? key = create ? (await keys.CreateKeyAsync(\"signing\", KeyType.RsaHsm)).Value : null;")]
        public Task KeyThatMayBeNull(string declaration) => VerifyAsync<HSM1102KeyRoleAtBroadScopeRule, HSM1102KeyRoleAtBroadScopeFixer>(AccessControlUsings + $$"""
            class C
            {
                async Task Run(KeyVaultAccessControlClient client, KeyClient keys, string appObjectId, bool create)
                {
                    {{declaration}}
                    await client.CreateRoleAssignmentAsync([|KeyVaultRoleScope.Global|], "{{CryptoUser}}", appObjectId);
                }
            }
            """, AccessControlUsings + $$"""
            class C
            {
                async Task Run(KeyVaultAccessControlClient client, KeyClient keys, string appObjectId, bool create)
                {
                    {{declaration}}
                    await client.CreateRoleAssignmentAsync("/keys/signing", "{{CryptoUser}}", appObjectId);
                }
            }
            """);

        [Fact]
        public Task VerbatimKeyNameKeepsItsAt() => VerifyAsync<HSM1102KeyRoleAtBroadScopeRule, HSM1102KeyRoleAtBroadScopeFixer>(AccessControlUsings + $$"""
            class C
            {
                void Run(KeyVaultAccessControlClient client, KeyVaultKey @event, string appObjectId) =>
                    client.CreateRoleAssignment([|KeyVaultRoleScope.Global|], "{{CryptoUser}}", appObjectId);
            }
            """, AccessControlUsings + $$"""
            class C
            {
                void Run(KeyVaultAccessControlClient client, KeyVaultKey @event, string appObjectId) =>
                    client.CreateRoleAssignment(new KeyVaultRoleScope(@event.Id), "{{CryptoUser}}", appObjectId);
            }
            """);

        [Fact]
        public Task DirectivesInsideTheScope() => NotOfferedAsync<HSM1102KeyRoleAtBroadScopeRule, HSM1102KeyRoleAtBroadScopeFixer>(AccessControlUsings + $$"""
            class C
            {
                void Run(KeyVaultAccessControlClient client, KeyVaultKey key, string appObjectId) =>
                    client.CreateRoleAssignment([|new KeyVaultRoleScope(
            #if DEBUG
                        "/"
            #else
                        "/keys"
            #endif
                        )|], "{{CryptoUser}}", appObjectId);
            }
            """);
    }

    /// <summary>HSM1201 replaced a region whose argument list held an <c>#if</c>/<c>#else</c> pair and dropped half of it (CS1028).</summary>
    public class ZoneRedundantRegion
    {
        [Fact]
        public Task DirectivesInsideTheLocation() => NotOfferedAsync<HSM1201RegionWithoutAvailabilityZonesRule, HSM1201RegionWithoutAvailabilityZonesFixer>("""
            class C
            {
                ManagedHsmData Build() => new ManagedHsmData([|new AzureLocation(
            #if DEBUG
                    "ukwest"
            #else
                    "ukwest"
            #endif
                    )|]);
            }
            """);
    }

    /// <summary>HSM1205 rewrote an argument list that held an <c>#if</c>/<c>#else</c> pair and dropped half of it (CS1028).</summary>
    public class BackupSasToken
    {
        [Fact]
        public Task DirectivesInsideTheArguments() => NotOfferedAsync<HSM1205BackupSasTokenRule, HSM1205BackupSasTokenFixer>(BackupUsings + """
            class C
            {
                object Run(KeyVaultBackupClient client, Uri uri, string signature, CancellationToken ct)
                {
                    var sas = $"sv=2022-11-02&sr=c&sp=racwdl&sig={signature}";
                    return client.StartBackup(
                        uri,
                        [|sas|],
            #if DEBUG
                        ct
            #else
                        CancellationToken.None
            #endif
                        );
                }
            }
            """);
    }

    /// <summary>HSM1002's "Remove the assignment" dropped the <c>#region</c> or the half of an <c>#if</c> pair in the removed
    /// statement's leading trivia (CS1028, CS1038).</summary>
    public class SoftDeleteRemoval
    {
        [Fact]
        public Task RegionInLeadingTriviaIsKept() => VerifyAsync<HSM1002SoftDeleteDisabledRule, HSM1002SoftDeleteDisabledFixer>("""
            class C
            {
                void Configure(ManagedHsmProperties properties)
                {
                    #region settings
                    [|properties.EnableSoftDelete = false|];
                    properties.EnablePurgeProtection = true;
                    #endregion
                }
            }
            """, """
            class C
            {
                void Configure(ManagedHsmProperties properties)
                {
                    #region settings
                    properties.EnablePurgeProtection = true;
                    #endregion
                }
            }
            """);

        [Fact]
        public Task HalfOfAnIfPairIsNotRemoved() => NotOfferedAsync<HSM1002SoftDeleteDisabledRule, HSM1002SoftDeleteDisabledFixer>("""
            class C
            {
                void Configure(ManagedHsmProperties properties)
                {
            #if DEBUG
                    properties.EnableSoftDelete = true;
            #else
                    [|properties.EnableSoftDelete = false|];
            #endif
                    properties.EnablePurgeProtection = true;
                }
            }
            """);
    }

    /// <summary>HSM1501 put a <c>CreateKeyOptions</c> where <c>CreateEcKey</c> and <c>CreateRsaKey</c> take options of
    /// their own type (CS1503).</summary>
    public class KeyExpiry
    {
        [Theory]
        [InlineData("keys.CreateEcKey([|default|])")]
        [InlineData("keys.CreateRsaKey([|null|]!)")]
        public Task OptionsOfAnotherType(string call) => NotOfferedAsync<HSM1501KeyWithoutExpiryRule, HSM1501KeyWithoutExpiryFixer>($$"""
            class C
            {
                object Run(KeyClient keys) => {{call}};
            }
            """);
    }

    /// <summary>HSM1301 picked an <c>ArmClient</c> in scope by name, without checking that the inserted statement can use it.</summary>
    public class AuditLogs
    {
        private const string Create = "await [|group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, \"hsm\", new ManagedHsmData(AzureLocation.WestEurope))|];";

        [Fact]
        public Task VerbatimParameterKeepsItsAt() => VerifyAsync<HSM1301NoAuditLogsRule, HSM1301NoAuditLogsFixer>($$"""
            class C
            {
                async Task Run(ArmClient @class, ResourceGroupResource group)
                {
                    {{Create}}
                }
            }
            """, MonitorUsings + """
            class C
            {
                async Task Run(ArmClient @class, ResourceGroupResource group)
                {
                    var hsm = await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope));
                    await @class.GetDiagnosticSettings(hsm.Value.Id).CreateOrUpdateAsync(
                        WaitUntil.Completed,
                        "audit-logs",
                        new DiagnosticSettingData
                        {
                            WorkspaceId = new ResourceIdentifier("/subscriptions/0000/resourceGroups/ops/providers/Microsoft.OperationalInsights/workspaces/audit"),
                            Logs = { new LogSettings(true) { CategoryGroup = "audit" } },
                        });
                }
            }
            """, WorkspaceOption);

        [Fact]
        public Task OuterParameterInAStaticLocalFunction() => NotOfferedAsync<HSM1301NoAuditLogsRule, HSM1301NoAuditLogsFixer>($$"""
            class C
            {
                Task Run(ArmClient client, ResourceGroupResource resourceGroup)
                {
                    return Create(resourceGroup);

                    static async Task Create(ResourceGroupResource group)
                    {
                        {{Create}}
                    }
                }
            }
            """, WorkspaceOption);

        [Fact]
        public Task FieldInAStaticLambda() => NotOfferedAsync<HSM1301NoAuditLogsRule, HSM1301NoAuditLogsFixer>($$"""
            class C
            {
                ArmClient _client = new ArmClient(null);

                Func<ResourceGroupResource, Task> Run() => static async group =>
                {
                    {{Create}}
                };
            }
            """, WorkspaceOption);

        [Fact]
        public Task LocalNotYetAssigned() => NotOfferedAsync<HSM1301NoAuditLogsRule, HSM1301NoAuditLogsFixer>($$"""
            class C
            {
                async Task Run(ResourceGroupResource group, bool connect)
                {
                    ArmClient client;
                    if (connect)
                    {
                        client = new ArmClient(null);
                    }

                    {{Create}}
                }
            }
            """, WorkspaceOption);
    }

    /// <summary>HSM1502 copied the creation's <c>await</c> into an iterator or a local function that is not async (CS4032, CS4033).</summary>
    public class RotationPolicy
    {
        [Fact]
        public Task AwaitInAnIterator() => NotOfferedAsync<HSM1502KeyWithoutRotationPolicyRule, HSM1502KeyWithoutRotationPolicyFixer>("""
            using System.Collections.Generic;
            class C
            {
                IEnumerable<int> Run(KeyClient keys)
                {
                    {|CS4032:await [|keys.CreateKeyAsync("signing", KeyType.RsaHsm)|]|};
                    yield return 1;
                }
            }
            """);

        /// <summary>Found by an independent fuzzing run: the policy was set after the statement whatever the arm taken, on a
        /// key that may not have been created (the service answers KeyNotFound).</summary>
        [Theory]
        [InlineData("var key = create ? [|keys.CreateKey(\"signing\", KeyType.RsaHsm)|] : null;")]
        [InlineData("var key = create switch { true => [|keys.CreateKey(\"signing\", KeyType.RsaHsm)|], _ => null };")]
        [InlineData("var key = existing ?? [|keys.CreateKey(\"signing\", KeyType.RsaHsm)|];")]
        [InlineData("_ = create && [|keys.CreateKey(\"signing\", KeyType.RsaHsm)|] is null;")]
        [InlineData("existing ??= [|keys.CreateKey(\"signing\", KeyType.RsaHsm)|];")]
        public Task KeyCreatedOnOnlySomePathsOfTheStatement(string statement) => NotOfferedAsync<HSM1502KeyWithoutRotationPolicyRule, HSM1502KeyWithoutRotationPolicyFixer>($$"""
            class C
            {
                void Run(KeyClient keys, bool create, KeyVaultKey? existing)
                {
                    {{statement}}
                }
            }
            """);

        [Fact]
        public Task AwaitInALocalFunctionThatIsNotAsync() => NotOfferedAsync<HSM1502KeyWithoutRotationPolicyRule, HSM1502KeyWithoutRotationPolicyFixer>("""
            class C
            {
                async Task Run(KeyClient keys)
                {
                    await Task.Yield();
                    Create();

                    void Create()
                    {
                        {|CS4033:await [|keys.CreateKeyAsync("signing", KeyType.RsaHsm)|]|};
                    }
                }
            }
            """);
    }

    /// <summary>Found by an independent fuzzing run: a fix that adds a using directive made a name written further down
    /// the file ambiguous (CS0104), outside the member the fix changed.</summary>
    public class AddedUsing
    {
        private const string Source = """
            using Azure;
            using Azure.Core;
            using Azure.ResourceManager.KeyVault;
            using Azure.ResourceManager.Resources;
            using Inventory;

            class C
            {
                void Run(ResourceGroupResource group) =>
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", [|new ManagedHsmData(AzureLocation.WestEurope)|]);

                object Later() => new ManagedHsmSku();
            }

            namespace Inventory
            {
                class ManagedHsmSku { }
            }
            """;

        [Fact]
        public Task NotOfferedWhenItMakesANameElsewhereAmbiguous() => VerifyFileAsync<HSM1001PurgeProtectionRule, HSM1001PurgeProtectionFixer>(Source, Source);

        [Fact]
        public Task OfferedWhenNoNameBecomesAmbiguous() => VerifyFileAsync<HSM1001PurgeProtectionRule, HSM1001PurgeProtectionFixer>(
            Source.Replace("new ManagedHsmSku()", "new Inventory.ManagedHsmSku()"),
            Source.Replace("new ManagedHsmSku()", "new Inventory.ManagedHsmSku()")
                .Replace("using Azure.ResourceManager.KeyVault;\n", "using Azure.ResourceManager.KeyVault;\nusing Azure.ResourceManager.KeyVault.Models;\n")
                .Replace("[|new ManagedHsmData(AzureLocation.WestEurope)|]", "new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties { EnablePurgeProtection = true } }"));
    }
}
