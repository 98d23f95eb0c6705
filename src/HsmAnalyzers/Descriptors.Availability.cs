using Microsoft.CodeAnalysis;

namespace HsmAnalyzers;

public static partial class Descriptors
{
    private const string Availability = "Availability";

    public static readonly DiagnosticDescriptor HSM1201RegionWithoutAvailabilityZones = Create(
        RuleIdentifiers.RegionWithoutAvailabilityZones,
        Availability,
        DiagnosticSeverity.Warning,
        "Create the Managed HSM in a region with availability zones",
        "The Managed HSM is created in '{0}': {1}",
        "A Managed HSM in a region with availability zones keeps its replicas in separate datacenters of the region and survives the loss of one. The option hsm_analyzers.allowed_regions, when set, lists exactly the regions the team accepts.");

    public static readonly DiagnosticDescriptor HSM1202NoSecondRegion = Create(
        RuleIdentifiers.NoSecondRegion,
        Availability,
        DiagnosticSeverity.Info,
        "Replicate the Managed HSM to a second region",
        "The Managed HSM created here has no second region in Properties.Regions",
        "Multi-region replication keeps the HSM's keys available for reads and cryptographic operations when its primary region is down. Off by default: not every HSM needs it, and it costs a second HSM pool.",
        isEnabledByDefault: false);

    public static readonly DiagnosticDescriptor HSM1203NoBackup = Create(
        RuleIdentifiers.NoBackup,
        Availability,
        DiagnosticSeverity.Warning,
        "Back up the Managed HSM",
        "This project creates a Managed HSM but never starts a full backup (KeyVaultBackupClient.StartBackup or StartBackupAsync)",
        "A Managed HSM that is never backed up cannot be restored after a disaster or a mistake that deletes its keys. The rule looks at the whole project: it is reported when no code of the project starts a backup.",
        isEnabledByDefault: true,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor HSM1204BackupOperationDropped = Create(
        RuleIdentifiers.BackupOperationDropped,
        Availability,
        DiagnosticSeverity.Warning,
        "Wait for the backup or restore operation to complete",
        "The result of '{0}' is dropped: nothing waits for the operation or checks whether it succeeded",
        "StartBackup, StartRestore and StartSelectiveKeyRestore only start a long-running operation. A backup that fails, for example because the HSM's identity cannot write to the storage account, goes unnoticed unless the code waits for the operation or checks its status.");

    public static readonly DiagnosticDescriptor HSM1205BackupSasToken = Create(
        RuleIdentifiers.BackupSasToken,
        Availability,
        DiagnosticSeverity.Warning,
        "Back up and restore with the HSM's managed identity, not a SAS token",
        "'{0}' is given a SAS token; pass none, so that the HSM's managed identity reaches the storage account",
        "When no SAS token is passed, the service uses the Managed HSM's managed identity to reach the storage account. A SAS token is a bearer secret that must be created, stored, rotated and kept from leaking.");

    public static readonly DiagnosticDescriptor HSM1206SasTokenInSource = Create(
        RuleIdentifiers.SasTokenInSource,
        Availability,
        DiagnosticSeverity.Error,
        "Do not write SAS tokens in source code",
        "This string holds a SAS token with its signature (sig=); anyone who reads the source can use it",
        "A shared access signature written in source code is a credential in plain text: it is copied into every clone, build log and package, and it stays valid until it expires or its key is rotated. Use the HSM's managed identity, or read the token from a secret store at run time.");
}
