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
}
