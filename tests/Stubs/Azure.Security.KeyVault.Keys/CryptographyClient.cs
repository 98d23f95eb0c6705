// Compile-only stand-in of the Azure.Security.KeyVault.Keys.Cryptography namespace (Azure.Security.KeyVault.Keys,
// listing api/Azure.Security.KeyVault.Keys.net10.0.cs): CryptographyClient, its options, the parameter and result
// types and KeyResolver. RSAKeyVault (CryptographyClient.CreateRSA) is not reproduced.

using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.Core.Cryptography;
using Azure.Security.KeyVault.Keys.Cryptography;

namespace Azure.Security.KeyVault.Keys.Cryptography
{
    public partial class CryptographyClient : IKeyEncryptionKey
    {
        protected CryptographyClient() { }
        public CryptographyClient(JsonWebKey key) { }
        public CryptographyClient(JsonWebKey key, LocalCryptographyClientOptions options) { }
        public CryptographyClient(Uri keyId, TokenCredential credential) { }
        public CryptographyClient(Uri keyId, TokenCredential credential, CryptographyClientOptions options) { }
        public virtual string KeyId => throw null;
        byte[] IKeyEncryptionKey.UnwrapKey(string algorithm, ReadOnlyMemory<byte> encryptedKey, CancellationToken cancellationToken) => throw null;
        Task<byte[]> IKeyEncryptionKey.UnwrapKeyAsync(string algorithm, ReadOnlyMemory<byte> encryptedKey, CancellationToken cancellationToken) => throw null;
        byte[] IKeyEncryptionKey.WrapKey(string algorithm, ReadOnlyMemory<byte> key, CancellationToken cancellationToken) => throw null;
        Task<byte[]> IKeyEncryptionKey.WrapKeyAsync(string algorithm, ReadOnlyMemory<byte> key, CancellationToken cancellationToken) => throw null;
        public virtual DecryptResult Decrypt(DecryptParameters decryptParameters, CancellationToken cancellationToken = default) => throw null;
        public virtual DecryptResult Decrypt(EncryptionAlgorithm algorithm, byte[] ciphertext, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<DecryptResult> DecryptAsync(DecryptParameters decryptParameters, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<DecryptResult> DecryptAsync(EncryptionAlgorithm algorithm, byte[] ciphertext, CancellationToken cancellationToken = default) => throw null;
        public virtual EncryptResult Encrypt(EncryptionAlgorithm algorithm, byte[] plaintext, CancellationToken cancellationToken = default) => throw null;
        public virtual EncryptResult Encrypt(EncryptParameters encryptParameters, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<EncryptResult> EncryptAsync(EncryptionAlgorithm algorithm, byte[] plaintext, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<EncryptResult> EncryptAsync(EncryptParameters encryptParameters, CancellationToken cancellationToken = default) => throw null;
        public virtual SignResult Sign(SignatureAlgorithm algorithm, byte[] digest, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<SignResult> SignAsync(SignatureAlgorithm algorithm, byte[] digest, CancellationToken cancellationToken = default) => throw null;
        public virtual SignResult SignData(SignatureAlgorithm algorithm, byte[] data, CancellationToken cancellationToken = default) => throw null;
        public virtual SignResult SignData(SignatureAlgorithm algorithm, Stream data, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<SignResult> SignDataAsync(SignatureAlgorithm algorithm, byte[] data, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<SignResult> SignDataAsync(SignatureAlgorithm algorithm, Stream data, CancellationToken cancellationToken = default) => throw null;
        public virtual UnwrapResult UnwrapKey(KeyWrapAlgorithm algorithm, byte[] encryptedKey, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<UnwrapResult> UnwrapKeyAsync(KeyWrapAlgorithm algorithm, byte[] encryptedKey, CancellationToken cancellationToken = default) => throw null;
        public virtual VerifyResult Verify(SignatureAlgorithm algorithm, byte[] digest, byte[] signature, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<VerifyResult> VerifyAsync(SignatureAlgorithm algorithm, byte[] digest, byte[] signature, CancellationToken cancellationToken = default) => throw null;
        public virtual VerifyResult VerifyData(SignatureAlgorithm algorithm, byte[] data, byte[] signature, CancellationToken cancellationToken = default) => throw null;
        public virtual VerifyResult VerifyData(SignatureAlgorithm algorithm, Stream data, byte[] signature, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<VerifyResult> VerifyDataAsync(SignatureAlgorithm algorithm, byte[] data, byte[] signature, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<VerifyResult> VerifyDataAsync(SignatureAlgorithm algorithm, Stream data, byte[] signature, CancellationToken cancellationToken = default) => throw null;
        public virtual WrapResult WrapKey(KeyWrapAlgorithm algorithm, byte[] key, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<WrapResult> WrapKeyAsync(KeyWrapAlgorithm algorithm, byte[] key, CancellationToken cancellationToken = default) => throw null;
    }

    public partial class CryptographyClientOptions : ClientOptions
    {
        public CryptographyClientOptions(ServiceVersion version = ServiceVersion.V2025_07_01) { }
        public bool DisableChallengeResourceVerification { get => throw null; set => throw null; }
        public ServiceVersion Version => throw null;

        public enum ServiceVersion
        {
            V7_0 = 0,
            V7_1 = 1,
            V7_2 = 2,
            V7_3 = 3,
            V7_4 = 4,
            V7_5 = 5,
            V7_6 = 6,
            V2025_07_01 = 7,
        }
    }

    public partial class LocalCryptographyClientOptions : ClientOptions
    {
        public LocalCryptographyClientOptions() { }
    }

    public partial class KeyResolver : IKeyEncryptionKeyResolver
    {
        protected KeyResolver() { }
        public KeyResolver(TokenCredential credential) { }
        public KeyResolver(TokenCredential credential, CryptographyClientOptions options) { }
        IKeyEncryptionKey IKeyEncryptionKeyResolver.Resolve(string keyId, CancellationToken cancellationToken) => throw null;
        Task<IKeyEncryptionKey> IKeyEncryptionKeyResolver.ResolveAsync(string keyId, CancellationToken cancellationToken) => throw null;
        public virtual CryptographyClient Resolve(Uri keyId, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<CryptographyClient> ResolveAsync(Uri keyId, CancellationToken cancellationToken = default) => throw null;
    }

    public partial class EncryptParameters
    {
        internal EncryptParameters() { }
        public byte[] AdditionalAuthenticatedData => throw null;
        public EncryptionAlgorithm Algorithm => throw null;
        public byte[] Iv => throw null;
        public byte[] Plaintext => throw null;
        public static EncryptParameters A128CbcPadParameters(byte[] plaintext, byte[] iv = null) => throw null;
        public static EncryptParameters A128CbcParameters(byte[] plaintext, byte[] iv = null) => throw null;
        public static EncryptParameters A128GcmParameters(byte[] plaintext, byte[] additionalAuthenticatedData = null) => throw null;
        public static EncryptParameters A192CbcPadParameters(byte[] plaintext, byte[] iv = null) => throw null;
        public static EncryptParameters A192CbcParameters(byte[] plaintext, byte[] iv = null) => throw null;
        public static EncryptParameters A192GcmParameters(byte[] plaintext, byte[] additionalAuthenticatedData = null) => throw null;
        public static EncryptParameters A256CbcPadParameters(byte[] plaintext, byte[] iv = null) => throw null;
        public static EncryptParameters A256CbcParameters(byte[] plaintext, byte[] iv = null) => throw null;
        public static EncryptParameters A256GcmParameters(byte[] plaintext, byte[] additionalAuthenticatedData = null) => throw null;
        public static EncryptParameters Rsa15Parameters(byte[] plaintext) => throw null;
        public static EncryptParameters RsaOaep256Parameters(byte[] plaintext) => throw null;
        public static EncryptParameters RsaOaepParameters(byte[] plaintext) => throw null;
    }

    public partial class DecryptParameters
    {
        internal DecryptParameters() { }
        public byte[] AdditionalAuthenticatedData => throw null;
        public EncryptionAlgorithm Algorithm => throw null;
        public byte[] AuthenticationTag => throw null;
        public byte[] Ciphertext => throw null;
        public byte[] Iv => throw null;
        public static DecryptParameters A128CbcPadParameters(byte[] ciphertext, byte[] iv) => throw null;
        public static DecryptParameters A128CbcParameters(byte[] ciphertext, byte[] iv) => throw null;
        public static DecryptParameters A128GcmParameters(byte[] ciphertext, byte[] iv, byte[] authenticationTag, byte[] additionalAuthenticatedData = null) => throw null;
        public static DecryptParameters A192CbcPadParameters(byte[] ciphertext, byte[] iv) => throw null;
        public static DecryptParameters A192CbcParameters(byte[] ciphertext, byte[] iv) => throw null;
        public static DecryptParameters A192GcmParameters(byte[] ciphertext, byte[] iv, byte[] authenticationTag, byte[] additionalAuthenticatedData = null) => throw null;
        public static DecryptParameters A256CbcPadParameters(byte[] ciphertext, byte[] iv) => throw null;
        public static DecryptParameters A256CbcParameters(byte[] ciphertext, byte[] iv) => throw null;
        public static DecryptParameters A256GcmParameters(byte[] ciphertext, byte[] iv, byte[] authenticationTag, byte[] additionalAuthenticatedData = null) => throw null;
        public static DecryptParameters Rsa15Parameters(byte[] ciphertext) => throw null;
        public static DecryptParameters RsaOaep256Parameters(byte[] ciphertext) => throw null;
        public static DecryptParameters RsaOaepParameters(byte[] ciphertext) => throw null;
    }

    public partial class EncryptResult
    {
        internal EncryptResult() { }
        public byte[] AdditionalAuthenticatedData => throw null;
        public EncryptionAlgorithm Algorithm => throw null;
        public byte[] AuthenticationTag => throw null;
        public byte[] Ciphertext => throw null;
        public byte[] Iv => throw null;
        public string KeyId => throw null;
    }

    public partial class DecryptResult
    {
        internal DecryptResult() { }
        public EncryptionAlgorithm Algorithm => throw null;
        public string KeyId => throw null;
        public byte[] Plaintext => throw null;
    }

    public partial class WrapResult
    {
        internal WrapResult() { }
        public KeyWrapAlgorithm Algorithm => throw null;
        public byte[] EncryptedKey => throw null;
        public string KeyId => throw null;
    }

    public partial class UnwrapResult
    {
        internal UnwrapResult() { }
        public KeyWrapAlgorithm Algorithm => throw null;
        public byte[] Key => throw null;
        public string KeyId => throw null;
    }

    public partial class SignResult
    {
        internal SignResult() { }
        public SignatureAlgorithm Algorithm => throw null;
        public string KeyId => throw null;
        public byte[] Signature => throw null;
    }

    public partial class VerifyResult
    {
        internal VerifyResult() { }
        public SignatureAlgorithm Algorithm => throw null;
        public bool IsValid => throw null;
        public string KeyId => throw null;
    }
}

namespace Azure.Security.KeyVault.Keys
{
    public static partial class CryptographyModelFactory
    {
        public static DecryptParameters DecryptParameters(EncryptionAlgorithm algorithm, byte[] ciphertext, byte[] iv = null, byte[] authenticationTag = null, byte[] additionalAuthenticatedData = null) => throw null;
        public static DecryptResult DecryptResult(string keyId = null, byte[] plaintext = null, EncryptionAlgorithm algorithm = default) => throw null;
        public static EncryptParameters EncryptParameters(EncryptionAlgorithm algorithm, byte[] plaintext, byte[] iv = null, byte[] additionalAuthenticatedData = null) => throw null;
        public static EncryptResult EncryptResult(string keyId, byte[] ciphertext, EncryptionAlgorithm algorithm) => throw null;
        public static EncryptResult EncryptResult(string keyId = null, byte[] ciphertext = null, EncryptionAlgorithm algorithm = default, byte[] iv = null, byte[] authenticatedTag = null, byte[] additionalAuthenticatedData = null) => throw null;
        public static SignResult SignResult(string keyId = null, byte[] signature = null, SignatureAlgorithm algorithm = default) => throw null;
        public static UnwrapResult UnwrapResult(string keyId = null, byte[] key = null, KeyWrapAlgorithm algorithm = default) => throw null;
        public static VerifyResult VerifyResult(string keyId = null, bool isValid = false, SignatureAlgorithm algorithm = default) => throw null;
        public static WrapResult WrapResult(string keyId = null, byte[] key = null, KeyWrapAlgorithm algorithm = default) => throw null;
    }
}
