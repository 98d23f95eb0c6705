using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1702RsaOaepSha1Rule, HsmAnalyzers.CodeFixes.Rules.HSM1702RsaOaepSha1Fixer>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1702RsaOaepSha1Tests
{
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Finding(int markup) =>
        Verify.Diagnostic("HSM1702").WithSeverity(DiagnosticSeverity.Info).WithLocation(markup);

    public class Valid
    {
        [Fact]
        public Task Oaep256AndOtherAlgorithms() => Verify.VerifyAnalyzerAsync("""
            using Azure.Security.KeyVault.Keys.Cryptography;

            class C
            {
                async Task Run(CryptographyClient crypto, byte[] data)
                {
                    crypto.Encrypt(EncryptionAlgorithm.RsaOaep256, data);
                    await crypto.WrapKeyAsync("RSA-OAEP-256", data);
                    crypto.Encrypt(EncryptParameters.RsaOaep256Parameters(data));
                    crypto.WrapKey(KeyWrapAlgorithm.A256KW, data);
                }
            }
            """);

        /// <summary>Reading data written with RSA-OAEP needs RSA-OAEP: not reported.</summary>
        [Fact]
        public Task DecryptAndUnwrapExistingData() => Verify.VerifyAnalyzerAsync("""
            using Azure.Security.KeyVault.Keys.Cryptography;

            class C
            {
                async Task Run(CryptographyClient crypto, byte[] ciphertext)
                {
                    crypto.Decrypt(EncryptionAlgorithm.RsaOaep, ciphertext);
                    await crypto.DecryptAsync(DecryptParameters.RsaOaepParameters(ciphertext));
                    await crypto.UnwrapKeyAsync("RSA-OAEP", ciphertext);
                }
            }
            """);

        [Fact]
        public Task UnknownOrMixedAlgorithm() => Verify.VerifyAnalyzerAsync("""
            using Azure.Security.KeyVault.Keys.Cryptography;

            class C
            {
                void Run(CryptographyClient crypto, byte[] data, KeyWrapAlgorithm configured, bool legacy)
                {
                    crypto.WrapKey(configured, data);
                    crypto.WrapKey(legacy ? KeyWrapAlgorithm.RsaOaep : KeyWrapAlgorithm.RsaOaep256, data);
                }
            }
            """);
    }

    public class Diagnostics
    {
        [Fact]
        public Task EncryptAndWrapWithOaepSha1() => Verify.VerifyFixAsync("""
            using Azure.Security.KeyVault.Keys.Cryptography;

            class C
            {
                const string Oaep = "RSA-OAEP";

                async Task Run(KeyClient keys, byte[] data)
                {
                    CryptographyClient crypto = keys.GetCryptographyClient("kek");
                    crypto.Encrypt({|#0:EncryptionAlgorithm.RsaOaep|}, data);
                    await crypto.WrapKeyAsync(key: data, algorithm: {|#1:Oaep|});
                    await crypto.EncryptAsync({|#2:EncryptParameters.RsaOaepParameters(data)|});
                }
            }
            """, """
            using Azure.Security.KeyVault.Keys.Cryptography;

            class C
            {
                const string Oaep = "RSA-OAEP";

                async Task Run(KeyClient keys, byte[] data)
                {
                    CryptographyClient crypto = keys.GetCryptographyClient("kek");
                    crypto.Encrypt(EncryptionAlgorithm.RsaOaep256, data);
                    await crypto.WrapKeyAsync(key: data, algorithm: KeyWrapAlgorithm.RsaOaep256);
                    await crypto.EncryptAsync(EncryptParameters.RsaOaep256Parameters(data));
                }
            }
            """, null, Finding(0), Finding(1), Finding(2));
    }
}
