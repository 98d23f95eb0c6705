using System.Collections.Immutable;
using System.Linq;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Rules;

/// <summary>A <c>KeyVaultAccessControlClient.CreateRoleAssignment[Async]</c> call, read by parameter (named or
/// positional arguments alike); shared by HSM1102, HSM1103 and HSM1106.</summary>
internal sealed class RoleAssignmentCall
{
    public static readonly ImmutableHashSet<string> MethodNames = ImmutableHashSet.Create("CreateRoleAssignment", "CreateRoleAssignmentAsync");

    private RoleAssignmentCall(IInvocationOperation invocation, IOperation scope, IOperation roleDefinitionId, IOperation principalId, KnownRole? role)
    {
        Invocation = invocation;
        Scope = scope;
        RoleDefinitionId = roleDefinitionId;
        PrincipalId = principalId;
        Role = role;
    }

    public IInvocationOperation Invocation { get; }

    public IOperation Scope { get; }

    public IOperation RoleDefinitionId { get; }

    public IOperation PrincipalId { get; }

    /// <summary>The built-in role assigned, when the role definition argument names one.</summary>
    public KnownRole? Role { get; }

    public static RoleAssignmentCall? Read(IInvocationOperation invocation, SdkSymbols symbols)
    {
        if (!symbols.Administration.KeyVaultAccessControlClient.Declares(invocation.TargetMethod)
            || Argument(invocation, "roleScope") is not { } scope
            || Argument(invocation, "roleDefinitionId") is not { } roleDefinitionId
            || Argument(invocation, "principalId") is not { } principalId)
        {
            return null;
        }

        return new RoleAssignmentCall(invocation, scope, roleDefinitionId, principalId, ManagedHsmRoles.Resolve(roleDefinitionId, symbols));
    }

    private static IOperation? Argument(IInvocationOperation invocation, string parameterName) =>
        invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == parameterName)?.Value;
}
