// Compile-only stand-in of the key models of Azure.Security.KeyVault.Keys 4.9.0.

using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace Azure.Security.KeyVault.Keys
{
    public partial class CreateKeyOptions
    {
        public CreateKeyOptions() { }
        public bool? Enabled { get => throw null; set => throw null; }
        public DateTimeOffset? ExpiresOn { get => throw null; set => throw null; }
        public bool? Exportable { get => throw null; set => throw null; }
        public IList<KeyOperation> KeyOperations => throw null;
        public DateTimeOffset? NotBefore { get => throw null; set => throw null; }
        public KeyReleasePolicy ReleasePolicy { get => throw null; set => throw null; }
        public IDictionary<string, string> Tags => throw null;
    }

    public partial class CreateRsaKeyOptions : CreateKeyOptions
    {
        public CreateRsaKeyOptions(string name, bool hardwareProtected = false) { }
        public bool HardwareProtected => throw null;
        public int? KeySize { get => throw null; set => throw null; }
        public KeyType KeyType => throw null;
        public string Name => throw null;
        public int? PublicExponent { get => throw null; set => throw null; }
    }

    public partial class CreateEcKeyOptions : CreateKeyOptions
    {
        public CreateEcKeyOptions(string name, bool hardwareProtected = false) { }
        public KeyCurveName? CurveName { get => throw null; set => throw null; }
        public bool HardwareProtected => throw null;
        public KeyType KeyType => throw null;
        public string Name => throw null;
    }

    public partial class CreateOctKeyOptions : CreateKeyOptions
    {
        public CreateOctKeyOptions(string name, bool hardwareProtected = false) { }
        public bool HardwareProtected => throw null;
        public int? KeySize { get => throw null; set => throw null; }
        public KeyType KeyType => throw null;
        public string Name => throw null;
    }

    public partial class ImportKeyOptions
    {
        public ImportKeyOptions(string name, JsonWebKey keyMaterial) { }
        public bool? HardwareProtected { get => throw null; set => throw null; }
        public JsonWebKey Key => throw null;
        public string Name => throw null;
        public KeyProperties Properties => throw null;
    }

    public partial class JsonWebKey
    {
        public JsonWebKey(IEnumerable<KeyOperation> keyOps) { }
        public JsonWebKey(Aes aesProvider, IEnumerable<KeyOperation> keyOps = null) { }
        public JsonWebKey(ECDsa ecdsa, bool includePrivateParameters = false, IEnumerable<KeyOperation> keyOps = null) { }
        public JsonWebKey(RSA rsaProvider, bool includePrivateParameters = false, IEnumerable<KeyOperation> keyOps = null) { }
        public KeyCurveName? CurveName { get => throw null; set => throw null; }
        public byte[] D { get => throw null; set => throw null; }
        public byte[] DP { get => throw null; set => throw null; }
        public byte[] DQ { get => throw null; set => throw null; }
        public byte[] E { get => throw null; set => throw null; }
        public string Id { get => throw null; set => throw null; }
        public byte[] K { get => throw null; set => throw null; }
        public IReadOnlyCollection<KeyOperation> KeyOps => throw null;
        public KeyType KeyType { get => throw null; set => throw null; }
        public byte[] N { get => throw null; set => throw null; }
        public byte[] P { get => throw null; set => throw null; }
        public byte[] Q { get => throw null; set => throw null; }
        public byte[] QI { get => throw null; set => throw null; }
        public byte[] T { get => throw null; set => throw null; }
        public byte[] X { get => throw null; set => throw null; }
        public byte[] Y { get => throw null; set => throw null; }
        public Aes ToAes() => throw null;
        public ECDsa ToECDsa(bool includePrivateParameters = false) => throw null;
        public RSA ToRSA(bool includePrivateParameters = false) => throw null;
    }

    public partial class KeyVaultKey
    {
        public KeyVaultKey(string name) { }
        public Uri Id => throw null;
        public JsonWebKey Key => throw null;
        public IReadOnlyCollection<KeyOperation> KeyOperations => throw null;
        public KeyType KeyType => throw null;
        public string Name => throw null;
        public KeyProperties Properties => throw null;
    }

    public partial class KeyAttestation
    {
        public KeyAttestation() { }
        public ReadOnlyMemory<byte> CertificatePemFile => throw null;
        public ReadOnlyMemory<byte> PrivateKeyAttestation => throw null;
        public ReadOnlyMemory<byte> PublicKeyAttestation => throw null;
        public string Version => throw null;
    }

    public partial class KeyProperties
    {
        public KeyProperties(string name) { }
        public KeyProperties(Uri id) { }
        public KeyAttestation Attestation => throw null;
        public DateTimeOffset? CreatedOn => throw null;
        public bool? Enabled { get => throw null; set => throw null; }
        public DateTimeOffset? ExpiresOn { get => throw null; set => throw null; }
        public bool? Exportable { get => throw null; set => throw null; }
        public string HsmPlatform => throw null;
        public Uri Id => throw null;
        public bool Managed => throw null;
        public string Name => throw null;
        public DateTimeOffset? NotBefore { get => throw null; set => throw null; }
        public int? RecoverableDays => throw null;
        public string RecoveryLevel => throw null;
        public KeyReleasePolicy ReleasePolicy { get => throw null; set => throw null; }
        public IDictionary<string, string> Tags => throw null;
        public DateTimeOffset? UpdatedOn => throw null;
        public Uri VaultUri => throw null;
        public string Version => throw null;
    }

    public partial class DeletedKey : KeyVaultKey
    {
        internal DeletedKey() : base(default(string)) { }
        public DateTimeOffset? DeletedOn => throw null;
        public Uri RecoveryId => throw null;
        public DateTimeOffset? ScheduledPurgeDate => throw null;
    }

    public partial class DeleteKeyOperation : Operation<DeletedKey>
    {
        protected DeleteKeyOperation() { }
        public override bool HasCompleted => throw null;
        public override bool HasValue => throw null;
        public override string Id => throw null;
        public override DeletedKey Value => throw null;
        public override Response GetRawResponse() => throw null;
        public override Response UpdateStatus(CancellationToken cancellationToken = default) => throw null;
        public override ValueTask<Response> UpdateStatusAsync(CancellationToken cancellationToken = default) => throw null;
        public override ValueTask<Response<DeletedKey>> WaitForCompletionAsync(CancellationToken cancellationToken = default) => throw null;
        public override ValueTask<Response<DeletedKey>> WaitForCompletionAsync(TimeSpan pollingInterval, CancellationToken cancellationToken) => throw null;
    }

    public partial class RecoverDeletedKeyOperation : Operation<KeyVaultKey>
    {
        protected RecoverDeletedKeyOperation() { }
        public override bool HasCompleted => throw null;
        public override bool HasValue => throw null;
        public override string Id => throw null;
        public override KeyVaultKey Value => throw null;
        public override Response GetRawResponse() => throw null;
        public override Response UpdateStatus(CancellationToken cancellationToken = default) => throw null;
        public override ValueTask<Response> UpdateStatusAsync(CancellationToken cancellationToken = default) => throw null;
        public override ValueTask<Response<KeyVaultKey>> WaitForCompletionAsync(CancellationToken cancellationToken = default) => throw null;
        public override ValueTask<Response<KeyVaultKey>> WaitForCompletionAsync(TimeSpan pollingInterval, CancellationToken cancellationToken) => throw null;
    }

    public partial class KeyReleasePolicy
    {
        public KeyReleasePolicy(BinaryData encodedPolicy) { }
        public string ContentType { get => throw null; set => throw null; }
        public BinaryData EncodedPolicy => throw null;
        public bool? Immutable { get => throw null; set => throw null; }
    }

    public partial class KeyRotationPolicy
    {
        public KeyRotationPolicy() { }
        public DateTimeOffset? CreatedOn => throw null;
        /// <summary>ISO 8601 duration, for example "P90D".</summary>
        public string ExpiresIn { get => throw null; set => throw null; }
        public Uri Id => throw null;
        public IList<KeyRotationLifetimeAction> LifetimeActions => throw null;
        public DateTimeOffset? UpdatedOn => throw null;
    }

    public partial class KeyRotationLifetimeAction
    {
        public KeyRotationLifetimeAction(KeyRotationPolicyAction action) { }
        public KeyRotationPolicyAction Action => throw null;
        public string TimeAfterCreate { get => throw null; set => throw null; }
        public string TimeBeforeExpiry { get => throw null; set => throw null; }
    }

    public partial class ReleaseKeyOptions
    {
        public ReleaseKeyOptions(string name, string targetAttestationToken) { }
        public KeyExportEncryptionAlgorithm? Algorithm { get => throw null; set => throw null; }
        public string Name => throw null;
        public string Nonce { get => throw null; set => throw null; }
        public string TargetAttestationToken => throw null;
        public string Version { get => throw null; set => throw null; }
    }

    public partial class ReleaseKeyResult
    {
        internal ReleaseKeyResult() { }
        public string Value => throw null;
    }

    public readonly partial struct KeyVaultKeyIdentifier : IEquatable<KeyVaultKeyIdentifier>
    {
        public KeyVaultKeyIdentifier(Uri id) => throw null;
        public string Name => throw null;
        public Uri SourceId => throw null;
        public Uri VaultUri => throw null;
        public string Version => throw null;
        public bool Equals(KeyVaultKeyIdentifier other) => throw null;
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object obj) => throw null;
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => throw null;
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override string ToString() => throw null;
        public static bool TryCreate(Uri id, out KeyVaultKeyIdentifier identifier) => throw null;
    }

    public static partial class KeyModelFactory
    {
        public static DeletedKey DeletedKey(KeyProperties properties, JsonWebKey key, Uri recoveryId = null, DateTimeOffset? deletedOn = default, DateTimeOffset? scheduledPurgeDate = default) => throw null;
        public static JsonWebKey JsonWebKey(KeyType keyType, string id = null, IEnumerable<KeyOperation> keyOps = null, KeyCurveName? curveName = default, byte[] d = null, byte[] dp = null, byte[] dq = null, byte[] e = null, byte[] k = null, byte[] n = null, byte[] p = null, byte[] q = null, byte[] qi = null, byte[] t = null, byte[] x = null, byte[] y = null) => throw null;
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static KeyProperties KeyProperties(Uri id, Uri vaultUri, string name, string version, bool managed, DateTimeOffset? createdOn, DateTimeOffset? updatedOn, string recoveryLevel) => throw null;
        public static KeyProperties KeyProperties(Uri id = null, Uri vaultUri = null, string name = null, string version = null, bool managed = false, DateTimeOffset? createdOn = default, DateTimeOffset? updatedOn = default, string recoveryLevel = null, int? recoverableDays = default) => throw null;
        public static KeyRotationPolicy KeyRotationPolicy(Uri id = null, DateTimeOffset? createdOn = default, DateTimeOffset? updatedOn = default) => throw null;
        public static KeyVaultKey KeyVaultKey(KeyProperties properties, JsonWebKey key) => throw null;
        public static ReleaseKeyResult ReleaseKeyResult(string value) => throw null;
    }
}
