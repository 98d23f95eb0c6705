using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1506ExportableKeyReleasePolicyRule, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1506ExportableKeyReleasePolicyTests
{
    public class Valid
    {
        [Fact]
        public Task ImmutablePolicyOrNotExportable() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(KeyClient keys, BinaryData policy, KeyReleasePolicy given, bool exportable)
                {
                    keys.CreateRsaKey(new CreateRsaKeyOptions("a", true) { Exportable = true, ReleasePolicy = new KeyReleasePolicy(policy) { Immutable = true } });
                    keys.CreateRsaKey(new CreateRsaKeyOptions("b", true) { Exportable = true, ReleasePolicy = given });
                    keys.CreateRsaKey(new CreateRsaKeyOptions("c", true) { Exportable = exportable });
                    keys.CreateRsaKey(new CreateRsaKeyOptions("d", true) { Exportable = false });
                    keys.CreateRsaKey(new CreateRsaKeyOptions("e", true));
                }
            }
            """);
    }

    public class Diagnostics
    {
        /// <summary>Vaults (Premium) and Managed HSMs both release exportable keys under their release policy: every key
        /// client counts, whatever its endpoint.</summary>
        [Fact]
        public Task VaultAndManagedHsmKeysAlike() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(TokenCredential credential) =>
                    new KeyClient(credential: credential, vaultUri: new Uri("https://contoso.vault.azure.net/")).CreateKey("a", KeyType.RsaHsm, new CreateKeyOptions { {|#0:Exportable = true|} });
            }
            """,
            expected: Verify.Diagnostic("HSM1506").WithLocation(0).WithArguments("has no release policy"));

        [Fact]
        public Task NoPolicyOrMutablePolicy() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(KeyClient keys, BinaryData encoded)
                {
                    keys.CreateKey("a", KeyType.RsaHsm, new CreateKeyOptions { {|#0:Exportable = true|} });
                    var options = new CreateRsaKeyOptions("b", true) { Exportable = true, ReleasePolicy = {|#1:new KeyReleasePolicy(encoded)|} };
                    keys.CreateRsaKey(options);
                    var policy = new KeyReleasePolicy(encoded);
                    {|#2:policy.Immutable = false|};
                    keys.CreateEcKey(new CreateEcKeyOptions("c", true) { Exportable = true, ReleasePolicy = policy });
                }
            }
            """,
            expected: [
                Verify.Diagnostic("HSM1506").WithLocation(0).WithArguments("has no release policy"),
                Verify.Diagnostic("HSM1506").WithLocation(1).WithArguments("has a release policy that is not immutable (Immutable is never set)"),
                Verify.Diagnostic("HSM1506").WithLocation(2).WithArguments("has a release policy that is not immutable (Immutable is not true)"),
            ]);
    }
}
