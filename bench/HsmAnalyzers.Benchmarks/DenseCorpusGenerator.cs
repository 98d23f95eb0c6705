using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace HsmAnalyzers.Benchmarks;

/// <summary>The dense corpus of issue 14: every file is provisioning code of a key-management service, and every file
/// exercises every rule family (creation and protection of the HSM, role assignments and definitions, keys with
/// options and rotation policies, backups and restores, diagnostic settings, alert rules, network rules, SAS tokens,
/// settings, vault and HSM clients side by side, credentials). What each file gets right or wrong varies with its
/// index, so compliant and risky code are mixed; the compliant variant is the same code with every choice made the
/// recommended way, where HsmAnalyzers find nothing (the state of a project that has taken their fixes).
/// Deterministic: the same index gives the same text.</summary>
internal static class DenseCorpusGenerator
{
    private static readonly string[] Regions = ["WestEurope", "NorthEurope", "UKWest", "EastUS", "WestCentralUS", "SwedenCentral"];

    private static readonly string[] ZoneRedundantRegions = ["WestEurope", "NorthEurope", "EastUS", "SwedenCentral"];

    private static readonly string[] Roles =
    [
        "21dbd100-6940-42c2-9190-5d6cb909625b", // Managed HSM Crypto User
        "515eb02d-2335-4d2d-92f2-b1cbdf9c3778", // Managed HSM Crypto Officer
        "a290e904-7015-4bba-90c8-60543313cdb4", // Managed HSM Administrator
        "33413926-3206-4cdd-b39a-83574fe37a17", // Managed HSM Crypto Service Encryption User
    ];

    /// <summary>The assemblies a dense file compiles against besides those of the hit corpora: HSM1507 needs a
    /// <c>SecretClient</c>, HSM1601 a <c>ClientSecretCredential</c>.</summary>
    public static readonly string[] ExtraAssemblies = ["Azure.Identity", "Azure.Security.KeyVault.Secrets"];

    public static List<(string Path, string Text)> Files(int count, bool compliant = false)
    {
        var files = new List<(string, string)>(count);
        for (var i = 0; i < count; i++)
        {
            files.Add(($"src/Provisioning{i % 50}/KeyService{i}.cs", Usings + Unit(i, compliant)));
        }

        return files;
    }

    /// <summary>One file of at least <paramref name="lines"/> lines: dense units one after the other.</summary>
    public static (string Path, string Text) SingleFile(int lines)
    {
        var text = new StringBuilder(Usings);
        for (var i = 0; CorpusGenerator.CountLines(text.ToString()) < lines; i++)
        {
            text.Append(Unit(i));
        }

        return ($"src/DenseProvisioning{lines}.cs", text.ToString());
    }

    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Azure;
        using Azure.Core;
        using Azure.Identity;
        using Azure.ResourceManager;
        using Azure.ResourceManager.Authorization;
        using Azure.ResourceManager.Authorization.Models;
        using Azure.ResourceManager.KeyVault;
        using Azure.ResourceManager.KeyVault.Models;
        using Azure.ResourceManager.Monitor;
        using Azure.ResourceManager.Monitor.Models;
        using Azure.ResourceManager.Resources;
        using Azure.Security.KeyVault.Administration;
        using Azure.Security.KeyVault.Keys;
        using Azure.Security.KeyVault.Secrets;

