using Microsoft.CodeAnalysis;

namespace HsmAnalyzers;

public static partial class Descriptors
{
    private const string Cryptography = "Cryptography";

    public static readonly DiagnosticDescriptor HSM1701Rsa15Padding = Create(
        RuleIdentifiers.Rsa15Padding,
        Cryptography,
        DiagnosticSeverity.Warning,
        "Do not encrypt or wrap keys with RSA1_5",
        "{0} uses RSA1_5 (RSA with PKCS#1 v1.5 padding); use RSA-OAEP-256",
        "RSA encryption and key wrapping with PKCS#1 v1.5 padding is open to padding-oracle attacks and is disallowed for key transport after 2023 by NIST SP 800-131A Rev. 2; the SDK keeps RSA1_5 for backward compatibility only and recommends RSA-OAEP-256. Decrypting or unwrapping existing RSA1_5 data still needs the old algorithm and is not reported. The practice holds for Managed HSM and vault keys alike.");

    public static readonly DiagnosticDescriptor HSM1702RsaOaepSha1 = Create(
        RuleIdentifiers.RsaOaepSha1,
        Cryptography,
        DiagnosticSeverity.Info,
        "Prefer RSA-OAEP-256 to RSA-OAEP for encryption and key wrapping",
        "{0} uses RSA-OAEP, which hashes with SHA-1; use RSA-OAEP-256",
        "The Key Vault SDK marks RSA-OAEP as not recommended, kept for backward compatibility only, because it uses SHA-1, which has known collision problems; it recommends RSA-OAEP-256 for the same RSA keys. Decrypting or unwrapping existing RSA-OAEP data still needs the old algorithm and is not reported. The practice holds for Managed HSM and vault keys alike.");
}
