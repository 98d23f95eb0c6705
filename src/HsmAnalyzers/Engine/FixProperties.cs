using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Engine;

/// <summary>The rewrite a fixer makes at the reported node. Rules name it in <see cref="FixProperties.WithFix"/>; a
/// finding without one gets no fix.</summary>
internal enum FixKind
{
    /// <summary>The node is an assignment of a boolean: set it to true.</summary>
    SetTrue,

    /// <summary>The node is an assignment of <c>PublicNetworkAccess</c>: set it to <c>Disabled</c>.</summary>
    SetDisabled,

    /// <summary>The node is <c>new ManagedHsmProperties</c>: add the rule's setting to its initializer.</summary>
    AddToProperties,

    /// <summary>The node is <c>new ManagedHsmData</c> (Azure.Provisioning: <c>new ManagedHsm</c>) without properties:
    /// add them, with the rule's setting.</summary>
    AddProperties,

    /// <summary>The node is <c>CreateKey(name, keyType)</c> without options: add <c>keyOptions: new CreateKeyOptions { ExpiresOn = … }</c>.</summary>
    AddOptions,

    /// <summary>The node is a <c>null</c> options argument: replace it with <c>new CreateKeyOptions { ExpiresOn = … }</c>.</summary>
    ReplaceOptions,

    /// <summary>The node is the key options' creation: add <c>ExpiresOn = …</c> to its initializer.</summary>
    AddToOptions,

    /// <summary>The node is an assignment of <c>ExpiresOn</c>: set its value.</summary>
    SetExpiry,

    /// <summary>Replace the reported principal with the admin group of <see cref="FixProperties.Group"/>.</summary>
    ReplacePrincipal,

    /// <summary>Remove the reported principal from its collection initializer, or the <c>Add</c> statement that adds it.</summary>
    RemovePrincipal,

    /// <summary>The node is a dropped backup or restore operation in an async member: await it.</summary>
    Await,

    /// <summary>The node is a dropped backup or restore operation in a synchronous member: wait for it.</summary>
    Wait,

    /// <summary>The node is the algorithm argument: use the <c>RsaOaep256</c> member of <see cref="FixProperties.AlgorithmType"/>.</summary>
    Algorithm,

    /// <summary>The node is an <c>EncryptParameters</c> factory call: call <c>RsaOaep256Parameters</c> instead.</summary>
    ParametersFactory,
}

/// <summary>How a rule refers to a key in reach of a role assignment (HSM1102), for the fixer to scope it.</summary>
internal enum KeyReferenceKind
{
    /// <summary>A <c>KeyVaultKey</c> local or parameter: the scope becomes <c>new KeyVaultRoleScope(key.Id)</c>.</summary>
    Object,

    /// <summary>A <c>Response&lt;KeyVaultKey&gt;</c> local: the scope becomes <c>new KeyVaultRoleScope(response.Value.Id)</c>.</summary>
    Response,

    /// <summary>A constant key name used with a <c>KeyClient</c>: the scope becomes <c>"/keys/&lt;name&gt;"</c>.</summary>
    Name,
}

