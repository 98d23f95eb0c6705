using System;
using System.Threading.Tasks;
using Azure.Identity;
using Azure.Security.KeyVault.Keys;
using Azure.Security.KeyVault.Keys.Cryptography;

namespace RiskyProvisioning;

/// <summary>Envelope encryption with an HSM key the way the guidance warns against: RSA1_5 padding, OAEP with SHA-1.</summary>
public sealed class EnvelopeEncryption
{
    private const string HsmEndpoint = "https://contoso.managedhsm.azure.net/";
    private const string KeyEncryptionKey = "tenant-kek";

    private readonly KeyClient _keys = new KeyClient(new Uri(HsmEndpoint), new DefaultAzureCredential());

    public async Task<byte[]> WrapDataKeyAsync(byte[] dataKey)
    {
        CryptographyClient kek = _keys.GetCryptographyClient(KeyEncryptionKey);
        WrapResult wrapped = await kek.WrapKeyAsync(KeyWrapAlgorithm.Rsa15, dataKey);          // HSM1701
        return wrapped.EncryptedKey;
    }

    public byte[] SealSecret(byte[] secret)
    {
        var kek = new CryptographyClient(new Uri(HsmEndpoint + "keys/" + KeyEncryptionKey), new DefaultAzureCredential());
        EncryptResult sealedSecret = kek.Encrypt(EncryptParameters.Rsa15Parameters(secret));  // HSM1701
        return sealedSecret.Ciphertext;
    }

    public async Task<byte[]> EncryptTokenAsync(byte[] token)
    {
        CryptographyClient kek = _keys.GetCryptographyClient(KeyEncryptionKey);
        EncryptResult encrypted = await kek.EncryptAsync(EncryptionAlgorithm.RsaOaep, token);  // HSM1702
        return encrypted.Ciphertext;
    }

    /// <summary>Reading what was wrapped with RSA1_5 needs RSA1_5: not reported.</summary>
    public async Task<byte[]> UnwrapDataKeyAsync(byte[] wrappedKey)
    {
        CryptographyClient kek = _keys.GetCryptographyClient(KeyEncryptionKey);
        UnwrapResult unwrapped = await kek.UnwrapKeyAsync(KeyWrapAlgorithm.Rsa15, wrappedKey);
        return unwrapped.Key;
    }
}