        """;

    /// <summary>One key-management service class of about 200 lines, in its own block-scoped namespace.</summary>
    private static string Unit(int i, bool compliant = false)
    {
        var n = i.ToString(CultureInfo.InvariantCulture);
        string Pick(params string[] choices) => choices[i % choices.Length];
        bool Every(int k, int offset = 0) => i % k == offset;

        // A choice among options of which those at the indexes `recommended` follow the practices: the compliant
        // variant picks among those only.
        string Vary(string[] choices, params int[] recommended) => compliant ? choices[recommended[i % recommended.Length]] : Pick(choices);

        // Code that goes against a practice in one file of k: never in the compliant variant.
        bool Risky(int k, int offset = 0) => !compliant && Every(k, offset);

        var region = compliant ? ZoneRedundantRegions[i % ZoneRedundantRegions.Length] : Regions[i % Regions.Length];
        var retention = Vary(["90", "RetentionDays", "30", "120", "7"], 0, 1);
        var relaxedRetention = compliant ? "RetentionDays" : "30";
        var purgeProtection = Risky(3, 1) ? string.Empty : "properties.EnablePurgeProtection = true;";
        var publicAccess = Vary(["ManagedHsmPublicNetworkAccess.Disabled", "ManagedHsmPublicNetworkAccess.Enabled", "\"Disabled\""], 0, 2);
        var defaultAction = Vary(["ManagedHsmNetworkRuleAction.Deny", "ManagedHsmNetworkRuleAction.Deny", "ManagedHsmNetworkRuleAction.Allow"], 0);
        var secondRegion = Every(2) ? "properties.Regions.Add(new ManagedHsmGeoReplicatedRegion { Name = \"northeurope\" });" : string.Empty;
        var admin = Vary(["AdminGroupObjectId", "adminObjectId", "signedInUserObjectId"], 0);
        var scope = Vary(["KeyVaultRoleScope.Keys", "KeyVaultRoleScope.Global", "new KeyVaultRoleScope(key.Id)", "\"/keys/\" + name"], 2);
        var role = Roles[i % Roles.Length];
        var keySize = Vary(["3072", "2048", "4096"], 0, 2);
        var hardware = Risky(5, 2) ? "false" : "true";
        var expiry = Risky(4, 3) ? string.Empty : "ExpiresOn = DateTimeOffset.UtcNow.AddYears(2),";
        var exportable = Risky(6, 5) ? "Exportable = true, ReleasePolicy = new KeyReleasePolicy(releasePolicy)," : string.Empty;
        var rotateAfter = Vary(["TimeBeforeExpiry = \"P30D\"", "TimeAfterCreate = \"P90D\"", "TimeAfterCreate = \"P7D\"", "TimeBeforeExpiry = \"P1Y\""], 0, 1);
        var rotation = Risky(4, 1)
            ? string.Empty
            : $$"""
                            await keys.UpdateKeyRotationPolicyAsync(name, new KeyRotationPolicy
                            {
                                ExpiresIn = "P2Y",
                                LifetimeActions = { new KeyRotationLifetimeAction(KeyRotationPolicyAction.Rotate) { {{rotateAfter}} } },
                            }, cancellationToken);
                """;
        var sas = Risky(4, 2) ? "sasToken" : "null";
        var wait = Risky(5, 4) ? string.Empty : "await backup.WaitForCompletionAsync(cancellationToken);";
        var logs = Vary(
            [
                "Logs = { new LogSettings(true) { CategoryGroup = \"audit\" } },",
                "Logs = { new LogSettings(true) { Category = \"AuditEvent\" } },",
                "Logs = { new LogSettings(false) { CategoryGroup = \"audit\" } },",
                "Metrics = { new MetricSettings(true) { Category = \"AllMetrics\" } },",
            ],
            0,
            1);
        var destination = Risky(7, 6) ? string.Empty : "WorkspaceId = workspace,";
        var armKeys = Risky(8, 7) ? "true" : "false";
        var adminPrincipal = Vary(["AdminGroupObjectId", "adminUserObjectId", "groupObjectId"], 0);
        var secondRole = Risky(4, 1)
            ? "await client.CreateRoleAssignmentAsync(KeyVaultRoleScope.Keys, \"21dbd100-6940-42c2-9190-5d6cb909625b\", groupObjectId, cancellationToken: cancellationToken);"
            : string.Empty;
        var principalType = Vary(["RoleManagementPrincipalType.ServicePrincipal", "RoleManagementPrincipalType.Group", "RoleManagementPrincipalType.User"], 0, 1);
        var dataActions = Vary(
            [
                "KeyVaultDataAction.EncryptHsmKey, KeyVaultDataAction.DecryptHsmKey",
                "KeyVaultDataAction.SignHsmKey, KeyVaultDataAction.VerifyHsmKey",
                "KeyVaultDataAction.EncryptHsmKey, KeyVaultDataAction.ExportHsmKey",
            ],
            0,
            1);
        var legacyKey = compliant
            ? $"{Vary(["KeyType.RsaHsm", "KeyType.Rsa", "KeyType.EcHsm"], 0, 2)}, new CreateKeyOptions {{ ExpiresOn = DateTimeOffset.UtcNow.AddYears(1) }}, cancellationToken"
            : $"{Pick("KeyType.RsaHsm", "KeyType.Rsa", "KeyType.EcHsm")}, cancellationToken: cancellationToken";
        var purge = Risky(9, 8) ? "await keys.PurgeDeletedKeyAsync(name, cancellationToken);" : "Record(\"kept \" + name);";
        var endpoint = Every(2) ? "https://contoso-" + n + ".managedhsm.azure.net/" : "https://contoso-" + n + ".vault.azure.net/";

        return $$"""
            namespace Contoso.KeyManagement.Provisioning{{i % 50}}
            {
                public sealed class KeyService{{n}}
                {
                    private const int RetentionDays = 90;
                    private const string AdminGroupObjectId = "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b";
                    private const string RoleId = "{{role}}";
                    private const string Endpoint = "{{endpoint}}";
                    private readonly List<string> _log = new();
                    private readonly KeyClient _keys = new KeyClient(new Uri(Endpoint), new DefaultAzureCredential());

