namespace HsmAnalyzers;

/// <summary>Every rule ID, banded by area: 10xx recovery, 11xx access control, 12xx availability and backup,
/// 13xx logging, 14xx network, 15xx keys, 16xx credentials.</summary>
public static class RuleIdentifiers
{
    public const string PurgeProtectionDisabled = "HSM1001";
    public const string SoftDeleteDisabled = "HSM1002";
    public const string SoftDeleteRetentionOutOfRange = "HSM1003";
    public const string SoftDeleteRetentionBelowMinimum = "HSM1004";
    public const string PermanentPurge = "HSM1005";

    public const string InitialAdminNotAGroup = "HSM1101";
    public const string KeyRoleAtBroadScope = "HSM1102";
    public const string AdminRoleNotToAGroup = "HSM1103";
    public const string PrivilegedAzureRoleToUser = "HSM1104";
    public const string OverbroadCustomRole = "HSM1105";
    public const string SeveralDataPlaneRoles = "HSM1106";

    public const string RegionWithoutAvailabilityZones = "HSM1201";
    public const string NoSecondRegion = "HSM1202";
    public const string NoBackup = "HSM1203";
    public const string BackupOperationDropped = "HSM1204";
    public const string BackupSasToken = "HSM1205";
    public const string SasTokenInSource = "HSM1206";

    public const string NoAuditLogs = "HSM1301";
    public const string AuditLogsNotEnabled = "HSM1302";
    public const string DiagnosticSettingWithoutDestination = "HSM1303";
    public const string NoAlertRule = "HSM1304";

    public const string PublicNetworkAccessEnabled = "HSM1401";
    public const string FirewallDefaultAllow = "HSM1402";

    public const string KeyWithoutExpiry = "HSM1501";
    public const string KeyWithoutRotationPolicy = "HSM1502";
    public const string InvalidRotationPolicy = "HSM1503";
    public const string WeakKey = "HSM1504";
    public const string ExportableKeyWithoutImmutableReleasePolicy = "HSM1506";
    public const string SecretsOrCertificatesOnManagedHsm = "HSM1507";
    public const string KeyManagementThroughArm = "HSM1508";

    public const string ClientSecretInSource = "HSM1601";

    public const string Rsa15Padding = "HSM1701";
    public const string RsaOaepSha1 = "HSM1702";
}
