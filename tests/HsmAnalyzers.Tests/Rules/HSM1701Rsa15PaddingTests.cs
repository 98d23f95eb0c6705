using System.Threading.Tasks;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1701Rsa15PaddingRule, HsmAnalyzers.CodeFixes.Rules.HSM1701Rsa15PaddingFixer>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1701Rsa15PaddingTests
{
    public class Valid
    {
        [Fact]
        public Task OaepAndAes() => Verify.VerifyAnalyzerAsync("""
            using Azure.Security.KeyVault.Keys.Cryptography;

            class C
            {
                async Task Run(CryptographyClient crypto, byte[] data)
                {
                    crypto.Encrypt(EncryptionAlgorithm.RsaOaep256, data);
                    await crypto.EncryptAsync(EncryptionAlgorithm.A256Gcm, data);
                    crypto.WrapKey(KeyWrapAlgorithm.RsaOaep256, data);
                    await crypto.WrapKeyAsync("A256KW", data);
                    crypto.Encrypt(EncryptParameters.RsaOaep256Parameters(data));
                    crypto.Sign(SignatureAlgorithm.PS256, data);
                }
            }
            """);

        /// <summary>Reading data written with RSA1_5 needs RSA1_5: not reported, and nothing to fix.</summary>
        [Fact]
        public Task DecryptAndUnwrapExistingData() => Verify.VerifyAnalyzerAsync("""
            using Azure.Security.KeyVault.Keys.Cryptography;

            class C
            {
                async Task Run(CryptographyClient crypto, byte[] ciphertext, byte[] wrapped)
                {
                    crypto.Decrypt(EncryptionAlgorithm.Rsa15, ciphertext);
                    await crypto.DecryptAsync(DecryptParameters.Rsa15Parameters(ciphertext));
                    crypto.UnwrapKey(KeyWrapAlgorithm.Rsa15, wrapped);
                    await crypto.UnwrapKeyAsync("RSA1_5", wrapped);
                }
            }
            """);

        [Fact]
        public Task UnknownOrMixedAlgorithm() => Verify.VerifyAnalyzerAsync("""
            using Azure.Security.KeyVault.Keys.Cryptography;

            class C
            {
                void Run(CryptographyClient crypto, byte[] data, EncryptionAlgorithm algorithm, bool legacy, string wireName)
                {
                    crypto.Encrypt(algorithm, data);
                    crypto.Encrypt(legacy ? EncryptionAlgorithm.Rsa15 : EncryptionAlgorithm.RsaOaep256, data);
                    crypto.WrapKey(wireName, data);
                }
            }
            """);

        /// <summary>Through Azure.Core's IKeyEncryptionKey the algorithm is a plain string and the implementation
        /// unknown: not looked at.</summary>
        [Fact]
        public Task KeyEncryptionKeyInterface() => Verify.VerifyAnalyzerAsync("""
            using Azure.Core.Cryptography;
            using Azure.Security.KeyVault.Keys.Cryptography;

            class C
            {
                async Task Run(KeyResolver resolver, string keyId, byte[] key)
                {
                    IKeyEncryptionKey kek = await ((IKeyEncryptionKeyResolver)resolver).ResolveAsync(keyId);
                    await kek.WrapKeyAsync("RSA1_5", key);
                }
            }
            """);

        /// <summary>Same names on types that are not the SDK's CryptographyClient.</summary>
        [Fact]
        public Task OtherTypes() => Verify.VerifyAnalyzerAsync("""
            using Azure.Security.KeyVault.Keys.Cryptography;

            class MyCrypto
            {
                public void Encrypt(EncryptionAlgorithm algorithm, byte[] data) { }
                public static EncryptParameters Rsa15Parameters(byte[] data) => null;
            }

            class C
            {
                void Run(MyCrypto crypto, byte[] data)
                {
                    crypto.Encrypt(EncryptionAlgorithm.Rsa15, data);
                    MyCrypto.Rsa15Parameters(data);
                }
            }
            """);
    }

    public class Diagnostics
    {
        [Fact]
        public Task EncryptAndWrapWithRsa15() => Verify.VerifyFixAsync("""
            using Azure.Security.KeyVault.Keys.Cryptography;

            class C
            {
                async Task Run(KeyClient keys, byte[] data, byte[] key)
                {
                    CryptographyClient crypto = keys.GetCryptographyClient("data-key");
                    EncryptResult encrypted = crypto.Encrypt([|EncryptionAlgorithm.Rsa15|], data);
                    await crypto.EncryptAsync([|EncryptionAlgorithm.Rsa15|], data);
                    WrapResult wrapped = crypto.WrapKey([|KeyWrapAlgorithm.Rsa15|], key);
                    await crypto.WrapKeyAsync([|KeyWrapAlgorithm.Rsa15|], key);
                }
            }
            """, """
            using Azure.Security.KeyVault.Keys.Cryptography;

            class C
            {
                async Task Run(KeyClient keys, byte[] data, byte[] key)
                {
                    CryptographyClient crypto = keys.GetCryptographyClient("data-key");
                    EncryptResult encrypted = crypto.Encrypt(EncryptionAlgorithm.RsaOaep256, data);
                    await crypto.EncryptAsync(EncryptionAlgorithm.RsaOaep256, data);
                    WrapResult wrapped = crypto.WrapKey(KeyWrapAlgorithm.RsaOaep256, key);
                    await crypto.WrapKeyAsync(KeyWrapAlgorithm.RsaOaep256, key);
                }
            }
            """);

        [Fact]
        public Task EncryptParametersFactory() => Verify.VerifyFixAsync("""
            using Azure.Security.KeyVault.Keys.Cryptography;

            class C
            {
                async Task Run(CryptographyClient crypto, byte[] data)
                {
                    var parameters = [|EncryptParameters.Rsa15Parameters(data)|];
                    crypto.Encrypt(parameters);
                    await crypto.EncryptAsync([|EncryptParameters.Rsa15Parameters(plaintext: data)|]);
                }
            }
            """, """
            using Azure.Security.KeyVault.Keys.Cryptography;

            class C
            {
                async Task Run(CryptographyClient crypto, byte[] data)
                {
                    var parameters = EncryptParameters.RsaOaep256Parameters(data);
                    crypto.Encrypt(parameters);
                    await crypto.EncryptAsync(EncryptParameters.RsaOaep256Parameters(plaintext: data));
                }
            }
            """);

        /// <summary>The value is followed through constants, static readonly fields, locals written once, conversions from the wire name
        /// and named arguments written out of order; the fix changes the call site, not the shared constant.</summary>
        [Fact]
        public Task ValueShapes() => Verify.VerifyFixAsync("""
            using Azure.Security.KeyVault.Keys.Cryptography;

            class C
            {
                const string Legacy = "RSA1_5";
                static readonly EncryptionAlgorithm Configured = EncryptionAlgorithm.Rsa15;

                void Run(CryptographyClient crypto, byte[] data, byte[] key)
                {
                    crypto.Encrypt([|Configured|], data);
                    crypto.Encrypt([|Legacy|], data);
                    crypto.Decrypt(Legacy, data);
                    var wrapAlgorithm = KeyWrapAlgorithm.Rsa15;
                    crypto.WrapKey([|wrapAlgorithm|], key);
                    crypto.WrapKey(key: key, algorithm: [|new KeyWrapAlgorithm("RSA1_5")|]);
                    crypto.Encrypt(plaintext: data, algorithm: [|"RSA1_5"|]);
                }
            }
            """, """
            using Azure.Security.KeyVault.Keys.Cryptography;

            class C
            {
                const string Legacy = "RSA1_5";
                static readonly EncryptionAlgorithm Configured = EncryptionAlgorithm.Rsa15;

                void Run(CryptographyClient crypto, byte[] data, byte[] key)
                {
                    crypto.Encrypt(EncryptionAlgorithm.RsaOaep256, data);
                    crypto.Encrypt(EncryptionAlgorithm.RsaOaep256, data);
                    crypto.Decrypt(Legacy, data);
                    var wrapAlgorithm = KeyWrapAlgorithm.Rsa15;
                    crypto.WrapKey(KeyWrapAlgorithm.RsaOaep256, key);
                    crypto.WrapKey(key: key, algorithm: KeyWrapAlgorithm.RsaOaep256);
                    crypto.Encrypt(plaintext: data, algorithm: EncryptionAlgorithm.RsaOaep256);
                }
            }
            """);

        /// <summary>Both branches are RSA1_5: reported, but the conditional is the developer's to rewrite.</summary>
        [Fact]
        public Task ConditionalOfRsa15HasNoFix()
        {
            const string Source = """
                using Azure.Security.KeyVault.Keys.Cryptography;

                class C
                {
                    void Run(CryptographyClient crypto, byte[] data, bool wire) =>
                        crypto.Encrypt([|wire ? "RSA1_5" : EncryptionAlgorithm.Rsa15|], data);
                }
                """;
            return Verify.VerifyFixAsync(Source, Source);
        }

        /// <summary>The practice holds for every CryptographyClient, whatever the key's endpoint.</summary>
        [Fact]
        public Task VaultAndHsmKeysAlike() => Verify.VerifyFixAsync("""
            using Azure.Security.KeyVault.Keys.Cryptography;

            class C
            {
                void Run(TokenCredential credential, byte[] data)
                {
                    var vaultKey = new CryptographyClient(new Uri("https://contoso.vault.azure.net/keys/k/1"), credential);
                    vaultKey.Encrypt([|EncryptionAlgorithm.Rsa15|], data);
                    var hsmKey = new CryptographyClient(new Uri("https://contoso.managedhsm.azure.net/keys/k/1"), credential);
                    hsmKey.WrapKey([|KeyWrapAlgorithm.Rsa15|], data);
                }
            }
            """, """
            using Azure.Security.KeyVault.Keys.Cryptography;

            class C
            {
                void Run(TokenCredential credential, byte[] data)
                {
                    var vaultKey = new CryptographyClient(new Uri("https://contoso.vault.azure.net/keys/k/1"), credential);
                    vaultKey.Encrypt(EncryptionAlgorithm.RsaOaep256, data);
                    var hsmKey = new CryptographyClient(new Uri("https://contoso.managedhsm.azure.net/keys/k/1"), credential);
                    hsmKey.WrapKey(KeyWrapAlgorithm.RsaOaep256, data);
                }
            }
            """);
    }
}