                    public IReadOnlyList<string> Log => _log;

                    public async Task<ManagedHsmResource> ProvisionAsync(ResourceGroupResource group, Guid tenantId, string adminObjectId, string signedInUserObjectId, CancellationToken cancellationToken)
                    {
                        var data = BuildData(tenantId, adminObjectId, signedInUserObjectId);
                        data.Tags["owner"] = "platform";
                        data.Tags["service"] = "keys-{{n}}";
                        Record("provisioning " + adminObjectId);
                        var operation = await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "contoso-hsm-{{n}}", data, cancellationToken);
                        return operation.Value;
                    }

                    public ManagedHsmResource Harden(ManagedHsmResource hsm, bool relaxed)
                    {
                        var data = hsm.Data;
                        data.Properties.EnableSoftDelete = {{(Risky(10, 3) ? "false" : "true")}};
                        data.Properties.SoftDeleteRetentionInDays = relaxed ? {{relaxedRetention}} : {{retention}};
                        data.Properties.PublicNetworkAccess = {{publicAccess}};
                        data.Properties.NetworkRuleSet = new ManagedHsmNetworkRuleSet
                        {
                            DefaultAction = {{defaultAction}},
                            Bypass = ManagedHsmNetworkRuleBypassOption.AzureServices,
                            IPRules = { new ManagedHsmIPRule("10.{{i % 250}}.0.0/16") },
                        };
                        if (relaxed)
                        {
                            data.Tags["relaxed"] = "true";
                        }

                        return hsm.Update(WaitUntil.Completed, data).Value;
                    }

                    public async Task<IReadOnlyList<string>> AssignRolesAsync(Uri hsmUri, TokenCredential credential, IEnumerable<string> principals, string groupObjectId, string adminUserObjectId, string name, CancellationToken cancellationToken)
                    {
                        var client = new KeyVaultAccessControlClient(hsmUri, credential);
                        var key = (await _keys.GetKeyAsync(name, cancellationToken: cancellationToken)).Value;
                        var names = new List<string>();
                        foreach (var principal in principals.Distinct(StringComparer.Ordinal))
                        {
                            var assignment = await client.CreateRoleAssignmentAsync({{scope}}, RoleId, principal, cancellationToken: cancellationToken);
                            names.Add(assignment.Value.Name);
                            Record("assigned " + principal);
                        }

                        await client.CreateRoleAssignmentAsync(KeyVaultRoleScope.Keys, "515eb02d-2335-4d2d-92f2-b1cbdf9c3778", groupObjectId, cancellationToken: cancellationToken);
                        await client.CreateRoleAssignmentAsync(KeyVaultRoleScope.Global, "a290e904-7015-4bba-90c8-60543313cdb4", {{adminPrincipal}}, cancellationToken: cancellationToken);
                        {{secondRole}}
                        return names;
                    }

