using System;
using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1104: an Azure RBAC assignment of a privileged role (Owner, Contributor, User Access Administrator,
/// Managed HSM Contributor) whose principal type is User.</summary>
public sealed class HSM1104PrivilegedAzureRoleToUserRule : HsmRule
{
    private static readonly ImmutableHashSet<string> CreateMethodNames = ImmutableHashSet.Create("CreateOrUpdate", "CreateOrUpdateAsync");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1104PrivilegedAzureRoleToUser);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        RegisterProvisioning(context);
        var symbols = context.Symbols;

        // Azure role assignments are everywhere; they are this package's business only in a project that uses Managed HSM.
        if (!symbols.ReferencesManagedHsmSdk || !symbols.ArmAuthorization.RoleAssignmentCollection.Exists)
        {
            return;
        }

        context.RegisterMemberInvocationAction(CreateMethodNames, (analysis, invocation, member) =>
        {
            if (!symbols.ArmAuthorization.RoleAssignmentCollection.Declares(invocation.TargetMethod)
                || new ConfigurationTracker(symbols, context.Compilation, analysis.CancellationToken).TraceArgument(invocation, symbols.ArmAuthorization.RoleAssignmentCreateOrUpdateContent) is not (var contentArgument, var content)
                || content.Creation is not { } creation
                || ManagedHsmRoles.Resolve(Arguments.ForParameter(creation.Arguments, "roleDefinitionId")?.Value, symbols) is not { Kind: RoleKind.PrivilegedAzure } role
                || content[symbols.ArmAuthorization.RoleAssignmentMembers.PrincipalType] is not { Kind: PropertyStateKind.Set, Assignment: { } assignment }
                || ExtensibleEnumValue.Resolve(assignment.Value, symbols.ArmAuthorization.RoleManagementPrincipalType) is not { IsKnown: true } principalType
                || !string.Equals(principalType.Member ?? principalType.Text, "User", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            var location = DiagnosticLocations.IsWithin(assignment.Syntax, member) ? assignment.Syntax.GetLocation() : contentArgument.Value.Syntax.GetLocation();
            analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1104PrivilegedAzureRoleToUser, location, role.Name));
        });
    }

    /// <summary>The same practice on a <c>RoleAssignment</c> declared with Azure.Provisioning, in a project that
    /// declares Managed HSMs with it.</summary>
    private static void RegisterProvisioning(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        ProvisionedResource.Register(context, symbols.Provisioning.RoleAssignment, (analysis, declared) =>
        {
            var assignment = declared.Resource;
            if (assignment[symbols.Provisioning.RoleAssignmentMembers.RoleDefinitionId] is not { Kind: PropertyStateKind.Set, Assignment: { } roleDefinition }
                || ManagedHsmRoles.Resolve(roleDefinition.Value, symbols) is not { Kind: RoleKind.PrivilegedAzure } role
                || assignment[symbols.Provisioning.RoleAssignmentMembers.PrincipalType] is not { Kind: PropertyStateKind.Set, Assignment: { } principalType }
                || ExtensibleEnumValue.Resolve(principalType.Value, symbols.Provisioning.RoleManagementPrincipalType).Member != "User")
            {
                return;
            }

            analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1104PrivilegedAzureRoleToUser, declared.Locate(principalType.Syntax, principalType.Syntax.GetLocation()).Location, role.Name));
        });
    }
}
