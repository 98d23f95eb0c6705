using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1502KeyWithoutRotationPolicyRule, HsmAnalyzers.CodeFixes.Rules.HSM1502KeyWithoutRotationPolicyFixer>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1502KeyWithoutRotationPolicyTests
{
    /// <summary>HSM1502 is a compilation-end diagnostic: the test framework's check that a fixed diagnostic is local does not apply.</summary>
    private static Task VerifyFixAsync(string source, string fixedSource, string? batchFixedSource = null)
    {
        var test = new Verify.Test
        {
            TestCode = Verify.Usings + source,
            FixedCode = Verify.Usings + fixedSource,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        };
        if (batchFixedSource is not null)
        {
            test.BatchFixedCode = Verify.Usings + batchFixedSource;
        }

        return test.RunAsync();
    }

    public class Valid
    {
        [Fact]
        public Task PolicySetForTheKeyAnywhere() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                const string Name = "signing";

                void Create(KeyClient keys) => keys.CreateRsaKey(new CreateRsaKeyOptions(Name, true));

                void Rotate(KeyClient keys, KeyRotationPolicy policy) => keys.UpdateKeyRotationPolicy("Signing", policy);
            }
            """);

        [Fact]
        public Task PolicyWithNameNotKnownCoversEveryKey() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Create(KeyClient keys)
                {
                    keys.CreateKey("a", KeyType.RsaHsm);
                    keys.CreateKey("b", KeyType.EcHsm);
                }

                async Task Rotate(KeyClient keys, string name, KeyRotationPolicy policy) => await keys.UpdateKeyRotationPolicyAsync(name, policy);
            }
            """);

        [Fact]
        public Task KeyNameNotKnown() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Create(KeyClient keys, string name)
                {
                    keys.CreateKey(name, KeyType.RsaHsm);
                }
            }
            """);
    }

    public class Diagnostics
    {
        [Fact]
        public Task AwaitedCreation() => VerifyFixAsync("""
            class C
            {
                async Task Run(KeyClient keys)
                {
                    var key = await [|keys.CreateRsaKeyAsync(new CreateRsaKeyOptions("signing", true))|].ConfigureAwait(false);
                    Console.WriteLine(key.Value.Name);
                }
            }
            """, """
            class C
            {
                async Task Run(KeyClient keys)
                {
                    var key = await keys.CreateRsaKeyAsync(new CreateRsaKeyOptions("signing", true)).ConfigureAwait(false);
                    await keys.UpdateKeyRotationPolicyAsync("signing", new KeyRotationPolicy
                    {
                        ExpiresIn = "P2Y",
                        LifetimeActions = { new KeyRotationLifetimeAction(KeyRotationPolicyAction.Rotate) { TimeBeforeExpiry = "P30D" } },
                    }).ConfigureAwait(false);
                    Console.WriteLine(key.Value.Name);
                }
            }
            """);

        [Fact]
        public Task SyncCreationsThroughAField() => VerifyFixAsync("""
            class C
            {
                private readonly KeyClient _keys = new KeyClient(new Uri("https://contoso.managedhsm.azure.net/"), null);

                void Run()
                {
                    [|_keys.CreateKey("a", KeyType.RsaHsm)|];
                    [|this._keys.CreateKey("b", KeyType.EcHsm)|];
                }
            }
            """, """
            class C
            {
                private readonly KeyClient _keys = new KeyClient(new Uri("https://contoso.managedhsm.azure.net/"), null);

                void Run()
                {
                    _keys.CreateKey("a", KeyType.RsaHsm);
                    _keys.UpdateKeyRotationPolicy("a", new KeyRotationPolicy
                    {
                        ExpiresIn = "P2Y",
                        LifetimeActions = { new KeyRotationLifetimeAction(KeyRotationPolicyAction.Rotate) { TimeBeforeExpiry = "P30D" } },
                    });
                    this._keys.CreateKey("b", KeyType.EcHsm);
                    this._keys.UpdateKeyRotationPolicy("b", new KeyRotationPolicy
                    {
                        ExpiresIn = "P2Y",
                        LifetimeActions = { new KeyRotationLifetimeAction(KeyRotationPolicyAction.Rotate) { TimeBeforeExpiry = "P30D" } },
                    });
                }
            }
            """);

        /// <summary>The same key created on a vault and on a Managed HSM by a tool that handles both: one finding for the
        /// name, on its first creation, the other creation an additional location; one policy update fixes both.</summary>
        [Fact]
        public Task OneFindingPerKeyNameOnVaultsAndManagedHsmsAlike() => Verify.VerifyAnalyzerAsync("""
            class KeyTool(TokenCredential credential)
            {
                private readonly KeyClient _vault = new(new Uri("https://contoso.vault.azure.net/"), credential);
                private readonly KeyClient _hsm = new(new Uri("https://contoso.managedhsm.azure.net/"), credential);

                void Provision(Uri other)
                {
                    {|#0:_vault.CreateKey("payments", KeyType.RsaHsm)|};
                    {|#1:_hsm.CreateKey("payments", KeyType.RsaHsm)|};
                    {|#2:new KeyClient(other, credential).CreateEcKey(new CreateEcKeyOptions("signing", true))|};
                }
            }
            """,
            expected: [
                Verify.Diagnostic("HSM1502").WithLocation(0).WithLocation(1).WithArguments("payments"),
                Verify.Diagnostic("HSM1502").WithLocation(2).WithArguments("signing"),
            ]);

        [Fact]
        public Task NoFixForAnExpressionBody() => VerifyFixAsync("""
            class C
            {
                Response<KeyVaultKey> Run(KeyClient keys) => [|keys.CreateKey("a", KeyType.RsaHsm)|];
            }
            """, """
            class C
            {
                Response<KeyVaultKey> Run(KeyClient keys) => [|keys.CreateKey("a", KeyType.RsaHsm)|];
            }
            """);
    }
}
