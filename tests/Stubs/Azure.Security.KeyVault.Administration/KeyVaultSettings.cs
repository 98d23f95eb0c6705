// Compile-only stand-in of the settings API, the client options and the model factory of
// Azure.Security.KeyVault.Administration 4.6.0.

using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace Azure.Security.KeyVault.Administration
{
    public partial class KeyVaultAdministrationClientOptions : ClientOptions
    {
        public KeyVaultAdministrationClientOptions(ServiceVersion version = ServiceVersion.V2025_07_01) { }
        public bool DisableChallengeResourceVerification { get => throw null; set => throw null; }
        public ServiceVersion Version => throw null;

        public enum ServiceVersion
        {
            V7_2 = 1,
            V7_3 = 2,
            V7_4 = 3,
            V7_5 = 4,
            V7_6 = 5,
            V2025_07_01 = 6,
        }
    }

    public partial class KeyVaultSettingsClient
    {
        protected KeyVaultSettingsClient() { }
        public KeyVaultSettingsClient(Uri vaultUri, TokenCredential credential) { }
        public KeyVaultSettingsClient(Uri vaultUri, TokenCredential credential, KeyVaultAdministrationClientOptions options) { }
        public virtual Uri VaultUri => throw null;
        public virtual Response<KeyVaultSetting> GetSetting(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultSetting>> GetSettingAsync(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<GetSettingsResult> GetSettings(CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<GetSettingsResult>> GetSettingsAsync(CancellationToken cancellationToken = default) => throw null;
        public virtual Response<KeyVaultSetting> UpdateSetting(KeyVaultSetting setting, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultSetting>> UpdateSettingAsync(KeyVaultSetting setting, CancellationToken cancellationToken = default) => throw null;
    }

    public partial class GetSettingsResult
    {
        internal GetSettingsResult() { }
        public IReadOnlyList<KeyVaultSetting> Settings => throw null;
    }

    public partial class KeyVaultSetting
    {
        public KeyVaultSetting(string name, bool value) { }
        public string Name => throw null;
        public KeyVaultSettingType? SettingType => throw null;
        public KeyVaultSettingValue Value => throw null;
        public override string ToString() => throw null;
    }

    public readonly partial struct KeyVaultSettingValue
    {
#pragma warning disable CS0169, CS0649 // populated by the real SDK's deserializer; never assigned in the stand-in
        private readonly object _value;
#pragma warning restore CS0169, CS0649
        public bool AsBoolean() => throw null;
        public override string ToString() => throw null;
    }

    public static partial class KeyVaultAdministrationModelFactory
    {
        public static KeyVaultBackupOperation BackupOperation(Response response, KeyVaultBackupClient client, string id, Uri blobContainerUri, DateTimeOffset? startTime = default, DateTimeOffset? endTime = default, string errorMessage = null) => throw null;
        public static KeyVaultBackupResult BackupResult(Uri folderUri, DateTimeOffset startTime, DateTimeOffset endTime) => throw null;
        public static GetSettingsResult GetSettingsResult(IEnumerable<KeyVaultSetting> settings = null) => throw null;
        public static KeyVaultPermission KeyVaultPermission(IEnumerable<string> actions = null, IEnumerable<string> notActions = null, IEnumerable<KeyVaultDataAction> dataActions = null, IEnumerable<KeyVaultDataAction> notDataActions = null) => throw null;
        public static KeyVaultRoleAssignment KeyVaultRoleAssignment(string id = null, string name = null, string type = null, KeyVaultRoleAssignmentProperties properties = null) => throw null;
        public static KeyVaultRoleAssignmentProperties KeyVaultRoleAssignmentProperties(KeyVaultRoleScope? scope = default, string roleDefinitionId = null, string principalId = null) => throw null;
        public static KeyVaultRoleDefinition KeyVaultRoleDefinition(string id = null, string name = null, KeyVaultRoleDefinitionType? type = default, string roleName = null, string description = null, KeyVaultRoleType? roleType = default, IEnumerable<KeyVaultPermission> permissions = null, IEnumerable<KeyVaultRoleScope> assignableScopes = null) => throw null;
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static KeyVaultRoleDefinition KeyVaultRoleDefinition(string id, string name, KeyVaultRoleDefinitionType? type, string roleName, string description, KeyVaultRoleType? roleType, IList<KeyVaultPermission> permissions, IList<KeyVaultRoleScope> assignableScopes) => throw null;
        public static KeyVaultSetting KeyVaultSetting(string name = null, string content = null, KeyVaultSettingType? settingType = default) => throw null;
        public static KeyVaultRestoreOperation RestoreOperation(Response response, KeyVaultBackupClient client, string id, DateTimeOffset? startTime = default, DateTimeOffset? endTime = default, string errorMessage = null) => throw null;
        public static KeyVaultRestoreResult RestoreResult(DateTimeOffset startTime, DateTimeOffset endTime) => throw null;
        public static KeyVaultRoleAssignment RoleAssignment(string id, string name, string type, KeyVaultRoleAssignmentProperties properties) => throw null;
        public static KeyVaultRoleDefinition RoleDefinition(string id, string name, string type, string roleName, string description, string roleType, IList<KeyVaultPermission> permissions, IList<KeyVaultRoleScope> assignableScopes) => throw null;
        public static KeyVaultRestoreResult SelectiveKeyRestoreResult(DateTimeOffset startTime, DateTimeOffset endTime) => throw null;
    }
}
