using System.Threading.Tasks;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1504WeakKeyRule, HsmAnalyzers.CodeFixes.Rules.HSM1504WeakKeyFixer>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1504WeakKeyTests
{
    public class Valid
    {
        [Fact]
        public Task StrongOrUnknown() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(KeyClient keys, int size, KeyCurveName curve)
                {
                    keys.CreateRsaKey(new CreateRsaKeyOptions("a", true) { KeySize = 3072 });
                    keys.CreateRsaKey(new CreateRsaKeyOptions("b", true) { KeySize = size });
                    keys.CreateOctKey(new CreateOctKeyOptions("c", true) { KeySize = 256 });
                    keys.CreateOctKey(new CreateOctKeyOptions("d", true));
                    keys.CreateEcKey(new CreateEcKeyOptions("e", true) { CurveName = KeyCurveName.P384 });
                    keys.CreateEcKey(new CreateEcKeyOptions("f", true) { CurveName = "P-521" });
                    keys.CreateEcKey(new CreateEcKeyOptions("g", true) { CurveName = curve });
                    keys.CreateEcKey(new CreateEcKeyOptions("h", true));
                }
            }
            """);

        [Fact]
        public Task LowerMinimumFromOption() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(KeyClient keys) => keys.CreateRsaKey(new CreateRsaKeyOptions("a", true) { KeySize = 2048 });
            }
            """,
            editorConfig: "hsm_analyzers.minimum_rsa_key_size = 2048");
    }

    public class Diagnostics
    {
        /// <summary>Azure Policy sets the same minimum sizes and curves for vault and Managed HSM keys: every key client
        /// counts, whatever its endpoint.</summary>
        [Fact]
        public Task VaultAndManagedHsmKeysAlike() => Verify.VerifyAnalyzerAsync("""
            class KeyTool
            {
                void Run(TokenCredential credential, Uri endpoint)
                {
                    new KeyClient(new Uri("https://contoso.vault.azure.net"), credential).CreateRsaKey(new CreateRsaKeyOptions("a") { {|#0:KeySize = 1024|} });
                    new KeyClient(new Uri("https://contoso.managedhsm.azure.net"), credential).CreateRsaKey(new CreateRsaKeyOptions("b", true) { {|#1:KeySize = 1024|} });
                    new KeyClient(endpoint, credential).CreateRsaKey(new CreateRsaKeyOptions("c") { {|#2:KeySize = 1024|} });
                }
            }
            """,
            expected: [
                Verify.Diagnostic("HSM1504").WithLocation(0).WithArguments("The RSA key size 1024 is below the minimum of 3072 bits"),
                Verify.Diagnostic("HSM1504").WithLocation(1).WithArguments("The RSA key size 1024 is below the minimum of 3072 bits"),
                Verify.Diagnostic("HSM1504").WithLocation(2).WithArguments("The RSA key size 1024 is below the minimum of 3072 bits"),
            ]);

        [Fact]
        public Task SmallRsaAndOctKeys() => Verify.VerifyFixAsync("""
            class C
            {
                void Run(KeyClient keys)
                {
                    keys.CreateRsaKey(new CreateRsaKeyOptions("a", true) { {|#0:KeySize = 2048|} });
                    var oct = new CreateOctKeyOptions("b", true);
                    {|#1:oct.KeySize = 128|};
                    keys.CreateOctKey(oct);
                }
            }
            """, """
            class C
            {
                void Run(KeyClient keys)
                {
                    keys.CreateRsaKey(new CreateRsaKeyOptions("a", true) { KeySize = 3072 });
                    var oct = new CreateOctKeyOptions("b", true);
                    oct.KeySize = 256;
                    keys.CreateOctKey(oct);
                }
            }
            """,
            expected: [
                Verify.Diagnostic("HSM1504").WithLocation(0).WithArguments("The RSA key size 2048 is below the minimum of 3072 bits"),
                Verify.Diagnostic("HSM1504").WithLocation(1).WithArguments("The oct key size 128 is below the minimum of 256 bits"),
            ]);

        [Fact]
        public Task RsaKeySizeNeverSetWithOption() => Verify.VerifyFixAsync("""
            class C
            {
                async Task Run(KeyClient keys) => await keys.CreateRsaKeyAsync({|#0:new CreateRsaKeyOptions("a", true)|} { ExpiresOn = DateTimeOffset.UtcNow.AddYears(1) });
            }
            """, """
            class C
            {
                async Task Run(KeyClient keys) => await keys.CreateRsaKeyAsync(new CreateRsaKeyOptions("a", true) { ExpiresOn = DateTimeOffset.UtcNow.AddYears(1), KeySize = 4096 });
            }
            """,
            editorConfig: "hsm_analyzers.minimum_rsa_key_size = 4096",
            expected: Verify.Diagnostic("HSM1504").WithLocation(0).WithArguments("KeySize is never set, so the RSA key gets the default 2048 bits, below the minimum of 4096"));

        [Theory]
        [InlineData("KeyCurveName.P256K", "P-256K")]
        [InlineData("\"P-256K\"", "P-256K")]
        public Task CurveNotAllowed(string curve, string name) => Verify.VerifyFixAsync($$"""
            class C
            {
                void Run(KeyClient keys) => keys.CreateEcKey(new CreateEcKeyOptions("a", true) { {|#0:CurveName = {{curve}}|} });
            }
            """, $$"""
            class C
            {
                void Run(KeyClient keys) => keys.CreateEcKey(new CreateEcKeyOptions("a", true) { {|#0:CurveName = {{curve}}|} });
            }
            """,
            editorConfig: "hsm_analyzers.allowed_curves = P-384, P521",
            expected: Verify.Diagnostic("HSM1504").WithLocation(0).WithArguments($"The curve {name} is not one of the allowed curves (P-384, P521)"));
    }
}
