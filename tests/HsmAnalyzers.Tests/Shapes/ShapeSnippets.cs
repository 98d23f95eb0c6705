using System.Collections.Immutable;
using System.Linq;

namespace HsmAnalyzers.Tests.Shapes;

/// <summary>
/// The table of canonical snippets of the rules that follow values (through <c>ConstantValues</c>,
/// <c>ExtensibleEnumValue</c>, <c>AzureLocations</c>, <c>ManagedHsmRoles</c> or <c>ConfigurationTracker</c>), each in a
/// non-compliant and a compliant form. A new rule is one or two entries here; every transformation that applies runs on it.
/// </summary>
public static class ShapeSnippets
{
    private const string HsmKeys = "var keys = new KeyClient(new Uri(\"https://contoso.managedhsm.azure.net/\"), credential);";
    private const string CryptoUser = "21dbd100-6940-42c2-9190-5d6cb909625b";
    private const string OwnerRoleId = "/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
    private const string ReaderRoleId = "/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7";

    private const string CreateHsm = "await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, \"hsm\", {VALUE});";
    private const string CreateHsmNamed = "await group.GetManagedHsms().CreateOrUpdateAsync(data: {VALUE}, name: \"hsm\", waitUntil: WaitUntil.Completed);";

    private const string Cryptography = "Azure.Security.KeyVault.Keys.Cryptography";

    private const string CryptoOfficer = "515eb02d-2335-4d2d-92f2-b1cbdf9c3778";
    private const string AdministratorRole = "a290e904-7015-4bba-90c8-60543313cdb4";
    private const string AdminGroup = "5b7c1f0e-2a43-4d8e-9f61-0c2d3e4f5a6b";
    private const string SomeUser = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";
    private const string VaultId = "/subscriptions/0000/resourceGroups/ops/providers/Microsoft.KeyVault/vaults/contoso-kv";
    private const string WorkspaceId = "/subscriptions/0000/resourceGroups/ops/providers/Microsoft.OperationalInsights/workspaces/ops";

    /// <summary>The team's administrator group, which HSM1101 and HSM1103 judge a constant principal against.</summary>
    private static readonly ImmutableDictionary<string, string> AdminGroupConfigured =
        ImmutableDictionary<string, string>.Empty.Add("hsm_analyzers.admin_group_object_ids", AdminGroup);

    private const string Declare = "var infrastructure = new Infrastructure(); var hsm = new ManagedHsm(\"hsm\") { Properties = new ManagedHsmProperties { TenantId = Guid.Empty, {PROPERTY} } }; infrastructure.Add(hsm);";
    private const string DeclareAssigned = "var infrastructure = new Infrastructure(); var hsm = new ManagedHsm(\"hsm\") { Properties = new ManagedHsmProperties { TenantId = Guid.Empty } }; hsm.Properties.{PROPERTY}; infrastructure.Add(hsm);";

    private static readonly ImmutableDictionary<string, string> SingleArgument = ImmutableDictionary<string, string>.Empty
        .Add("named arguments in another order", "the value is not an argument of a call with several parameters");

