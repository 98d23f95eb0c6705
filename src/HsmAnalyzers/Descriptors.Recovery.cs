using Microsoft.CodeAnalysis;

namespace HsmAnalyzers;

public static partial class Descriptors
{
    private const string Recovery = "Recovery";

    public static readonly DiagnosticDescriptor HSM1001PurgeProtectionDisabled = Create(
        RuleIdentifiers.PurgeProtectionDisabled,
        Recovery,
        DiagnosticSeverity.Warning,
        "Enable purge protection on the Managed HSM",
        "Purge protection is off for this Managed HSM: {0}",
        "A Managed HSM without purge protection can be purged during its soft-delete retention period, destroying every key in it for good. Purge protection is off unless EnablePurgeProtection is set to true.");

    public static readonly DiagnosticDescriptor HSM1002SoftDeleteDisabled = Create(
        RuleIdentifiers.SoftDeleteDisabled,
        Recovery,
        DiagnosticSeverity.Error,
        "Do not disable soft delete on a Managed HSM",
        "Do not set EnableSoftDelete to false: a deleted Managed HSM and its keys must stay recoverable",
        "Soft delete keeps a deleted Managed HSM and its keys recoverable for the retention period. Managed HSM requires it; setting EnableSoftDelete to false is either rejected by the service or removes the last chance to recover from an accidental delete.");

    public static readonly DiagnosticDescriptor HSM1003SoftDeleteRetentionOutOfRange = Create(
        RuleIdentifiers.SoftDeleteRetentionOutOfRange,
        Recovery,
        DiagnosticSeverity.Error,
        "Soft-delete retention must be between 7 and 90 days",
        "SoftDeleteRetentionInDays is {0}; Managed HSM accepts 7 to 90 days",
        "Managed HSM accepts a soft-delete retention of 7 to 90 days, fixed when the HSM is created. A value outside that range makes the deployment fail.");

    public static readonly DiagnosticDescriptor HSM1004SoftDeleteRetentionBelowMinimum = Create(
        RuleIdentifiers.SoftDeleteRetentionBelowMinimum,
        Recovery,
        DiagnosticSeverity.Warning,
        "Keep deleted Managed HSMs recoverable for the team's minimum retention",
        "SoftDeleteRetentionInDays is {0}, below the minimum of {1} days",
        "The soft-delete retention is fixed when the HSM is created and is the only window in which a deleted HSM can be recovered. The minimum is set by the option hsm_analyzers.minimum_soft_delete_retention_days (default 90, the service maximum).");

    public static readonly DiagnosticDescriptor HSM1005PermanentPurge = Create(
        RuleIdentifiers.PermanentPurge,
        Recovery,
        DiagnosticSeverity.Warning,
        "Avoid permanently purging Managed HSMs and keys in code",
        "'{0}' permanently destroys a deleted {1}; it cannot be recovered afterwards",
        "Purging a deleted Managed HSM or key destroys it for good, outside the soft-delete safety net; a key purged from a vault is gone as surely as one purged from a Managed HSM, so every KeyClient counts. Purges belong in a reviewed, manual procedure, not in application or provisioning code.");
}
