using Microsoft.CodeAnalysis;

namespace HsmAnalyzers;

public static partial class Descriptors
{
    private const string Keys = "Keys";

    public static readonly DiagnosticDescriptor HSM1501KeyWithoutExpiry = Create(
        RuleIdentifiers.KeyWithoutExpiry,
        Keys,
        DiagnosticSeverity.Warning,
        "Give keys an expiration date",
        "This key is created without an expiration date: {0}",
        "A key without ExpiresOn stays valid for ever. Microsoft's guidance and Azure Policy (built-ins for vault and Managed HSM keys alike) ask every key to expire, so that its use is bounded and its rotation planned. Reported for any KeyClient, whatever its endpoint. The fix sets ExpiresOn the number of years ahead of the option hsm_analyzers.key_lifetime_years (default 2).");

    public static readonly DiagnosticDescriptor HSM1502KeyWithoutRotationPolicy = Create(
        RuleIdentifiers.KeyWithoutRotationPolicy,
        Keys,
        DiagnosticSeverity.Warning,
        "Give keys a rotation policy",
        "Key '{0}' is created, but this project never sets a rotation policy for it with UpdateKeyRotationPolicy",
        "Keys should rotate automatically, at least every two years, on a vault as on a Managed HSM. A key is rotated by the service only when a rotation policy with a Rotate action is set on it with KeyClient.UpdateKeyRotationPolicy. Reported for any KeyClient, whatever its endpoint, once per key name with the other creations of that name as additional locations. The rule needs the whole project, so it reports in builds and full-solution analysis.",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor HSM1503InvalidRotationPolicy = Create(
        RuleIdentifiers.InvalidRotationPolicy,
        Keys,
        DiagnosticSeverity.Warning,
        "Give the key rotation policy valid durations",
        "This key rotation policy cannot be right: {0}",
        "A key rotation policy's durations are ISO-8601 durations (P90D, P2Y, P1Y6M). The service rejects malformed ones, the guidance asks rotation no sooner than 28 days after creation, and a rotation scheduled after the key expires never happens. A Warning, not an Error: the 28-day floor is guidance, not a documented rejection.");

    public static readonly DiagnosticDescriptor HSM1504WeakKey = Create(
        RuleIdentifiers.WeakKey,
        Keys,
        DiagnosticSeverity.Warning,
        "Use strong key sizes and allowed curves",
        "{0}",
        "RSA keys should be at least 3072 bits (option hsm_analyzers.minimum_rsa_key_size), symmetric (oct) keys 256 bits, and elliptic-curve keys should use an allowed curve (option hsm_analyzers.allowed_curves, default P-256, P-256K, P-384, P-521), as Azure Policy's key definitions ask for vault and Managed HSM keys alike. Reported for any KeyClient, whatever its endpoint.");

    public static readonly DiagnosticDescriptor HSM1506ExportableKeyWithoutImmutableReleasePolicy = Create(
        RuleIdentifiers.ExportableKeyWithoutImmutableReleasePolicy,
        Keys,
        DiagnosticSeverity.Warning,
        "Give exportable keys an immutable release policy",
        "This exportable key {0}",
        "An exportable key can leave the HSM through secure key release, to whoever its release policy admits. The service (vault or Managed HSM) requires a release policy on exportable keys, and a policy that is not immutable can be widened later by anyone allowed to update the key. Reported for any KeyClient, whatever its endpoint.");

    public static readonly DiagnosticDescriptor HSM1507SecretsOrCertificatesOnManagedHsm = Create(
        RuleIdentifiers.SecretsOrCertificatesOnManagedHsm,
        Keys,
        DiagnosticSeverity.Error,
        "Do not point secret or certificate clients at a Managed HSM",
        "This {0} is pointed at a Managed HSM endpoint; Managed HSM holds keys only, not secrets or certificates",
        "Managed HSM stores cryptographic keys only. Secrets and certificates belong in a Key Vault vault: a SecretClient or CertificateClient pointed at a Managed HSM fails on every call.");

    public static readonly DiagnosticDescriptor HSM1508KeyManagementThroughArm = Create(
        RuleIdentifiers.KeyManagementThroughArm,
        Keys,
        DiagnosticSeverity.Warning,
        "Keep key management through ARM off on the Managed HSM",
        "This setting lets Azure Resource Manager manage the Managed HSM's keys (AllowKeyManagementOperationsThroughARM = true)",
        "With AllowKeyManagementOperationsThroughARM on, anyone with Azure control-plane rights on the HSM can create and manage its keys through ARM, outside the HSM's local RBAC. Keep it off so that key management stays with the HSM's own roles.");
}