    public static ImmutableArray<Snippet> All { get; } =
    [
        .. PurgeProtection(compliant: false),
        .. PurgeProtection(compliant: true),
        .. SoftDelete("false", compliant: false),
        .. SoftDelete("true", compliant: true),
        .. Retention("120", compliant: false),
        .. Retention("90", compliant: true),
        .. RetentionMinimum("30", compliant: false),
        .. RetentionMinimum("90", compliant: true),
        .. BroadScope("KeyVaultRoleScope.Global", "KeyVaultRoleScope", ValueKind.Immutable, compliant: false),
        .. BroadScope("\"/keys\"", "string", ValueKind.Constant, compliant: false),
        .. BroadScope("\"/keys/payments\"", "string", ValueKind.Constant, compliant: true),
        .. BroadScopeRole("\"" + CryptoUser + "\"", compliant: false),
        .. PrivilegedAzureRole("new ResourceIdentifier(\"" + OwnerRoleId + "\")", compliant: false),
        .. PrivilegedAzureRole("new ResourceIdentifier(\"" + ReaderRoleId + "\")", compliant: true),
        .. Region("AzureLocation.UKWest", "AzureLocation", ValueKind.Immutable, compliant: false),
        .. Region("\"ukwest\"", "string", ValueKind.Constant, compliant: false),
        .. Region("AzureLocation.UKSouth", "AzureLocation", ValueKind.Immutable, compliant: true),
        .. BackupToken(compliant: false),
        .. BackupToken(compliant: true),
        .. PublicNetworkAccess("ManagedHsmPublicNetworkAccess.Enabled", compliant: false),
        .. PublicNetworkAccess("ManagedHsmPublicNetworkAccess.Disabled", compliant: true),
        .. FirewallDefault("ManagedHsmNetworkRuleAction.Allow", compliant: false),
        .. FirewallDefault("ManagedHsmNetworkRuleAction.Deny", compliant: true),
        .. KeyExpiry(compliant: false),
        .. KeyExpiry(compliant: true),
        .. KeySize("2048", compliant: false),
        .. KeySize("3072", compliant: true),
        .. ClientSecret(compliant: false),
        .. ClientSecret(compliant: true),
        .. EncryptionAlgorithm(Cryptography + ".EncryptionAlgorithm.Rsa15", Cryptography + ".EncryptionAlgorithm", ValueKind.Immutable, compliant: false),
        .. EncryptionAlgorithm("\"RSA1_5\"", "string", ValueKind.Constant, compliant: false),
        .. EncryptionAlgorithm(Cryptography + ".EncryptionAlgorithm.RsaOaep256", Cryptography + ".EncryptionAlgorithm", ValueKind.Immutable, compliant: true),
        .. InitialAdmin("\"" + SomeUser + "\"", compliant: false),
        .. InitialAdmin("\"" + AdminGroup + "\"", compliant: true),
        .. AdminRole("\"" + SomeUser + "\"", compliant: false),
        .. AdminRole("\"" + AdminGroup + "\"", compliant: true),
        .. CustomRole("KeyVaultDataAction.ExportHsmKey", compliant: false),
        .. CustomRole("KeyVaultDataAction.EncryptHsmKey", compliant: true),
        .. SecondRole("\"" + CryptoOfficer + "\"", compliant: false),
        .. SecondRole("\"" + CryptoUser + "\"", compliant: true),
        .. SecondRegion(compliant: false),
        .. SecondRegion(compliant: true),
        .. SasTokenInSource(compliant: false),
        .. SasTokenInSource(compliant: true),
        .. AuditLogs(compliant: false),
        .. AuditLogs(compliant: true),
        .. AuditLogsOfTwoHsms(),
        .. AuditCategoryEnabled("false", compliant: false),
        .. AuditCategoryEnabled("true", compliant: true),
        .. DiagnosticDestination(compliant: false),
        .. DiagnosticDestination(compliant: true),
        .. RotationPolicy(compliant: false),
        .. RotationPolicy(compliant: true),
        .. RotationPolicyOfAKeyCreatedTwice(),
        .. RotationDuration("\"90 days\"", compliant: false),
        .. RotationDuration("\"P2Y\"", compliant: true),
        .. ExportableKey("true", compliant: false),
        .. ExportableKey("false", compliant: true),
        .. SecretClientEndpoint("\"https://contoso.managedhsm.azure.net/\"", compliant: false),
        .. SecretClientEndpoint("\"https://contoso.vault.azure.net/\"", compliant: true),
        .. ArmKeyManagement("true", compliant: false),
        .. ArmKeyManagement("false", compliant: true),
        .. WrapAlgorithm(Cryptography + ".KeyWrapAlgorithm.RsaOaep", Cryptography + ".KeyWrapAlgorithm", ValueKind.Immutable, compliant: false),
        .. WrapAlgorithm("\"RSA-OAEP\"", "string", ValueKind.Constant, compliant: false),
        .. WrapAlgorithm(Cryptography + ".KeyWrapAlgorithm.RsaOaep256", Cryptography + ".KeyWrapAlgorithm", ValueKind.Immutable, compliant: true),
        .. DeclaredPurgeProtection("false", compliant: false),
        .. DeclaredPurgeProtection("true", compliant: true),
        .. DeclaredHsm(compliant: false),
        .. DeclaredHsm(compliant: true),
        .. DeclaredSoftDelete("false", compliant: false),
        .. DeclaredSoftDelete("true", compliant: true),
        .. DeclaredRetention("HSM1003", "120", compliant: false),
        .. DeclaredRetention("HSM1003", "90", compliant: true),
        .. DeclaredRetention("HSM1004", "30", compliant: false),
        .. DeclaredInitialAdmin("\"" + SomeUser + "\"", compliant: false),
        .. DeclaredInitialAdmin("\"" + AdminGroup + "\"", compliant: true),
        .. DeclaredRegion("AzureLocation.UKWest", compliant: false),
        .. DeclaredRegion("AzureLocation.UKSouth", compliant: true),
        .. DeclaredPublicNetworkAccess("ManagedHsmPublicNetworkAccess.Enabled", compliant: false),
        .. DeclaredPublicNetworkAccess("ManagedHsmPublicNetworkAccess.Disabled", compliant: true),
        .. DeclaredFirewallDefault("ManagedHsmNetworkRuleAction.Allow", compliant: false),
        .. DeclaredFirewallDefault("ManagedHsmNetworkRuleAction.Deny", compliant: true),
        .. DeclaredPrivilegedRole("new ResourceIdentifier(\"" + OwnerRoleId + "\")", compliant: false),
        .. DeclaredPrivilegedRole("new ResourceIdentifier(\"" + ReaderRoleId + "\")", compliant: true),
    ];

    public static Snippet Named(string name) => All.Single(snippet => snippet.Name == name);

    private static string Form(bool compliant) => compliant ? "compliant" : "non-compliant";

    private static Snippet[] PurgeProtection(bool compliant) =>
    [
        new(
            $"HSM1001 {Form(compliant)} data",
            compliant,
            "HSM1001",
            ValueKind.Model,
            "ManagedHsmData",
            $"new ManagedHsmData(AzureLocation.WestEurope) {{ Properties = new ManagedHsmProperties {{ TenantId = Guid.Empty, EnablePurgeProtection = {(compliant ? "true" : "false")} }} }}",
            CreateHsm,
            Parameters: "ResourceGroupResource group",
            NamedBody: CreateHsmNamed),
    ];

