using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Rules;

/// <summary>A <c>KeyVaultAccessControlClient.CreateRoleAssignment[Async]</c> call, read by parameter (named or
/// positional arguments alike); shared by HSM1102, HSM1103 and HSM1106.</summary>
internal sealed class RoleAssignmentCall
{
    public static readonly ImmutableHashSet<string> MethodNames = ImmutableHashSet.Create("CreateRoleAssignment", "CreateRoleAssignmentAsync");

    /// <summary>Tags the reads in <see cref="OperationIndex.GetOrAdd"/>.</summary>
    private static readonly object ReadKey = new();

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

    /// <summary>The call read by parameter; null when <paramref name="invocation"/> is not such a call. Read once per
    /// call and kept with its member's <see cref="OperationIndex"/>: HSM1102, HSM1103 and HSM1106 ask about the same
    /// calls, and HSM1106 about every other call of the member too.</summary>
    public static RoleAssignmentCall? Read(IInvocationOperation invocation, SdkSymbols symbols) =>
        symbols.Administration.KeyVaultAccessControlClient.Declares(invocation.TargetMethod)
            ? OperationIndex.Of(invocation).GetOrAdd((ReadKey, invocation), (invocation, symbols), static (_, call) => ReadArguments(call.invocation, call.symbols))
            : null;

    private static RoleAssignmentCall? ReadArguments(IInvocationOperation invocation, SdkSymbols symbols)
    {
        if (Argument(invocation, "roleScope") is not { } scope
            || Argument(invocation, "roleDefinitionId") is not { } roleDefinitionId
            || Argument(invocation, "principalId") is not { } principalId)
        {
            return null;
        }

        return new RoleAssignmentCall(invocation, scope, roleDefinitionId, principalId, ManagedHsmRoles.Resolve(roleDefinitionId, symbols));
    }

    private static IOperation? Argument(IInvocationOperation invocation, string parameterName) =>
        Arguments.ForParameter(invocation.Arguments, parameterName)?.Value;
}
