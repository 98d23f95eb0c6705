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
}
