// Compile-only stand-in of the role-assignment part of Azure.ResourceManager.Authorization 1.1.6
// (role definitions, deny assignments, PIM schedules etc. of the real package are not reproduced).

using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.ResourceManager.Authorization.Models;
using Azure.ResourceManager.Models;

namespace Azure.ResourceManager.Authorization
{
    public static partial class AuthorizationExtensions
    {
        public static Response<RoleAssignmentResource> GetRoleAssignment(this ArmClient client, ResourceIdentifier scope, string roleAssignmentName, string tenantId = null, CancellationToken cancellationToken = default) => throw null;
        public static Response<RoleAssignmentResource> GetRoleAssignment(this ArmResource armResource, string roleAssignmentName, string tenantId = null, CancellationToken cancellationToken = default) => throw null;
        public static Task<Response<RoleAssignmentResource>> GetRoleAssignmentAsync(this ArmClient client, ResourceIdentifier scope, string roleAssignmentName, string tenantId = null, CancellationToken cancellationToken = default) => throw null;
        public static Task<Response<RoleAssignmentResource>> GetRoleAssignmentAsync(this ArmResource armResource, string roleAssignmentName, string tenantId = null, CancellationToken cancellationToken = default) => throw null;
        public static RoleAssignmentResource GetRoleAssignmentResource(this ArmClient client, ResourceIdentifier id) => throw null;
        public static RoleAssignmentCollection GetRoleAssignments(this ArmClient client, ResourceIdentifier scope) => throw null;
        public static RoleAssignmentCollection GetRoleAssignments(this ArmResource armResource) => throw null;
    }

    public partial class RoleAssignmentCollection : ArmCollection, IEnumerable<RoleAssignmentResource>, IAsyncEnumerable<RoleAssignmentResource>
    {
        protected RoleAssignmentCollection() { }
        public virtual ArmOperation<RoleAssignmentResource> CreateOrUpdate(WaitUntil waitUntil, string roleAssignmentName, RoleAssignmentCreateOrUpdateContent content, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<ArmOperation<RoleAssignmentResource>> CreateOrUpdateAsync(WaitUntil waitUntil, string roleAssignmentName, RoleAssignmentCreateOrUpdateContent content, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<bool> Exists(string roleAssignmentName, string tenantId = null, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<bool>> ExistsAsync(string roleAssignmentName, string tenantId = null, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<RoleAssignmentResource> Get(string roleAssignmentName, string tenantId = null, CancellationToken cancellationToken = default) => throw null;
        public virtual Pageable<RoleAssignmentResource> GetAll(string filter = null, string tenantId = null, string skipToken = null, CancellationToken cancellationToken = default) => throw null;
        public virtual AsyncPageable<RoleAssignmentResource> GetAllAsync(string filter = null, string tenantId = null, string skipToken = null, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<RoleAssignmentResource>> GetAsync(string roleAssignmentName, string tenantId = null, CancellationToken cancellationToken = default) => throw null;
        public virtual NullableResponse<RoleAssignmentResource> GetIfExists(string roleAssignmentName, string tenantId = null, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<NullableResponse<RoleAssignmentResource>> GetIfExistsAsync(string roleAssignmentName, string tenantId = null, CancellationToken cancellationToken = default) => throw null;
        IEnumerator<RoleAssignmentResource> IEnumerable<RoleAssignmentResource>.GetEnumerator() => throw null;
        IEnumerator IEnumerable.GetEnumerator() => throw null;
        IAsyncEnumerator<RoleAssignmentResource> IAsyncEnumerable<RoleAssignmentResource>.GetAsyncEnumerator(CancellationToken cancellationToken) => throw null;
    }

    public partial class RoleAssignmentData : ResourceData
    {
        internal RoleAssignmentData() { }
        public string Condition => throw null;
        public string ConditionVersion => throw null;
        public string CreatedBy => throw null;
        public DateTimeOffset? CreatedOn => throw null;
        public ResourceIdentifier DelegatedManagedIdentityResourceId => throw null;
        public string Description => throw null;
        public Guid? PrincipalId => throw null;
        public RoleManagementPrincipalType? PrincipalType => throw null;
        public ResourceIdentifier RoleDefinitionId => throw null;
        public string Scope => throw null;
        public string UpdatedBy => throw null;
        public DateTimeOffset? UpdatedOn => throw null;
    }

    public partial class RoleAssignmentResource : ArmResource
    {
        public static readonly ResourceType ResourceType = "Microsoft.Authorization/roleAssignments";
        protected RoleAssignmentResource() { }
        public virtual RoleAssignmentData Data => throw null;
        public virtual bool HasData => throw null;
        public static ResourceIdentifier CreateResourceIdentifier(string scope, string roleAssignmentName) => throw null;
        public virtual ArmOperation<RoleAssignmentResource> Delete(WaitUntil waitUntil, string tenantId = null, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<ArmOperation<RoleAssignmentResource>> DeleteAsync(WaitUntil waitUntil, string tenantId = null, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<RoleAssignmentResource> Get(string tenantId = null, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<RoleAssignmentResource>> GetAsync(string tenantId = null, CancellationToken cancellationToken = default) => throw null;
        public virtual ArmOperation<RoleAssignmentResource> Update(WaitUntil waitUntil, RoleAssignmentCreateOrUpdateContent content, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<ArmOperation<RoleAssignmentResource>> UpdateAsync(WaitUntil waitUntil, RoleAssignmentCreateOrUpdateContent content, CancellationToken cancellationToken = default) => throw null;
    }
}

namespace Azure.ResourceManager.Authorization.Models
{
    public partial class RoleAssignmentCreateOrUpdateContent
    {
        public RoleAssignmentCreateOrUpdateContent(ResourceIdentifier roleDefinitionId, Guid principalId) { }
        public string Condition { get => throw null; set => throw null; }
        public string ConditionVersion { get => throw null; set => throw null; }
        public string CreatedBy => throw null;
        public DateTimeOffset? CreatedOn => throw null;
        public ResourceIdentifier DelegatedManagedIdentityResourceId { get => throw null; set => throw null; }
        public string Description { get => throw null; set => throw null; }
        public Guid PrincipalId => throw null;
        public RoleManagementPrincipalType? PrincipalType { get => throw null; set => throw null; }
        public ResourceIdentifier RoleDefinitionId => throw null;
        public string Scope => throw null;
        public string UpdatedBy => throw null;
        public DateTimeOffset? UpdatedOn => throw null;
    }
}
