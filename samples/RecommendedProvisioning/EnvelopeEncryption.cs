using System;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Azure.Identity;
using Azure.Security.KeyVault.Keys;
using Azure.Security.KeyVault.Keys.Cryptography;

namespace RecommendedProvisioning;

/// <summary>Envelope encryption with an HSM key: data keys wrapped with RSA-OAEP-256, signatures with RSA-PSS. The
/// algorithm is stored with the wrapped key, so that data wrapped before a migration can still be unwrapped.</summary>
public sealed class EnvelopeEncryption
{
    private const string HsmEndpoint = "https://contoso.managedhsm.azure.net/";
    private const string KeyEncryptionKey = "tenant-kek";
    private const string SigningKey = "release-signing";

    private readonly KeyClient _keys = new KeyClient(new Uri(HsmEndpoint), new DefaultAzureCredential());

    public async Task<(byte[] WrappedKey, string Algorithm)> WrapDataKeyAsync(byte[] dataKey)
    {
        CryptographyClient kek = _keys.GetCryptographyClient(KeyEncryptionKey);
        WrapResult wrapped = await kek.WrapKeyAsync(KeyWrapAlgorithm.RsaOaep256, dataKey);
        return (wrapped.EncryptedKey, wrapped.Algorithm.ToString());
    }

    public async Task<byte[]> UnwrapDataKeyAsync(byte[] wrappedKey, string algorithm)
    {
        CryptographyClient kek = _keys.GetCryptographyClient(KeyEncryptionKey);
        UnwrapResult unwrapped = await kek.UnwrapKeyAsync(new KeyWrapAlgorithm(algorithm), wrappedKey);
        return unwrapped.Key;
    }

    public async Task<byte[]> SignAsync(byte[] document)
    {
        CryptographyClient signer = _keys.GetCryptographyClient(SigningKey);
        using var sha256 = SHA256.Create();
        SignResult signature = await signer.SignAsync(SignatureAlgorithm.PS256, sha256.ComputeHash(document));
        return signature.Signature;
    }

    public async Task<bool> VerifyAsync(byte[] document, byte[] signature)
    {
        CryptographyClient signer = _keys.GetCryptographyClient(SigningKey);
        VerifyResult result = await signer.VerifyDataAsync(SignatureAlgorithm.PS256, document, signature);
        return result.IsValid;
    }
}