    private static Snippet[] SoftDelete(string value, bool compliant) =>
    [
        new(
            $"HSM1002 {Form(compliant)} {value}",
            compliant,
            "HSM1002",
            ValueKind.Constant,
            "bool",
            value,
            "var properties = new ManagedHsmProperties(); properties.EnableSoftDelete = {VALUE}; GC.KeepAlive(properties);",
            NotApplicable: SingleArgument),
    ];

    private static Snippet[] Retention(string value, bool compliant) =>
    [
        new(
            $"HSM1003 {Form(compliant)} {value}",
            compliant,
            "HSM1003",
            ValueKind.Constant,
            "int",
            value,
            "var properties = new ManagedHsmProperties { SoftDeleteRetentionInDays = {VALUE} }; GC.KeepAlive(properties);",
            NotApplicable: SingleArgument),
    ];

    private static Snippet[] RetentionMinimum(string value, bool compliant) =>
    [
        new(
            $"HSM1004 {Form(compliant)} {value}",
            compliant,
            "HSM1004",
            ValueKind.Constant,
            "int",
            value,
            "var properties = new ManagedHsmProperties { SoftDeleteRetentionInDays = {VALUE} }; GC.KeepAlive(properties);",
            NotApplicable: SingleArgument),
    ];

    private static Snippet[] BackupToken(bool compliant) =>
    [
        new(
            $"HSM1205 {Form(compliant)} token",
            compliant,
            "HSM1205",
            compliant ? ValueKind.Immutable : ValueKind.Constant,
            "string",
            compliant ? "Environment.GetEnvironmentVariable(\"BACKUP_SAS\")!" : "\"sv=2022-11-02&sr=c&sp=racwdl\"",
            "var backup = await client.StartBackupAsync(container, {VALUE}); await backup.WaitForCompletionAsync();",
            Parameters: "KeyVaultBackupClient client, Uri container",
            NotApplicable: ImmutableDictionary<string, string>.Empty.Add(
                "named arguments in another order", "the finding sits on the whole argument, name included, which its fix removes")),
    ];

    private static Snippet[] BroadScope(string value, string type, ValueKind kind, bool compliant) =>
    [
        new(
            $"HSM1102 {Form(compliant)} scope {value}",
            compliant,
            "HSM1102",
            kind,
            type,
            value,
            $"await client.CreateRoleAssignmentAsync({{VALUE}}, \"{CryptoUser}\", appObjectId);",
            Parameters: "KeyVaultAccessControlClient client, string appObjectId",
            NamedBody: $"await client.CreateRoleAssignmentAsync(principalId: appObjectId, roleDefinitionId: \"{CryptoUser}\", roleScope: {{VALUE}});"),
    ];

    private static Snippet[] BroadScopeRole(string value, bool compliant) =>
    [
        new(
            $"HSM1102 {Form(compliant)} role {value}",
            compliant,
            "HSM1102",
            ValueKind.Constant,
            "string",
            value,
            "await client.CreateRoleAssignmentAsync(KeyVaultRoleScope.Global, {VALUE}, appObjectId);",
            Parameters: "KeyVaultAccessControlClient client, string appObjectId",
            NamedBody: "await client.CreateRoleAssignmentAsync(principalId: appObjectId, roleDefinitionId: {VALUE}, roleScope: KeyVaultRoleScope.Global);"),
    ];

    private static Snippet[] PrivilegedAzureRole(string value, bool compliant) =>
    [
        new(
            $"HSM1104 {Form(compliant)} role",
            compliant,
            "HSM1104",
            ValueKind.Immutable,
            "ResourceIdentifier",
            value,
            "var content = new RoleAssignmentCreateOrUpdateContent({VALUE}, principalId) { PrincipalType = RoleManagementPrincipalType.User }; arm.GetRoleAssignments(hsmId).CreateOrUpdate(WaitUntil.Completed, \"name\", content);",
            Parameters: "ArmClient arm, ResourceIdentifier hsmId, Guid principalId",
            NamedBody: "var content = new RoleAssignmentCreateOrUpdateContent(principalId: principalId, roleDefinitionId: {VALUE}) { PrincipalType = RoleManagementPrincipalType.User }; arm.GetRoleAssignments(hsmId).CreateOrUpdate(WaitUntil.Completed, \"name\", content);"),
    ];

    private static Snippet[] Region(string value, string type, ValueKind kind, bool compliant) =>
    [
        new(
            $"HSM1201 {Form(compliant)} {value}",
            compliant,
            "HSM1201",
            kind,
            type,
            value,
            "var data = new ManagedHsmData({VALUE}); GC.KeepAlive(data);",
            NotApplicable: SingleArgument),
    ];

    private static Snippet[] PublicNetworkAccess(string value, bool compliant) =>
    [
        new(
            $"HSM1401 {Form(compliant)} {value}",
            compliant,
            "HSM1401",
            ValueKind.Immutable,
            "ManagedHsmPublicNetworkAccess",
            value,
            "var data = hsm.Data; data.Properties.PublicNetworkAccess = {VALUE}; hsm.Update(WaitUntil.Completed, data);",
            Parameters: "ManagedHsmResource hsm",
            NotApplicable: SingleArgument),
    ];

