// Compile-only stand-in of the access-control (local RBAC) API of Azure.Security.KeyVault.Administration
// (listing api/Azure.Security.KeyVault.Administration.net10.0.cs).

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Azure.Security.KeyVault.Administration
{
    public partial class KeyVaultAccessControlClient
    {
        protected KeyVaultAccessControlClient() { }
        public KeyVaultAccessControlClient(Uri vaultUri, TokenCredential credential) { }
        public KeyVaultAccessControlClient(Uri vaultUri, TokenCredential credential, KeyVaultAdministrationClientOptions options) { }
        public virtual HttpPipeline Pipeline => throw null;
        public virtual Uri VaultUri => throw null;
        public virtual Response<KeyVaultRoleDefinition> CreateOrUpdateRoleDefinition(CreateOrUpdateRoleDefinitionOptions options, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<KeyVaultRoleDefinition> CreateOrUpdateRoleDefinition(KeyVaultRoleScope roleScope, Guid? roleDefinitionName = default, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultRoleDefinition>> CreateOrUpdateRoleDefinitionAsync(CreateOrUpdateRoleDefinitionOptions options, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultRoleDefinition>> CreateOrUpdateRoleDefinitionAsync(KeyVaultRoleScope roleScope, Guid? roleDefinitionName = default, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<KeyVaultRoleAssignment> CreateRoleAssignment(KeyVaultRoleScope roleScope, string roleDefinitionId, string principalId, Guid? roleAssignmentName = default, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultRoleAssignment>> CreateRoleAssignmentAsync(KeyVaultRoleScope roleScope, string roleDefinitionId, string principalId, Guid? roleAssignmentName = default, CancellationToken cancellationToken = default) => throw null;
        public virtual Response DeleteRoleAssignment(KeyVaultRoleScope roleScope, string roleAssignmentName, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response> DeleteRoleAssignmentAsync(KeyVaultRoleScope roleScope, string roleAssignmentName, CancellationToken cancellationToken = default) => throw null;
        public virtual Response DeleteRoleDefinition(KeyVaultRoleScope roleScope, Guid roleDefinitionName, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response> DeleteRoleDefinitionAsync(KeyVaultRoleScope roleScope, Guid roleDefinitionName, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<KeyVaultRoleAssignment> GetRoleAssignment(KeyVaultRoleScope roleScope, string roleAssignmentName, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultRoleAssignment>> GetRoleAssignmentAsync(KeyVaultRoleScope roleScope, string roleAssignmentName, CancellationToken cancellationToken = default) => throw null;
        public virtual Pageable<KeyVaultRoleAssignment> GetRoleAssignments(KeyVaultRoleScope roleScope, CancellationToken cancellationToken = default) => throw null;
        public virtual AsyncPageable<KeyVaultRoleAssignment> GetRoleAssignmentsAsync(KeyVaultRoleScope roleScope, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<KeyVaultRoleDefinition> GetRoleDefinition(KeyVaultRoleScope roleScope, Guid roleDefinitionName, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<KeyVaultRoleDefinition>> GetRoleDefinitionAsync(KeyVaultRoleScope roleScope, Guid roleDefinitionName, CancellationToken cancellationToken = default) => throw null;
        public virtual Pageable<KeyVaultRoleDefinition> GetRoleDefinitions(KeyVaultRoleScope roleScope, CancellationToken cancellationToken = default) => throw null;
        public virtual AsyncPageable<KeyVaultRoleDefinition> GetRoleDefinitionsAsync(KeyVaultRoleScope roleScope, CancellationToken cancellationToken = default) => throw null;
    }

    /// <summary>A role scope: "/" (<see cref="Global"/>), "/keys" (<see cref="Keys"/>) or a key path such as "/keys/name".</summary>
    public readonly partial struct KeyVaultRoleScope : IEquatable<KeyVaultRoleScope>
    {
        private const string GlobalValue = "/";
        private const string KeysValue = "/keys";
        private readonly string _value;

        public KeyVaultRoleScope(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary>Scope of a key: the key identifier's path without its version (for example "/keys/name").</summary>
        public KeyVaultRoleScope(Uri resourceId)
        {
            if (resourceId is null)
            {
                throw new ArgumentNullException(nameof(resourceId));
            }

            string[] segments = resourceId.AbsolutePath.Trim('/').Split('/');
            if (segments.Length == 3 && string.Equals(segments[0], "keys", StringComparison.OrdinalIgnoreCase))
            {
                _value = "/" + segments[0] + "/" + segments[1];
            }
            else
            {
                _value = resourceId.AbsolutePath;
            }
        }

        public static KeyVaultRoleScope Global { get; } = new KeyVaultRoleScope(GlobalValue);
        public static KeyVaultRoleScope Keys { get; } = new KeyVaultRoleScope(KeysValue);

        public static bool operator ==(KeyVaultRoleScope left, KeyVaultRoleScope right) => left.Equals(right);
        public static bool operator !=(KeyVaultRoleScope left, KeyVaultRoleScope right) => !left.Equals(right);
        public static implicit operator KeyVaultRoleScope(string value) => new KeyVaultRoleScope(value);
        public static implicit operator KeyVaultRoleScope?(string value) => value is null ? null : new KeyVaultRoleScope(value);

        public override bool Equals(object obj) => obj is KeyVaultRoleScope other && Equals(other);
        public bool Equals(KeyVaultRoleScope other) => string.Equals(_value, other._value, StringComparison.InvariantCultureIgnoreCase);
        public override int GetHashCode() => _value != null ? StringComparer.InvariantCultureIgnoreCase.GetHashCode(_value) : 0;
        public override string ToString() => _value;
    }

    public partial class CreateOrUpdateRoleDefinitionOptions
    {
        public CreateOrUpdateRoleDefinitionOptions(KeyVaultRoleScope roleScope) { }
        public CreateOrUpdateRoleDefinitionOptions(KeyVaultRoleScope roleScope, Guid roleDefinitionName) { }
        public IList<KeyVaultRoleScope> AssignableScopes => throw null;
        public string Description { get => throw null; set => throw null; }
        public IList<KeyVaultPermission> Permissions => throw null;
        public Guid RoleDefinitionName => throw null;
        public string RoleName { get => throw null; set => throw null; }
        public KeyVaultRoleScope RoleScope => throw null;
    }

    public partial class KeyVaultPermission
    {
        public KeyVaultPermission() { }
        public IList<string> Actions => throw null;
        public IList<KeyVaultDataAction> DataActions => throw null;
        public IList<string> NotActions => throw null;
        public IList<KeyVaultDataAction> NotDataActions => throw null;
    }

    public partial class KeyVaultRoleAssignment
    {
        internal KeyVaultRoleAssignment() { }
        public string Id => throw null;
        public string Name => throw null;
        public KeyVaultRoleAssignmentProperties Properties => throw null;
        public string Type => throw null;
    }

    public partial class KeyVaultRoleAssignmentProperties
    {
        internal KeyVaultRoleAssignmentProperties() { }
        public string PrincipalId => throw null;
        public string RoleDefinitionId => throw null;
        public KeyVaultRoleScope? Scope => throw null;
    }

    public partial class KeyVaultRoleDefinition
    {
        public KeyVaultRoleDefinition() { }
        public IList<KeyVaultRoleScope> AssignableScopes => throw null;
        public string Description { get => throw null; set => throw null; }
        public string Id => throw null;
        public string Name => throw null;
        public IList<KeyVaultPermission> Permissions => throw null;
        public string RoleName { get => throw null; set => throw null; }
        public KeyVaultRoleType? RoleType { get => throw null; set => throw null; }
        public KeyVaultRoleDefinitionType? Type => throw null;
    }
}
