// Compile-only stand-in: extensible enums of the Cryptography namespace (Azure.Security.KeyVault.Keys, listing
// api/Azure.Security.KeyVault.Keys.net10.0.cs). Values are the JSON Web Algorithm names the service takes.

using System;
using System.ComponentModel;

namespace Azure.Security.KeyVault.Keys.Cryptography
{
    public readonly partial struct EncryptionAlgorithm : IEquatable<EncryptionAlgorithm>
    {
        private const string A128CbcValue = "A128CBC";
        private const string A128CbcPadValue = "A128CBCPAD";
        private const string A128GcmValue = "A128GCM";
        private const string A192CbcValue = "A192CBC";
        private const string A192CbcPadValue = "A192CBCPAD";
        private const string A192GcmValue = "A192GCM";
        private const string A256CbcValue = "A256CBC";
        private const string A256CbcPadValue = "A256CBCPAD";
        private const string A256GcmValue = "A256GCM";
        private const string Rsa15Value = "RSA1_5";
        private const string RsaOaepValue = "RSA-OAEP";
        private const string RsaOaep256Value = "RSA-OAEP-256";
        private readonly string _value;

        public EncryptionAlgorithm(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static EncryptionAlgorithm A128Cbc { get; } = new EncryptionAlgorithm(A128CbcValue);
        public static EncryptionAlgorithm A128CbcPad { get; } = new EncryptionAlgorithm(A128CbcPadValue);
        public static EncryptionAlgorithm A128Gcm { get; } = new EncryptionAlgorithm(A128GcmValue);
        public static EncryptionAlgorithm A192Cbc { get; } = new EncryptionAlgorithm(A192CbcValue);
        public static EncryptionAlgorithm A192CbcPad { get; } = new EncryptionAlgorithm(A192CbcPadValue);
        public static EncryptionAlgorithm A192Gcm { get; } = new EncryptionAlgorithm(A192GcmValue);
        public static EncryptionAlgorithm A256Cbc { get; } = new EncryptionAlgorithm(A256CbcValue);
        public static EncryptionAlgorithm A256CbcPad { get; } = new EncryptionAlgorithm(A256CbcPadValue);
        public static EncryptionAlgorithm A256Gcm { get; } = new EncryptionAlgorithm(A256GcmValue);
        public static EncryptionAlgorithm Rsa15 { get; } = new EncryptionAlgorithm(Rsa15Value);
        public static EncryptionAlgorithm RsaOaep { get; } = new EncryptionAlgorithm(RsaOaepValue);
        public static EncryptionAlgorithm RsaOaep256 { get; } = new EncryptionAlgorithm(RsaOaep256Value);

        public static bool operator ==(EncryptionAlgorithm left, EncryptionAlgorithm right) => left.Equals(right);
        public static bool operator !=(EncryptionAlgorithm left, EncryptionAlgorithm right) => !left.Equals(right);
        public static implicit operator EncryptionAlgorithm(string value) => new EncryptionAlgorithm(value);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object obj) => obj is EncryptionAlgorithm other && Equals(other);
        public bool Equals(EncryptionAlgorithm other) => string.Equals(_value, other._value, StringComparison.Ordinal);
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;
        public override string ToString() => _value;
    }