    private static Snippet[] FirewallDefault(string value, bool compliant) =>
    [
        new(
            $"HSM1402 {Form(compliant)} {value}",
            compliant,
            "HSM1402",
            ValueKind.Immutable,
            "ManagedHsmNetworkRuleAction",
            value,
            "var properties = new ManagedHsmProperties { NetworkRuleSet = new ManagedHsmNetworkRuleSet { DefaultAction = {VALUE} } }; GC.KeepAlive(properties);",
            NotApplicable: SingleArgument),
    ];

    private static Snippet[] KeyExpiry(bool compliant) =>
    [
        new(
            $"HSM1501 {Form(compliant)} options",
            compliant,
            "HSM1501",
            ValueKind.Model,
            "CreateRsaKeyOptions",
            $"new CreateRsaKeyOptions(\"signing\", hardwareProtected: true) {{ KeySize = 3072{(compliant ? ", ExpiresOn = DateTimeOffset.UtcNow.AddYears(1)" : "")} }}",
            HsmKeys + " await keys.CreateRsaKeyAsync({VALUE});",
            Parameters: "TokenCredential credential",
            NamedBody: HsmKeys + " await keys.CreateRsaKeyAsync(cancellationToken: default, rsaKeyOptions: {VALUE});"),
    ];

    private static Snippet[] KeySize(string value, bool compliant) =>
    [
        new(
            $"HSM1504 {Form(compliant)} size {value}",
            compliant,
            "HSM1504",
            ValueKind.Constant,
            "int",
            value,
            HsmKeys + " await keys.CreateRsaKeyAsync(new CreateRsaKeyOptions(\"signing\", hardwareProtected: true) { KeySize = {VALUE}, ExpiresOn = DateTimeOffset.UtcNow.AddYears(1) });",
            Parameters: "TokenCredential credential",
            NotApplicable: SingleArgument),
    ];

    private static Snippet[] ClientSecret(bool compliant) =>
    [
        new(
            $"HSM1601 {Form(compliant)} secret",
            compliant,
            "HSM1601",
            compliant ? ValueKind.Immutable : ValueKind.Constant,
            "string",
            compliant ? "Environment.GetEnvironmentVariable(\"AZURE_CLIENT_SECRET\")!" : "\"Zx8Q~s3cr3t-v4lue\"",
            "var credential = new ClientSecretCredential(\"tenant\", \"client\", {VALUE}); GC.KeepAlive(credential);",
            NamedBody: "var credential = new ClientSecretCredential(clientSecret: {VALUE}, clientId: \"client\", tenantId: \"tenant\"); GC.KeepAlive(credential);"),
    ];

    private static Snippet[] EncryptionAlgorithm(string value, string type, ValueKind kind, bool compliant) =>
    [
        new(
            $"HSM1701 {Form(compliant)} {value}",
            compliant,
            "HSM1701",
            kind,
            type,
            value,
            "var result = crypto.Encrypt({VALUE}, data); GC.KeepAlive(result);",
            Parameters: Cryptography + ".CryptographyClient crypto, byte[] data",
            NamedBody: "var result = crypto.Encrypt(plaintext: data, algorithm: {VALUE}); GC.KeepAlive(result);"),
    ];

    private static Snippet[] InitialAdmin(string value, bool compliant) =>
    [
        new(
            $"HSM1101 {Form(compliant)} admin {value}",
            compliant,
            "HSM1101",
            ValueKind.Constant,
            "string",
            value,
            "var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties { TenantId = Guid.Empty, EnablePurgeProtection = true, InitialAdminObjectIds = { {VALUE} } } }; " + CreateHsm.Replace("{VALUE}", "data"),
            Parameters: "ResourceGroupResource group",
            NotApplicable: SingleArgument,
            AssignedBody: "var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties { TenantId = Guid.Empty, EnablePurgeProtection = true } }; data.Properties.InitialAdminObjectIds.Add({VALUE}); " + CreateHsm.Replace("{VALUE}", "data"),
            Options: AdminGroupConfigured),
    ];

    private static Snippet[] AdminRole(string value, bool compliant) =>
    [
        new(
            $"HSM1103 {Form(compliant)} principal {value}",
            compliant,
            "HSM1103",
            ValueKind.Constant,
            "string",
            value,
            $"await client.CreateRoleAssignmentAsync(KeyVaultRoleScope.Global, \"{AdministratorRole}\", {{VALUE}});",
            Parameters: "KeyVaultAccessControlClient client",
            NamedBody: $"await client.CreateRoleAssignmentAsync(principalId: {{VALUE}}, roleDefinitionId: \"{AdministratorRole}\", roleScope: KeyVaultRoleScope.Global);",
            Options: AdminGroupConfigured),
    ];

