using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1005PurgeRule, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1005PurgeTests
{
    public class Valid
    {
        [Fact]
        public Task DeleteAndRecoverAreFine() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                async Task Run(ManagedHsmResource hsm, KeyClient keys)
                {
                    await hsm.DeleteAsync(WaitUntil.Completed);
                    await keys.StartDeleteKeyAsync("key");
                    await keys.StartRecoverDeletedKeyAsync("key");
                }
            }
            """);

        [Fact]
        public Task OtherPurgeMethods() => Verify.VerifyAnalyzerAsync("""
            class Cache { public void PurgeDeleted() { } public void PurgeDeletedKey(string name) { } }

            class C
            {
                void Run(Cache cache)
                {
                    cache.PurgeDeleted();
                    cache.PurgeDeletedKey("key");
                }
            }
            """);
    }

    /// <summary>A purged key is gone for good on a vault as on a Managed HSM: every key client counts, whatever its
    /// endpoint, in a project that uses the Managed HSM packages or only the keys package.</summary>
    public class AnyKeyClient
    {
        [Fact]
        public Task KeyClientOfAVaultIsReported() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                private readonly KeyClient _keys = new KeyClient(new Uri("https://contoso.vault.azure.net/"), null);

                void Run(TokenCredential credential)
                {
                    {|#0:_keys.PurgeDeletedKey("key")|};
                    var keys = new KeyClient(credential: credential, vaultUri: new Uri("https://contoso.vault.azure.cn"));
                    {|#1:keys.PurgeDeletedKey("key")|};
                }
            }
            """,
            expected: [
                Verify.Diagnostic("HSM1005").WithLocation(0).WithArguments("PurgeDeletedKey", "key"),
                Verify.Diagnostic("HSM1005").WithLocation(1).WithArguments("PurgeDeletedKey", "key"),
            ]);
    }

    public class VaultOnlyProject
    {
        [Fact]
        public async Task KeyClientPurgeIsReportedWithoutTheManagedHsmPackages()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using Azure.Security.KeyVault.Keys;

                    class C
                    {
                        void Run(KeyClient keys) => {|#0:keys.PurgeDeletedKey("key")|};
                    }
                    """,
                ExpectedDiagnostics = { Verify.Diagnostic("HSM1005").WithLocation(0).WithArguments("PurgeDeletedKey", "key") },
            };
            test.TestState.AdditionalReferences.Clear();
            test.TestState.AdditionalReferences.AddRange(Infrastructure.TestReferences.AzureSdk.Where(r => r.Display is { } path
                && !path.Contains("Azure.ResourceManager.KeyVault") && !path.Contains("Azure.Security.KeyVault.Administration")));
            await test.RunAsync();
        }

        [Fact]
        public async Task KeyClientOfAManagedHsmIsReportedWithoutTheManagedHsmPackages()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using System;
                    using Azure.Security.KeyVault.Keys;

                    class C
                    {
                        void Run() => {|#0:new KeyClient(new Uri("https://contoso.managedhsm.azure.net/"), null).PurgeDeletedKey("key")|};
                    }
                    """,
                ExpectedDiagnostics = { Verify.Diagnostic("HSM1005").WithLocation(0).WithArguments("PurgeDeletedKey", "key") },
            };
            test.TestState.AdditionalReferences.Clear();
            test.TestState.AdditionalReferences.AddRange(Infrastructure.TestReferences.AzureSdk.Where(r => r.Display is { } path
                && !path.Contains("Azure.ResourceManager.KeyVault") && !path.Contains("Azure.Security.KeyVault.Administration")));
            await test.RunAsync();
        }
    }

    public class Diagnostics
    {
        [Fact]
        public Task PurgeOfDeletedHsm() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                async Task Run(SubscriptionResource subscription, DeletedManagedHsmResource deleted)
                {
                    {|#0:deleted.PurgeDeleted(WaitUntil.Completed)|};
                    var found = await subscription.GetDeletedManagedHsmAsync(AzureLocation.WestEurope, "hsm");
                    await {|#1:found.Value.PurgeDeletedAsync(WaitUntil.Completed)|};
                }
            }
            """,
            expected: [
                Verify.Diagnostic("HSM1005").WithLocation(0).WithArguments("PurgeDeleted", "Managed HSM"),
                Verify.Diagnostic("HSM1005").WithLocation(1).WithArguments("PurgeDeletedAsync", "Managed HSM"),
            ]);

        [Fact]
        public Task PurgeOfDeletedKey() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                async Task Run(KeyClient keys)
                {
                    {|#0:keys.PurgeDeletedKey("key")|};
                    await {|#1:keys.PurgeDeletedKeyAsync(name: "key")|};
                }
            }
            """,
            expected: [
                Verify.Diagnostic("HSM1005").WithLocation(0).WithArguments("PurgeDeletedKey", "key"),
                Verify.Diagnostic("HSM1005").WithLocation(1).WithArguments("PurgeDeletedKeyAsync", "key"),
            ]);
    }
}