                    public async Task DefineOperatorRoleAsync(KeyVaultAccessControlClient accessControl, CancellationToken cancellationToken)
                    {
                        var options = new CreateOrUpdateRoleDefinitionOptions(KeyVaultRoleScope.Global)
                        {
                            RoleName = "Operator {{n}}",
                            Description = "Uses the payment keys",
                        };
                        var permission = new KeyVaultPermission { DataActions = { {{dataActions}} } };
                        options.Permissions.Add(permission);
                        await accessControl.CreateOrUpdateRoleDefinitionAsync(options, cancellationToken);
                    }

                    public async Task GrantOwnerAsync(ManagedHsmResource hsm, Guid principalId, CancellationToken cancellationToken)
                    {
                        var roleDefinitionId = new ResourceIdentifier($"/subscriptions/{hsm.Id.SubscriptionId}/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635");
                        var content = new RoleAssignmentCreateOrUpdateContent(roleDefinitionId, principalId)
                        {
                            PrincipalType = {{principalType}},
                            Description = "owner of key service {{n}}",
                        };
                        await hsm.GetRoleAssignments().CreateOrUpdateAsync(WaitUntil.Completed, Guid.NewGuid().ToString(), content, cancellationToken);
                    }

                    public async Task<string> CreateKeyAsync(Uri hsmUri, TokenCredential credential, string name, BinaryData releasePolicy, CancellationToken cancellationToken)
                    {
                        var keys = new KeyClient(hsmUri, credential);
                        var options = new CreateRsaKeyOptions(name, hardwareProtected: {{hardware}})
                        {
                            KeySize = {{keySize}},
                            {{expiry}}
                            {{exportable}}
                        };
                        options.Tags["service"] = "keys-{{n}}";
                        var key = await keys.CreateRsaKeyAsync(options, cancellationToken);
            {{rotation}}
                        Record("created " + name);
                        return key.Value.Id.ToString();
                    }

                    public async Task CreateSigningKeysAsync(string name, CancellationToken cancellationToken)
                    {
                        await _keys.CreateEcKeyAsync(new CreateEcKeyOptions(name + "-ec", hardwareProtected: true) { ExpiresOn = DateTimeOffset.UtcNow.AddYears(1) }, cancellationToken);
                        await _keys.CreateKeyAsync(name + "-legacy", {{legacyKey}});
                        await _keys.UpdateKeyRotationPolicyAsync(name + "-ec", new KeyRotationPolicy { ExpiresIn = "P1Y", LifetimeActions = { new KeyRotationLifetimeAction(KeyRotationPolicyAction.Rotate) { TimeBeforeExpiry = "P30D" } } }, cancellationToken);
                    }

                    public async Task RetireKeyAsync(KeyClient keys, string name, CancellationToken cancellationToken)
                    {
                        var deletion = await keys.StartDeleteKeyAsync(name, cancellationToken);
                        await deletion.WaitForCompletionAsync(cancellationToken);
                        {{purge}}
                    }

                    public async Task<Uri> BackupAsync(Uri hsmUri, TokenCredential credential, Uri container, string sasToken, CancellationToken cancellationToken)
                    {
                        var client = new KeyVaultBackupClient(hsmUri, credential);
                        var backup = await client.StartBackupAsync(container, {{sas}}, cancellationToken);
                        {{wait}}
                        Record("backup of " + hsmUri);
                        return backup.HasCompleted ? backup.Value.FolderUri : container;
                    }