    private static Snippet[] CustomRole(string value, bool compliant) =>
    [
        new(
            $"HSM1105 {Form(compliant)} {value}",
            compliant,
            "HSM1105",
            ValueKind.Immutable,
            "KeyVaultDataAction",
            value,
            "var options = new CreateOrUpdateRoleDefinitionOptions(KeyVaultRoleScope.Global) { RoleName = \"Payments operator\", Permissions = { new KeyVaultPermission { DataActions = { KeyVaultDataAction.EncryptHsmKey, {VALUE} } } } }; await client.CreateOrUpdateRoleDefinitionAsync(options);",
            Parameters: "KeyVaultAccessControlClient client",
            NotApplicable: SingleArgument),
    ];

    private static Snippet[] SecondRole(string value, bool compliant) =>
    [
        new(
            $"HSM1106 {Form(compliant)} second role {value}",
            compliant,
            "HSM1106",
            ValueKind.Constant,
            "string",
            value,
            $"await client.CreateRoleAssignmentAsync(\"/keys/payments\", \"{CryptoUser}\", appObjectId); await client.CreateRoleAssignmentAsync(\"/keys/payments\", {{VALUE}}, appObjectId);",
            Parameters: "KeyVaultAccessControlClient client, string appObjectId",
            NamedBody: $"await client.CreateRoleAssignmentAsync(\"/keys/payments\", \"{CryptoUser}\", appObjectId); await client.CreateRoleAssignmentAsync(principalId: appObjectId, roleDefinitionId: {{VALUE}}, roleScope: \"/keys/payments\");"),
    ];

