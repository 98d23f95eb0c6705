// Compile-only stand-in of the role assignment resource of Azure.Provisioning (1.x), namespace
// Azure.Provisioning.Authorization: in the 1.x line it ships in the Azure.Provisioning package itself.

using System;
using Azure.Core;
using Azure.Provisioning.Primitives;

namespace Azure.Provisioning.Authorization
{
    public partial class RoleAssignment : ProvisionableResource
    {
        public RoleAssignment(string bicepIdentifier, string resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) => throw null;

        public BicepValue<string> Condition { get => throw null; set => throw null; }

        public BicepValue<string> ConditionVersion { get => throw null; set => throw null; }

        public BicepValue<ResourceIdentifier> DelegatedManagedIdentityResourceId { get => throw null; set => throw null; }

        public BicepValue<string> Description { get => throw null; set => throw null; }

        public BicepValue<ResourceIdentifier> Id => throw null;

        public BicepValue<string> Name { get => throw null; set => throw null; }

        public BicepValue<Guid> PrincipalId { get => throw null; set => throw null; }

        public BicepValue<RoleManagementPrincipalType> PrincipalType { get => throw null; set => throw null; }

        public BicepValue<ResourceIdentifier> RoleDefinitionId { get => throw null; set => throw null; }

        public BicepValue<string> Scope { get => throw null; set => throw null; }

        protected override void DefineProvisionableProperties() => throw null;

        public static RoleAssignment FromExisting(string bicepIdentifier, string resourceVersion = null) => throw null;
    }

    public enum RoleManagementPrincipalType
    {
        User = 0,
        Group = 1,
        ServicePrincipal = 2,
        ForeignGroup = 3,
        Device = 4,
    }
}