                    public async Task RestoreAsync(KeyVaultBackupClient client, Uri folder, CancellationToken cancellationToken)
                    {
                        var restore = await client.StartRestoreAsync(folder, {{(Risky(6, 1) ? "\"sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2026-01-01T00:00:00Z&sig=AbCdEfGh1234567890%2Bxyz%3D\"" : "cancellationToken: cancellationToken")}});
                        await restore.WaitForCompletionAsync(cancellationToken);
                    }

                    public async Task<DiagnosticSettingResource> SendLogsAsync(ArmClient arm, ManagedHsmResource hsm, ResourceIdentifier workspace, CancellationToken cancellationToken)
                    {
                        var data = new DiagnosticSettingData
                        {
                            {{destination}}
                            LogAnalyticsDestinationType = "Dedicated",
                            {{logs}}
                        };
                        var operation = await arm.GetDiagnosticSettings(hsm.Id).CreateOrUpdateAsync(WaitUntil.Completed, "hsm-audit-{{n}}", data, cancellationToken);
                        Record("diagnostics " + hsm.Id);
                        return operation.Value;
                    }

                    public async Task AlertOnAvailabilityAsync(ResourceGroupResource group, ManagedHsmResource hsm, MetricAlertCriteria availabilityBelow99, CancellationToken cancellationToken)
                    {
                        var alert = new MetricAlertData(
                            AzureLocation.{{region}},
                            severity: 1,
                            isEnabled: true,
                            scopes: new[] { hsm.Id.ToString() },
                            evaluationFrequency: TimeSpan.FromMinutes(5),
                            windowSize: TimeSpan.FromMinutes(15),
                            criteria: availabilityBelow99);
                        await group.GetMetricAlerts().CreateOrUpdateAsync(WaitUntil.Completed, "hsm-availability-{{n}}", alert, cancellationToken);
                    }

                    public void ConfigureSettings(Uri hsmUri, TokenCredential credential) =>
                        new KeyVaultSettingsClient(hsmUri, credential).UpdateSetting(new KeyVaultSetting("AllowKeyManagementOperationsThroughARM", {{armKeys}}));

                    public SecretClient Secrets(TokenCredential credential) =>
                        new SecretClient(new Uri({{(Risky(3, 2) ? "Endpoint" : "\"https://contoso-" + n + ".vault.azure.net/\"")}}), credential);

                    public TokenCredential Credential(string secret) =>
                        new ClientSecretCredential("contoso-tenant", "key-service-{{n}}", {{(Risky(11, 10) ? "\"Zx8Q~lQ3sD9vF2hJ7kL0pR5tW1yB4nM6cX8aE2gI\"" : "secret")}});

                    public IReadOnlyList<string> Summary(IEnumerable<KeyProperties> keys) =>
                        keys.Where(k => k.Enabled == true).OrderBy(k => k.Name, StringComparer.Ordinal).Select(k => $"{k.Name} {k.ExpiresOn:O}").ToList();

                    private static ManagedHsmData BuildData(Guid tenantId, string adminObjectId, string signedInUserObjectId)
                    {
                        var properties = new ManagedHsmProperties
                        {
                            TenantId = tenantId,
                            InitialAdminObjectIds = { {{admin}} },
                            SoftDeleteRetentionInDays = {{retention}},
                            PublicNetworkAccess = {{publicAccess}},
                            NetworkRuleSet = new ManagedHsmNetworkRuleSet { DefaultAction = {{defaultAction}} },
                        };
                        {{purgeProtection}}
                        {{secondRegion}}

                        return new ManagedHsmData(AzureLocation.{{region}})
                        {
                            Sku = new ManagedHsmSku(ManagedHsmSkuFamily.B, ManagedHsmSkuName.StandardB1),
                            Properties = properties,
                        };
                    }

                    private void Record(string message) => _log.Add($"{DateTimeOffset.UtcNow:O} {message}");
                }
            }

            """;
    }
}
