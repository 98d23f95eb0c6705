using System;

namespace HsmAnalyzers.Engine;

/// <summary>Azure.ResourceManager.Authorization: Azure role assignments.</summary>
internal sealed class ArmAuthorizationSymbols
{
    public ArmAuthorizationSymbols(Func<string, SdkType> resolve)
    {
        RoleAssignmentCollection = resolve(SdkNames.ArmAuthorization.RoleAssignmentCollection);
        RoleAssignmentCreateOrUpdateContent = resolve(SdkNames.ArmAuthorization.RoleAssignmentCreateOrUpdateContent);
        RoleManagementPrincipalType = resolve(SdkNames.ArmAuthorization.RoleManagementPrincipalType);
        RoleAssignmentMembers = new RoleAssignmentMembers(RoleAssignmentCreateOrUpdateContent);
    }

    public SdkType RoleAssignmentCollection { get; }

    public SdkType RoleAssignmentCreateOrUpdateContent { get; }

    public SdkType RoleManagementPrincipalType { get; }

    public RoleAssignmentMembers RoleAssignmentMembers { get; }
}

/// <summary>The properties the rules read of a role assignment: <c>RoleAssignmentCreateOrUpdateContent</c> (ARM) or
/// the <c>RoleAssignment</c> resource (Azure.Provisioning).</summary>
internal sealed class RoleAssignmentMembers
{
    public RoleAssignmentMembers(SdkType type)
    {
        PrincipalType = type.Property(nameof(PrincipalType));
        RoleDefinitionId = type.Property(nameof(RoleDefinitionId));
    }

    public SdkProperty PrincipalType { get; }

    public SdkProperty RoleDefinitionId { get; }
}
