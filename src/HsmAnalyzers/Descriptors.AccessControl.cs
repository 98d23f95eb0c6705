using Microsoft.CodeAnalysis;

namespace HsmAnalyzers;

public static partial class Descriptors
{
    private const string AccessControl = "AccessControl";

    public static readonly DiagnosticDescriptor HSM1101InitialAdminNotAGroup = Create(
        RuleIdentifiers.InitialAdminNotAGroup,
        AccessControl,
        DiagnosticSeverity.Warning,
        "Make a security group the initial administrator of a Managed HSM",
        "Initial administrator '{0}' may not be a security group: {1}",
        "The initial administrators get the Managed HSM Administrator role. Given to individual accounts, deleting or disabling those accounts locks everybody out of the HSM; give it to one Azure AD security group instead. The groups can be listed in the option hsm_analyzers.admin_group_object_ids.");

    public static readonly DiagnosticDescriptor HSM1102KeyRoleAtBroadScope = Create(
        RuleIdentifiers.KeyRoleAtBroadScope,
        AccessControl,
        DiagnosticSeverity.Warning,
        "Assign key-using Managed HSM roles per key",
        "'{0}' is assigned at scope '{1}', which covers every key in the HSM; scope it to one key (/keys/<name>)",
        "Key-using roles (Crypto User, Crypto Service Encryption User, Crypto Service Release User) assigned at '/' or '/keys' let the principal use every key in the HSM, including keys created later. Assign them per key with Managed HSM local RBAC.");

    public static readonly DiagnosticDescriptor HSM1103AdminRoleNotToAGroup = Create(
        RuleIdentifiers.AdminRoleNotToAGroup,
        AccessControl,
        DiagnosticSeverity.Warning,
        "Assign administrator-level Managed HSM roles to security groups",
        "'{0}' is assigned to '{1}', which may not be a security group: {2}",
        "Administrator, Crypto Officer and Policy Administrator given to individual accounts can lock everybody out when those accounts are deleted, and escape group-based review. Assign them to an Azure AD security group. The groups can be listed in the option hsm_analyzers.admin_group_object_ids.");

    public static readonly DiagnosticDescriptor HSM1104PrivilegedAzureRoleToUser = Create(
        RuleIdentifiers.PrivilegedAzureRoleToUser,
        AccessControl,
        DiagnosticSeverity.Warning,
        "Do not assign privileged Azure roles to individual users",
        "'{0}' is assigned to a principal of type User; assign it to a security group",
        "Owner, Contributor, User Access Administrator and Managed HSM Contributor control the Managed HSM resource and who can access it. Given to individual users, they bypass group review and outlive role changes; use a security group, just-in-time elevation, and keep control-plane and data-plane access separate.");

    public static readonly DiagnosticDescriptor HSM1105OverbroadCustomRole = Create(
        RuleIdentifiers.OverbroadCustomRole,
        AccessControl,
        DiagnosticSeverity.Warning,
        "Give custom Managed HSM roles precise permissions",
        "This custom role {0}",
        "A custom role that grants every action, or that combines dangerous data actions (security domain download, key export, purging deleted keys, writing role assignments) with using keys, defeats least privilege and separation of duties. List exactly the data actions the role needs.");

    public static readonly DiagnosticDescriptor HSM1106SeveralDataPlaneRoles = Create(
        RuleIdentifiers.SeveralDataPlaneRoles,
        AccessControl,
        DiagnosticSeverity.Info,
        "Give a principal one Managed HSM data-plane role",
        "'{0}' is also given '{1}' in this method; one principal holding several roles weakens separation of duties",
        "Separation of duties: a principal that holds several data-plane roles (for example Crypto Officer and Crypto User) can both manage and use keys. Give each principal the one role it needs.");
}