    private static Snippet[] SecondRegion(bool compliant) =>
    [
        new(
            $"HSM1202 {Form(compliant)} data",
            compliant,
            "HSM1202",
            ValueKind.Model,
            "ManagedHsmData",
            $"new ManagedHsmData(AzureLocation.WestEurope) {{ Properties = new ManagedHsmProperties {{ TenantId = Guid.Empty, EnablePurgeProtection = true{(compliant ? ", Regions = { new ManagedHsmGeoReplicatedRegion { Name = \"northeurope\" } }" : "")} }} }}",
            CreateHsm,
            Parameters: "ResourceGroupResource group",
            NamedBody: CreateHsmNamed),
    ];

    private static Snippet[] SasTokenInSource(bool compliant) =>
    [
        new(
            $"HSM1206 {Form(compliant)} container",
            compliant,
            "HSM1206",
            ValueKind.Constant,
            "string",
            compliant ? "\"https://contoso.blob.core.windows.net/hsm-backups\"" : "\"https://contoso.blob.core.windows.net/hsm-backups?sv=2022-11-02&sr=c&sp=rwl&sig=AbCdEf%2BGh%3D\"",
            "var container = new Uri({VALUE}); GC.KeepAlive(container);",
            NotApplicable: ImmutableDictionary<string, string>.Empty
                .Add("named arguments in another order", "the value is not an argument of a call with several parameters")
                .Add("interpolation with a const hole", SasTokenSplit)
                .Add("interpolation with a static readonly hole", SasTokenSplit)
                .Add("concatenation with a static readonly part", SasTokenSplit)
                .Add("conditional with equal arms", SasTokenTwice)
                .Add("switch expression with equal arms", SasTokenTwice)),
    ];

    private const string SasTokenTwice = "the arms write the token twice, and HSM1206 reports each literal that holds one";

    private const string SasTokenSplit = "HSM1206 reads the text of each literal as written, it follows no values: a token split in two literals is an unfollowed shape (UnfollowedShapeTests)";

    private const string DiagnosticSettings = "await arm.GetDiagnosticSettings(hsm.Id).CreateOrUpdateAsync(WaitUntil.Completed, \"audit-logs\", {VALUE});";
    private const string DiagnosticSettingsNamed = "await arm.GetDiagnosticSettings(hsm.Id).CreateOrUpdateAsync(data: {VALUE}, name: \"audit-logs\", waitUntil: WaitUntil.Completed);";

    private static Snippet[] AuditLogs(bool compliant) =>
    [
        new(
            $"HSM1301 {Form(compliant)} data",
            compliant,
            "HSM1301",
            ValueKind.Model,
            "ManagedHsmData",
            "new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties { TenantId = Guid.Empty, EnablePurgeProtection = true } }",
            "var created = await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, \"hsm\", {VALUE}); "
                + $"await arm.GetDiagnosticSettings({(compliant ? "created.Value.Id" : "new ResourceIdentifier(\"" + VaultId + "\")")}).CreateOrUpdateAsync(WaitUntil.Completed, \"audit-logs\", "
                + "new DiagnosticSettingData { WorkspaceId = new ResourceIdentifier(\"" + WorkspaceId + "\"), Logs = { new LogSettings(true) { CategoryGroup = \"audit\" } } });",
            Parameters: "ArmClient arm, ResourceGroupResource group",
            NamedBody: null,
            NotApplicable: ImmutableDictionary<string, string>.Empty.Add("named arguments in another order", "HSM1001 and HSM1202 reorder the same call")),
    ];

    /// <summary>Two Managed HSMs without audit logs: one HSM1301 (and HSM1203, HSM1304) for the project, on the first,
    /// with the second, made from the value under test, as its additional location.</summary>
    private static Snippet[] AuditLogsOfTwoHsms() =>
    [
        new(
            "HSM1301 non-compliant two HSMs",
            false,
            "HSM1301",
            ValueKind.Model,
            "ManagedHsmData",
            "new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties { TenantId = Guid.Empty, EnablePurgeProtection = true } }",
            "await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, \"primary\", new ManagedHsmData(AzureLocation.NorthEurope) { Properties = new ManagedHsmProperties { TenantId = Guid.Empty, EnablePurgeProtection = true } }); "
                + "await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, \"secondary\", {VALUE});",
            Parameters: "ResourceGroupResource group",
            NotApplicable: ImmutableDictionary<string, string>.Empty.Add("named arguments in another order", "HSM1001 and HSM1202 reorder the same call")),
    ];

    private static Snippet[] AuditCategoryEnabled(string value, bool compliant) =>
    [
        new(
            $"HSM1302 {Form(compliant)} enabled {value}",
            compliant,
            "HSM1302",
            ValueKind.Constant,
            "bool",
            value,
            DiagnosticSettings.Replace("{VALUE}", "new DiagnosticSettingData { WorkspaceId = new ResourceIdentifier(\"" + WorkspaceId + "\"), Logs = { new LogSettings({VALUE}) { Category = \"AuditEvent\" } } }"),
            Parameters: "ArmClient arm, ManagedHsmResource hsm",
            NotApplicable: SingleArgument),
    ];

    private static Snippet[] DiagnosticDestination(bool compliant) =>
    [
        new(
            $"HSM1303 {Form(compliant)} data",
            compliant,
            "HSM1303",
            ValueKind.Model,
            "DiagnosticSettingData",
            $"new DiagnosticSettingData {{ {(compliant ? "WorkspaceId = new ResourceIdentifier(\"" + WorkspaceId + "\"), " : "")}Logs = {{ new LogSettings(true) {{ CategoryGroup = \"audit\" }} }} }}",
            DiagnosticSettings,
            Parameters: "ArmClient arm, ManagedHsmResource hsm",
            NamedBody: DiagnosticSettingsNamed),
    ];

    private static Snippet[] RotationPolicy(bool compliant) =>
    [
        new(
            $"HSM1502 {Form(compliant)} key name",
            compliant,
            "HSM1502",
            ValueKind.Constant,
            "string",
            "\"signing\"",
            HsmKeys + " await keys.CreateRsaKeyAsync(new CreateRsaKeyOptions({VALUE}, hardwareProtected: true) { KeySize = 3072, ExpiresOn = DateTimeOffset.UtcNow.AddYears(1) });"
                + (compliant ? " await keys.UpdateKeyRotationPolicyAsync({VALUE}, new KeyRotationPolicy { ExpiresIn = \"P2Y\", LifetimeActions = { new KeyRotationLifetimeAction(KeyRotationPolicyAction.Rotate) { TimeBeforeExpiry = \"P30D\" } } });" : ""),
            Parameters: "TokenCredential credential",
            NamedBody: HsmKeys + " await keys.CreateRsaKeyAsync(new CreateRsaKeyOptions(hardwareProtected: true, name: {VALUE}) { KeySize = 3072, ExpiresOn = DateTimeOffset.UtcNow.AddYears(1) });"
                + (compliant ? " await keys.UpdateKeyRotationPolicyAsync(policy: new KeyRotationPolicy { ExpiresIn = \"P2Y\", LifetimeActions = { new KeyRotationLifetimeAction(KeyRotationPolicyAction.Rotate) { TimeBeforeExpiry = \"P30D\" } } }, keyName: {VALUE});" : "")),
    ];

    /// <summary>A key created twice under the name under test: one HSM1502 for the name, with the second creation as
    /// its additional location.</summary>
    private static Snippet[] RotationPolicyOfAKeyCreatedTwice() =>
    [
        new(
            "HSM1502 non-compliant key created twice",
            false,
            "HSM1502",
            ValueKind.Constant,
            "string",
            "\"signing\"",
            HsmKeys + " await keys.CreateRsaKeyAsync(new CreateRsaKeyOptions({VALUE}, hardwareProtected: true) { KeySize = 3072, ExpiresOn = DateTimeOffset.UtcNow.AddYears(1) });"
                + " await keys.CreateRsaKeyAsync(new CreateRsaKeyOptions({VALUE}, hardwareProtected: true) { KeySize = 4096, ExpiresOn = DateTimeOffset.UtcNow.AddYears(1) });",
            Parameters: "TokenCredential credential",
            NotApplicable: ImmutableDictionary<string, string>.Empty.Add(
                "named arguments in another order", "\"HSM1502 compliant/non-compliant key name\" reorders the same creation")),
    ];

    private static Snippet[] RotationDuration(string value, bool compliant) =>
    [
        new(
            $"HSM1503 {Form(compliant)} {value}",
            compliant,
            "HSM1503",
            ValueKind.Constant,
            "string",
            value,
            "var policy = new KeyRotationPolicy { ExpiresIn = {VALUE} }; await keys.UpdateKeyRotationPolicyAsync(\"signing\", policy);",
            Parameters: "KeyClient keys",
            NotApplicable: SingleArgument,
            AssignedBody: "var policy = new KeyRotationPolicy(); policy.ExpiresIn = {VALUE}; await keys.UpdateKeyRotationPolicyAsync(\"signing\", policy);",
            AssignedPath: ("policy.ExpiresIn", "ExpiresIn")),
    ];

    private static Snippet[] ExportableKey(string value, bool compliant) =>
    [
        new(
            $"HSM1506 {Form(compliant)} exportable {value}",
            compliant,
            "HSM1506",
            ValueKind.Constant,
            "bool",
            value,
            HsmKeys + " var options = new CreateKeyOptions { Exportable = {VALUE}, ExpiresOn = DateTimeOffset.UtcNow.AddYears(1) }; await keys.CreateKeyAsync(\"cmk\", KeyType.RsaHsm, options);",
            Parameters: "TokenCredential credential",
            NotApplicable: SingleArgument,
            AssignedBody: HsmKeys + " var options = new CreateKeyOptions { ExpiresOn = DateTimeOffset.UtcNow.AddYears(1) }; options.Exportable = {VALUE}; await keys.CreateKeyAsync(\"cmk\", KeyType.RsaHsm, options);",
            AssignedPath: ("options.Exportable", "Exportable")),
    ];

    private static Snippet[] SecretClientEndpoint(string value, bool compliant) =>
    [
        new(
            $"HSM1507 {Form(compliant)} {value}",
            compliant,
            "HSM1507",
            ValueKind.Constant,
            "string",
            value,
            "var secrets = new Azure.Security.KeyVault.Secrets.SecretClient(new Uri({VALUE}), credential); GC.KeepAlive(secrets);",
            Parameters: "TokenCredential credential",
            NamedBody: "var secrets = new Azure.Security.KeyVault.Secrets.SecretClient(credential: credential, vaultUri: new Uri({VALUE})); GC.KeepAlive(secrets);"),
    ];

    private static Snippet[] ArmKeyManagement(string value, bool compliant) =>
    [
        new(
            $"HSM1508 {Form(compliant)} {value}",
            compliant,
            "HSM1508",
            ValueKind.Constant,
            "bool",
            value,
            "await settings.UpdateSettingAsync(new KeyVaultSetting(\"AllowKeyManagementOperationsThroughARM\", {VALUE}));",
            Parameters: "KeyVaultSettingsClient settings",
            NamedBody: "await settings.UpdateSettingAsync(new KeyVaultSetting(value: {VALUE}, name: \"AllowKeyManagementOperationsThroughARM\"));"),
    ];

    private static Snippet[] WrapAlgorithm(string value, string type, ValueKind kind, bool compliant) =>
    [
        new(
            $"HSM1702 {Form(compliant)} {value}",
            compliant,
            "HSM1702",
            kind,
            type,
            value,
            "var result = crypto.WrapKey({VALUE}, key); GC.KeepAlive(result);",
            Parameters: Cryptography + ".CryptographyClient crypto, byte[] key",
            NamedBody: "var result = crypto.WrapKey(key: key, algorithm: {VALUE}); GC.KeepAlive(result);"),
    ];

    /// <summary>A Managed HSM declared in an <c>Infrastructure</c> whose properties hold <paramref name="initializer"/>
    /// (with <c>{VALUE}</c>); <paramref name="assigned"/> is the statement that sets the value after the creation
    /// instead, writing <paramref name="property"/> as <c>hsm.Properties.</c><paramref name="property"/>.</summary>
    private static Snippet Declared(string name, bool compliant, string ruleId, ValueKind kind, string type, string value,
        string initializer, string property, string assigned, ImmutableDictionary<string, string>? options = null, string? path = null) =>
        new(
            name,
            compliant,
            ruleId,
            kind,
            type,
            value,
            $"var infrastructure = new Infrastructure(); var hsm = new ManagedHsm(\"hsm\") {{ Properties = new ManagedHsmProperties {{ TenantId = Guid.Empty, {initializer} }} }}; infrastructure.Add(hsm);",
            NotApplicable: SingleArgument,
            AssignedBody: $"var infrastructure = new Infrastructure(); var hsm = new ManagedHsm(\"hsm\") {{ Properties = new ManagedHsmProperties {{ TenantId = Guid.Empty }} }}; {assigned} infrastructure.Add(hsm);",
            AssignedPath: ((path ?? "hsm.Properties.") + property, property),
            Surface: Surface.Provisioning,
            Options: options);

    private static Snippet[] DeclaredPurgeProtection(string value, bool compliant) =>
    [
        Declared($"HSM1001 declared {Form(compliant)} {value}", compliant, "HSM1001", ValueKind.Constant, "bool", value,
            "EnablePurgeProtection = {VALUE}", "EnablePurgeProtection", "hsm.Properties.EnablePurgeProtection = {VALUE};"),
    ];

    private static Snippet[] DeclaredSoftDelete(string value, bool compliant) =>
    [
        Declared($"HSM1002 declared {Form(compliant)} {value}", compliant, "HSM1002", ValueKind.Constant, "bool", value,
            "EnablePurgeProtection = true, EnableSoftDelete = {VALUE}", "EnableSoftDelete",
            "hsm.Properties.EnablePurgeProtection = true; hsm.Properties.EnableSoftDelete = {VALUE};"),
    ];

    private static Snippet[] DeclaredRetention(string ruleId, string value, bool compliant) =>
    [
        Declared($"{ruleId} declared {Form(compliant)} {value}", compliant, ruleId, ValueKind.Constant, "int", value,
            "EnablePurgeProtection = true, SoftDeleteRetentionInDays = {VALUE}", "SoftDeleteRetentionInDays",
            "hsm.Properties.EnablePurgeProtection = true; hsm.Properties.SoftDeleteRetentionInDays = {VALUE};"),
    ];

    private static Snippet[] DeclaredInitialAdmin(string value, bool compliant) =>
    [
        Declared($"HSM1101 declared {Form(compliant)} {value}", compliant, "HSM1101", ValueKind.Constant, "string", value,
            "EnablePurgeProtection = true, InitialAdminObjectIds = { {VALUE} }", "InitialAdminObjectIds",
            "hsm.Properties.EnablePurgeProtection = true; hsm.Properties.InitialAdminObjectIds.Add({VALUE});", AdminGroupConfigured),
    ];

    private static Snippet[] DeclaredPublicNetworkAccess(string value, bool compliant) =>
    [
        Declared($"HSM1401 declared {Form(compliant)} {value}", compliant, "HSM1401", ValueKind.Constant, "ManagedHsmPublicNetworkAccess", value,
            "EnablePurgeProtection = true, PublicNetworkAccess = {VALUE}", "PublicNetworkAccess",
            "hsm.Properties.EnablePurgeProtection = true; hsm.Properties.PublicNetworkAccess = {VALUE};"),
    ];

    private static Snippet[] DeclaredFirewallDefault(string value, bool compliant) =>
    [
        Declared($"HSM1402 declared {Form(compliant)} {value}", compliant, "HSM1402", ValueKind.Constant, "ManagedHsmNetworkRuleAction", value,
            "EnablePurgeProtection = true, NetworkRuleSet = new ManagedHsmNetworkRuleSet { DefaultAction = {VALUE} }", "DefaultAction",
            "hsm.Properties.EnablePurgeProtection = true; hsm.Properties.NetworkRuleSet = new ManagedHsmNetworkRuleSet(); hsm.Properties.NetworkRuleSet.DefaultAction = {VALUE};",
            path: "hsm.Properties.NetworkRuleSet."),
    ];

    private static Snippet[] DeclaredRegion(string value, bool compliant) =>
    [
        new(
            $"HSM1201 declared {Form(compliant)} {value}",
            compliant,
            "HSM1201",
            ValueKind.Immutable,
            "AzureLocation",
            value,
            "var infrastructure = new Infrastructure(); var hsm = new ManagedHsm(\"hsm\") { Location = {VALUE}, Properties = new ManagedHsmProperties { TenantId = Guid.Empty, EnablePurgeProtection = true } }; infrastructure.Add(hsm);",
            NotApplicable: SingleArgument,
            AssignedBody: "var infrastructure = new Infrastructure(); var hsm = new ManagedHsm(\"hsm\") { Properties = new ManagedHsmProperties { TenantId = Guid.Empty, EnablePurgeProtection = true } }; hsm.Location = {VALUE}; infrastructure.Add(hsm);",
            AssignedPath: ("hsm.Location", "Location"),
            Surface: Surface.Provisioning,
            Options: ImmutableDictionary<string, string>.Empty.Add("hsm_analyzers.allowed_regions", "uksouth, westeurope")),
    ];

    private static Snippet[] DeclaredHsm(bool compliant) =>
    [
        new(
            $"HSM1001 declared {Form(compliant)} resource",
            compliant,
            "HSM1001",
            ValueKind.Model,
            "ManagedHsm",
            $"new ManagedHsm(\"hsm\") {{ Properties = new ManagedHsmProperties {{ TenantId = Guid.Empty, EnablePurgeProtection = {(compliant ? "true" : "false")} }} }}",
            "var infrastructure = new Infrastructure(); infrastructure.Add({VALUE});",
            NotApplicable: SingleArgument,
            Surface: Surface.Provisioning),
    ];

    private static Snippet[] DeclaredPrivilegedRole(string value, bool compliant) =>
    [
        new(
            $"HSM1104 declared {Form(compliant)} role",
            compliant,
            "HSM1104",
            ValueKind.Immutable,
            "ResourceIdentifier",
            value,
            "var infrastructure = new Infrastructure(); infrastructure.Add(new RoleAssignment(\"hsmOwner\") { RoleDefinitionId = {VALUE}, PrincipalId = Guid.Empty, PrincipalType = RoleManagementPrincipalType.User, Scope = \"hsm\" });",
            NotApplicable: SingleArgument,
            AssignedBody: "var infrastructure = new Infrastructure(); var assignment = new RoleAssignment(\"hsmOwner\") { PrincipalId = Guid.Empty, PrincipalType = RoleManagementPrincipalType.User, Scope = \"hsm\" }; assignment.RoleDefinitionId = {VALUE}; infrastructure.Add(assignment);",
            AssignedPath: ("assignment.RoleDefinitionId", "RoleDefinitionId"),
            Surface: Surface.Provisioning),
    ];
}
