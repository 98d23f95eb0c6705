// Compile-only stand-in of KeyClient and its options (Azure.Security.KeyVault.Keys, listing
// api/Azure.Security.KeyVault.Keys.net10.0.cs). Not reproduced: the AKP (ML-DSA) key members of the main branch.

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.Security.KeyVault.Keys.Cryptography;

namespace Azure.Security.KeyVault.Keys
{
    public partial class KeyClient
    {
        protected KeyClient() { }
        public KeyClient(Uri vaultUri, TokenCredential credential) { }
        public KeyClient(Uri vaultUri, TokenCredential credential, KeyClientOptions options) { }
        public virtual Uri VaultUri => throw null;
        public virtual Response<byte[]> BackupKey(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<byte[]>> BackupKeyAsync(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<KeyVaultKey> CreateEcKey(CreateEcKeyOptions ecKeyOptions, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultKey>> CreateEcKeyAsync(CreateEcKeyOptions ecKeyOptions, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<KeyVaultKey> CreateKey(string name, KeyType keyType, CreateKeyOptions keyOptions = null, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultKey>> CreateKeyAsync(string name, KeyType keyType, CreateKeyOptions keyOptions = null, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<KeyVaultKey> CreateOctKey(CreateOctKeyOptions octKeyOptions, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultKey>> CreateOctKeyAsync(CreateOctKeyOptions octKeyOptions, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<KeyVaultKey> CreateRsaKey(CreateRsaKeyOptions rsaKeyOptions, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultKey>> CreateRsaKeyAsync(CreateRsaKeyOptions rsaKeyOptions, CancellationToken cancellationToken = default) => throw null;
        public virtual CryptographyClient GetCryptographyClient(string keyName, string keyVersion = null) => throw null;
        public virtual Response<DeletedKey> GetDeletedKey(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<DeletedKey>> GetDeletedKeyAsync(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Pageable<DeletedKey> GetDeletedKeys(CancellationToken cancellationToken = default) => throw null;
        public virtual AsyncPageable<DeletedKey> GetDeletedKeysAsync(CancellationToken cancellationToken = default) => throw null;
        public virtual Response<KeyVaultKey> GetKey(string name, string version = null, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultKey>> GetKeyAsync(string name, string version = null, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<KeyVaultKey> GetKeyAttestation(string name, string version = null, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultKey>> GetKeyAttestationAsync(string name, string version = null, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<KeyRotationPolicy> GetKeyRotationPolicy(string keyName, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyRotationPolicy>> GetKeyRotationPolicyAsync(string keyName, CancellationToken cancellationToken = default) => throw null;
        public virtual Pageable<KeyProperties> GetPropertiesOfKeys(CancellationToken cancellationToken = default) => throw null;
        public virtual AsyncPageable<KeyProperties> GetPropertiesOfKeysAsync(CancellationToken cancellationToken = default) => throw null;
        public virtual Pageable<KeyProperties> GetPropertiesOfKeyVersions(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual AsyncPageable<KeyProperties> GetPropertiesOfKeyVersionsAsync(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<byte[]> GetRandomBytes(int count, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<byte[]>> GetRandomBytesAsync(int count, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<KeyVaultKey> ImportKey(ImportKeyOptions importKeyOptions, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<KeyVaultKey> ImportKey(string name, JsonWebKey keyMaterial, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultKey>> ImportKeyAsync(ImportKeyOptions importKeyOptions, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultKey>> ImportKeyAsync(string name, JsonWebKey keyMaterial, CancellationToken cancellationToken = default) => throw null;
        public virtual Response PurgeDeletedKey(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response> PurgeDeletedKeyAsync(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<ReleaseKeyResult> ReleaseKey(ReleaseKeyOptions options, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<ReleaseKeyResult> ReleaseKey(string name, string targetAttestationToken, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<ReleaseKeyResult>> ReleaseKeyAsync(ReleaseKeyOptions options, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<ReleaseKeyResult>> ReleaseKeyAsync(string name, string targetAttestationToken, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<KeyVaultKey> RestoreKeyBackup(byte[] backup, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultKey>> RestoreKeyBackupAsync(byte[] backup, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<KeyVaultKey> RotateKey(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultKey>> RotateKeyAsync(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual DeleteKeyOperation StartDeleteKey(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<DeleteKeyOperation> StartDeleteKeyAsync(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual RecoverDeletedKeyOperation StartRecoverDeletedKey(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<RecoverDeletedKeyOperation> StartRecoverDeletedKeyAsync(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<KeyVaultKey> UpdateKeyProperties(KeyProperties properties, IEnumerable<KeyOperation> keyOperations = null, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultKey>> UpdateKeyPropertiesAsync(KeyProperties properties, IEnumerable<KeyOperation> keyOperations = null, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<KeyRotationPolicy> UpdateKeyRotationPolicy(string keyName, KeyRotationPolicy policy, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyRotationPolicy>> UpdateKeyRotationPolicyAsync(string keyName, KeyRotationPolicy policy, CancellationToken cancellationToken = default) => throw null;
    }

    public partial class KeyClientOptions : ClientOptions
    {
        public KeyClientOptions(ServiceVersion version = ServiceVersion.V2025_07_01) { }
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
}