    public readonly partial struct KeyWrapAlgorithm : IEquatable<KeyWrapAlgorithm>
    {
        private const string A128KWValue = "A128KW";
        private const string A192KWValue = "A192KW";
        private const string A256KWValue = "A256KW";
        private const string CkmAesKeyWrapValue = "CKM_AES_KEY_WRAP";
        private const string CkmAesKeyWrapPadValue = "CKM_AES_KEY_WRAP_PAD";
        private const string Rsa15Value = "RSA1_5";
        private const string RsaOaepValue = "RSA-OAEP";
        private const string RsaOaep256Value = "RSA-OAEP-256";
        private readonly string _value;

        public KeyWrapAlgorithm(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static KeyWrapAlgorithm A128KW { get; } = new KeyWrapAlgorithm(A128KWValue);
        public static KeyWrapAlgorithm A192KW { get; } = new KeyWrapAlgorithm(A192KWValue);
        public static KeyWrapAlgorithm A256KW { get; } = new KeyWrapAlgorithm(A256KWValue);
        public static KeyWrapAlgorithm CkmAesKeyWrap { get; } = new KeyWrapAlgorithm(CkmAesKeyWrapValue);
        public static KeyWrapAlgorithm CkmAesKeyWrapPad { get; } = new KeyWrapAlgorithm(CkmAesKeyWrapPadValue);
        public static KeyWrapAlgorithm Rsa15 { get; } = new KeyWrapAlgorithm(Rsa15Value);
        public static KeyWrapAlgorithm RsaOaep { get; } = new KeyWrapAlgorithm(RsaOaepValue);
        public static KeyWrapAlgorithm RsaOaep256 { get; } = new KeyWrapAlgorithm(RsaOaep256Value);

        public static bool operator ==(KeyWrapAlgorithm left, KeyWrapAlgorithm right) => left.Equals(right);
        public static bool operator !=(KeyWrapAlgorithm left, KeyWrapAlgorithm right) => !left.Equals(right);
        public static implicit operator KeyWrapAlgorithm(string value) => new KeyWrapAlgorithm(value);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object obj) => obj is KeyWrapAlgorithm other && Equals(other);
        public bool Equals(KeyWrapAlgorithm other) => string.Equals(_value, other._value, StringComparison.Ordinal);
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;
        public override string ToString() => _value;
    }

    public readonly partial struct SignatureAlgorithm : IEquatable<SignatureAlgorithm>
    {
        private const string ES256Value = "ES256";
        private const string ES256KValue = "ES256K";
        private const string ES384Value = "ES384";
        private const string ES512Value = "ES512";
        private const string HS256Value = "HS256";
        private const string HS384Value = "HS384";
        private const string HS512Value = "HS512";
        private const string PS256Value = "PS256";
        private const string PS384Value = "PS384";
        private const string PS512Value = "PS512";
        private const string RS256Value = "RS256";
        private const string RS384Value = "RS384";
        private const string RS512Value = "RS512";
        private readonly string _value;

        public SignatureAlgorithm(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static SignatureAlgorithm ES256 { get; } = new SignatureAlgorithm(ES256Value);
        public static SignatureAlgorithm ES256K { get; } = new SignatureAlgorithm(ES256KValue);
        public static SignatureAlgorithm ES384 { get; } = new SignatureAlgorithm(ES384Value);
        public static SignatureAlgorithm ES512 { get; } = new SignatureAlgorithm(ES512Value);
        public static SignatureAlgorithm HS256 { get; } = new SignatureAlgorithm(HS256Value);
        public static SignatureAlgorithm HS384 { get; } = new SignatureAlgorithm(HS384Value);
        public static SignatureAlgorithm HS512 { get; } = new SignatureAlgorithm(HS512Value);
        public static SignatureAlgorithm PS256 { get; } = new SignatureAlgorithm(PS256Value);
        public static SignatureAlgorithm PS384 { get; } = new SignatureAlgorithm(PS384Value);
        public static SignatureAlgorithm PS512 { get; } = new SignatureAlgorithm(PS512Value);
        public static SignatureAlgorithm RS256 { get; } = new SignatureAlgorithm(RS256Value);
        public static SignatureAlgorithm RS384 { get; } = new SignatureAlgorithm(RS384Value);
        public static SignatureAlgorithm RS512 { get; } = new SignatureAlgorithm(RS512Value);

        public static bool operator ==(SignatureAlgorithm left, SignatureAlgorithm right) => left.Equals(right);
        public static bool operator !=(SignatureAlgorithm left, SignatureAlgorithm right) => !left.Equals(right);
        public static implicit operator SignatureAlgorithm(string value) => new SignatureAlgorithm(value);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object obj) => obj is SignatureAlgorithm other && Equals(other);
        public bool Equals(SignatureAlgorithm other) => string.Equals(_value, other._value, StringComparison.Ordinal);
        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;
        public override string ToString() => _value;
    }
}