/// <summary>
/// The diagnostic properties a rule hands its fixer, written and read here only: a rule builds them with the
/// <c>With…</c> members, a fixer reads them with the static members of the same names. The keys and their encoding
/// never leave this type.
/// </summary>
internal readonly struct FixProperties
{
    private const string FixKey = "Fix";
    private const string ModelNamespaceKey = "ModelNamespace";
    private const string ReplacementKey = "Replacement";
    private const string YearsKey = "Years";
    private const string GroupKey = "Group";
    private const string AlgorithmTypeKey = "AlgorithmType";
    private const string ReplacementMemberKey = "ReplacementMember";
    private const string ReplacementNameKey = "ReplacementName";
    private const string WorkspaceIdKey = "WorkspaceId";
    private const string KeyNameKey = "KeyName";
    private const string KeyCountKey = "KeyCount";
    private const string KeyKindKey = "KeyKind";
    private const string KeyKey = "Key";
    private const string AddAuditEntryKey = "CanAddEntry";
    private const string FollowingParametersKey = "FollowingParameters";
    private const string KeySizeKey = "KeySize";
    private const string AddKeySizeKey = "AddKeySize";
    private const string AddBypassKey = "AddBypass";
    private const string Yes = "true";

    private readonly ImmutableDictionary<string, string?>? _values;

    private FixProperties(ImmutableDictionary<string, string?> values) => _values = values;

    /// <summary>No properties: a finding without a fix.</summary>
    public static FixProperties None => default;

    /// <summary>What <see cref="Diagnostic.Create(DiagnosticDescriptor, Location, ImmutableDictionary{string, string?}, object[])"/> takes.</summary>
    public ImmutableDictionary<string, string?> Values => _values ?? ImmutableDictionary<string, string?>.Empty;

    /// <summary>The rewrite the fixer makes; null, none.</summary>
    public FixProperties WithFix(FixKind? fix) => fix is { } kind ? With(FixKey, kind.ToString()) : this;

    /// <summary>A fix (or none) on a surface: the ARM SDK, or Azure.Provisioning when <paramref name="onProvisioning"/>.</summary>
    public static FixProperties For(FixKind? fix, bool onProvisioning = false)
    {
        var properties = None.WithFix(fix);
        return onProvisioning ? properties.OnProvisioning() : properties;
    }

    /// <summary>The rewrite the rule asked for; null when none.</summary>
    public static FixKind? Fix(Diagnostic diagnostic) =>
        Read(diagnostic, FixKey) is { } text && Enum.TryParse<FixKind>(text, out var fix) ? fix : null;

    /// <summary>The finding is on the Azure.Provisioning surface: the fix writes that surface's model types.</summary>
    public FixProperties OnProvisioning() => With(ModelNamespaceKey, SdkNames.Provisioning.KeyVaultNamespace);

    public static bool IsOnProvisioning(Diagnostic diagnostic) => Read(diagnostic, ModelNamespaceKey) is not null;

    /// <summary>The metadata name of the Managed HSM model type the fix writes, given by its ARM name (a name of
    /// <see cref="SdkNames.ArmKeyVault"/>): the same type in Azure.Provisioning when the finding is <see cref="OnProvisioning"/>.</summary>
    public static string ModelType(Diagnostic diagnostic, string armModelType) =>
        Read(diagnostic, ModelNamespaceKey) is { } modelNamespace && armModelType.StartsWith(SdkNames.ArmKeyVault.ModelsNamespace + ".", StringComparison.Ordinal)
            ? modelNamespace + armModelType.Substring(SdkNames.ArmKeyVault.ModelsNamespace.Length)
            : armModelType;

    /// <summary>The integer the fix writes in place of the assigned value.</summary>
    public FixProperties WithReplacement(int value) => With(ReplacementKey, Format(value));

    public static int? Replacement(Diagnostic diagnostic) => ReadInt32(diagnostic, ReplacementKey);

    /// <summary>The years ahead the fix sets a key's expiry (option <c>hsm_analyzers.key_lifetime_years</c>).</summary>
    public FixProperties WithYears(int years) => With(YearsKey, Format(years));

    public static int? Years(Diagnostic diagnostic) => ReadInt32(diagnostic, YearsKey);

    /// <summary>The configured admin group the fix writes.</summary>
    public FixProperties WithGroup(Guid group) => With(GroupKey, group.ToString("D"));

    public static string? Group(Diagnostic diagnostic) => Read(diagnostic, GroupKey);

    /// <summary>The simple name of the algorithm argument's type, <c>EncryptionAlgorithm</c> or <c>KeyWrapAlgorithm</c>.</summary>
    public FixProperties WithAlgorithmType(string typeName) => With(AlgorithmTypeKey, typeName);

    public static string? AlgorithmType(Diagnostic diagnostic) => Read(diagnostic, AlgorithmTypeKey);

    /// <summary>The <c>AzureLocation</c> member the fix writes in place of the region.</summary>
    public FixProperties WithReplacementMember(string member) => With(ReplacementMemberKey, member);

    public static string? ReplacementMember(Diagnostic diagnostic) => Read(diagnostic, ReplacementMemberKey);

    /// <summary>The region name the fix writes in place of the region, where the SDK has no member for it.</summary>
    public FixProperties WithReplacementName(string name) => With(ReplacementNameKey, name);

    public static string? ReplacementName(Diagnostic diagnostic) => Read(diagnostic, ReplacementNameKey);

    /// <summary>The Log Analytics workspace the fix sends the audit logs to (option <c>hsm_analyzers.log_analytics_workspace_id</c>).</summary>
    public FixProperties WithWorkspaceId(string workspaceId) => With(WorkspaceIdKey, workspaceId);

    public static string? WorkspaceId(Diagnostic diagnostic) => Read(diagnostic, WorkspaceIdKey);

    /// <summary>The key the fix gives a rotation policy.</summary>
    public FixProperties WithKeyName(string keyName) => With(KeyNameKey, keyName);

    public static string? KeyName(Diagnostic diagnostic) => Read(diagnostic, KeyNameKey);

    /// <summary>The keys in reach of a role assignment, in the order the fixer offers to scope it to them.</summary>
    public FixProperties WithKeys(IReadOnlyList<(KeyReferenceKind Kind, string Text)> keys)
    {
        var values = Values.ToBuilder();
        values[KeyCountKey] = Format(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            values[KeyKindKey + Format(i)] = keys[i].Kind.ToString();
            values[KeyKey + Format(i)] = keys[i].Text;
        }

        return new FixProperties(values.ToImmutable());
    }

    public static int KeyCount(Diagnostic diagnostic) => ReadInt32(diagnostic, KeyCountKey) ?? 0;

    /// <summary>The key at <paramref name="index"/> (below <see cref="KeyCount"/>); null when it cannot be read.</summary>
    public static (KeyReferenceKind Kind, string Text)? Key(Diagnostic diagnostic, int index) =>
        Read(diagnostic, KeyKindKey + Format(index)) is { } kindText && Enum.TryParse<KeyReferenceKind>(kindText, out var kind)
        && Read(diagnostic, KeyKey + Format(index)) is { } text
            ? (kind, text)
            : null;

    /// <summary>The fix may add an audit entry to the diagnostic setting's logs.</summary>
    public FixProperties WithAddAuditEntry() => With(AddAuditEntryKey, Yes);

    public static bool AddsAuditEntry(Diagnostic diagnostic) => Read(diagnostic, AddAuditEntryKey) is not null;

    /// <summary>The names of the parameters after the SAS token, which the fix passes by name once the token is gone.</summary>
    public FixProperties WithFollowingParameters(IEnumerable<string> names) => With(FollowingParametersKey, string.Join(",", names));

    public static ImmutableArray<string>? FollowingParameters(Diagnostic diagnostic) =>
        Read(diagnostic, FollowingParametersKey) is { } names ? names.Split([','], StringSplitOptions.RemoveEmptyEntries).ToImmutableArray() : null;

    /// <summary>The key size the fix writes; with <paramref name="add"/>, added to the options' initializer rather than
    /// replacing an assigned value.</summary>
    public FixProperties WithKeySize(int size, bool add)
    {
        var properties = With(KeySizeKey, Format(size));
        return add ? properties.With(AddKeySizeKey, Yes) : properties;
    }

    public static int? KeySize(Diagnostic diagnostic) => ReadInt32(diagnostic, KeySizeKey);

    public static bool AddsKeySize(Diagnostic diagnostic) => Read(diagnostic, AddKeySizeKey) is not null;

    /// <summary>The fix also adds <c>Bypass = AzureServices</c> to the network rule set's initializer.</summary>
    public FixProperties WithAddBypass() => With(AddBypassKey, Yes);

    public static bool AddsBypass(Diagnostic diagnostic) => Read(diagnostic, AddBypassKey) is not null;

    private FixProperties With(string key, string value) => new(Values.SetItem(key, value));

    private static string? Read(Diagnostic diagnostic, string key) =>
        diagnostic.Properties.TryGetValue(key, out var value) ? value : null;

    private static int? ReadInt32(Diagnostic diagnostic, string key) =>
        int.TryParse(Read(diagnostic, key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
