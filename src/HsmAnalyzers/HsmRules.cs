using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using HsmAnalyzers.Rules;

namespace HsmAnalyzers;

/// <summary>Every rule of the package, in ID order. A new rule is added here; the hosts take their share of it.</summary>
internal static class HsmRules
{
    /// <summary>New instances, for one host.</summary>
    public static ImmutableArray<HsmRule> Create() => ImmutableArray.Create<HsmRule>(
    [
        new HSM1001PurgeProtectionRule(),
        new HSM1002SoftDeleteDisabledRule(),
        new HSM1003SoftDeleteRetentionRangeRule(),
        new HSM1004SoftDeleteRetentionMinimumRule(),
        new HSM1005PurgeRule(),
        new HSM1101InitialAdminNotAGroupRule(),
        new HSM1102KeyRoleAtBroadScopeRule(),
        new HSM1103AdminRoleNotToAGroupRule(),
        new HSM1104PrivilegedAzureRoleToUserRule(),
        new HSM1105OverbroadCustomRoleRule(),
        new HSM1106SeveralDataPlaneRolesRule(),
        new HSM1201RegionWithoutAvailabilityZonesRule(),
        new HSM1202NoSecondRegionRule(),
        new HSM1203NoBackupRule(),
        new HSM1204BackupOperationDroppedRule(),
        new HSM1205BackupSasTokenRule(),
        new HSM1206SasTokenInSourceRule(),
        new HSM1301NoAuditLogsRule(),
        new HSM1302AuditCategoryRule(),
        new HSM1303DiagnosticSettingDestinationRule(),
        new HSM1304NoAlertRuleRule(),
        new HSM1401PublicNetworkAccessRule(),
        new HSM1402FirewallDefaultAllowRule(),
        new HSM1501KeyWithoutExpiryRule(),
        new HSM1502KeyWithoutRotationPolicyRule(),
        new HSM1503InvalidRotationPolicyRule(),
        new HSM1504WeakKeyRule(),
        new HSM1506ExportableKeyReleasePolicyRule(),
        new HSM1507SecretsOrCertificatesOnManagedHsmRule(),
        new HSM1508KeyManagementThroughArmRule(),
        new HSM1601ClientSecretInSourceRule(),
        new HSM1701Rsa15PaddingRule(),
        new HSM1702RsaOaepSha1Rule(),
    ]);
}
