using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1106: one principal given two or more different data-plane roles in the same method.</summary>
public sealed class HSM1106SeveralDataPlaneRolesRule : HsmRule
{
    private const int MaximumDepth = 8;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1106SeveralDataPlaneRoles);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        context.RegisterInvocationAction(RoleAssignmentCall.MethodNames, (analysis, invocation) =>
        {
            if (RoleAssignmentCall.Read(invocation, symbols) is not { } call
                || RoleKey(call) is not { } role
                || PrincipalKey(call.PrincipalId, 0) is not { } principal)
            {
                return;
            }

            // Reported on every assignment after the first that gives the principal a role it did not have yet, in
            // the same body: a lambda or local function is a method of its own. Calls on different arms of one
            // if/else, switch or ?: never both run: the principal gets one role or the other.
            var earlier = AssignmentsByPrincipal(invocation, symbols)[(Body(invocation)?.Syntax, principal)]
                .Where(other => other.Invocation.Syntax.SpanStart < invocation.Syntax.SpanStart
                    && !OperationTree.AreExclusive(other.Invocation, invocation))
                .Select(other => other.Role)
                .ToList();
            if (earlier.Count > 0 && !earlier.Contains(role))
            {
                analysis.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.HSM1106SeveralDataPlaneRoles,
                    invocation.Syntax.GetLocation(),
                    call.PrincipalId.Syntax.ToString(),
                    call.Role?.Name ?? call.RoleDefinitionId.Syntax.ToString()));
            }
        });
    }

    /// <summary>The role assignments of the member, by body and principal, read once per member rather than once per
    /// call: a member with N assignments costs N, not N².</summary>
    private static ILookup<(SyntaxNode? Body, string Principal), (IInvocationOperation Invocation, string? Role)> AssignmentsByPrincipal(IOperation operation, SdkSymbols symbols) =>
        OperationIndex.Of(operation).GetOrAdd((typeof(HSM1106SeveralDataPlaneRolesRule), symbols), symbols, static (index, symbols) => index.Root.DescendantsAndSelf()
            .OfType<IInvocationOperation>()
            .Where(other => RoleAssignmentCall.MethodNames.Contains(other.TargetMethod.Name))
            .Select(other => RoleAssignmentCall.Read(other, symbols))
            .Select(other => (Call: other, Principal: other is null ? null : PrincipalKey(other.PrincipalId, 0)))
            .Where(other => other.Principal is not null)
            .ToLookup(other => (Body(other.Call!.Invocation)?.Syntax, other.Principal!), other => (other.Call!.Invocation, RoleKey(other.Call!))));

    private static IOperation? Body(IOperation operation) =>
        OperationTree.BranchAncestors(operation).FirstOrDefault(a => a.Kind is OperationKind.AnonymousFunction or OperationKind.LocalFunction);

    /// <summary>The role, when known: a built-in role by its GUID, another by its constant value.</summary>
    private static string? RoleKey(RoleAssignmentCall call) =>
        call.Role is { } role ? role.Id.ToString("D")
        : ConstantValues.Resolve(call.RoleDefinitionId) is { IsSingle: true } values && values.Values[0] is string text ? text.Trim().ToLowerInvariant()
        : null;

    /// <summary>Equal for two principal expressions that hold the same ID: the same constant value, or the same
    /// local, parameter, or field or property (of the same instance), looked through conversions and <c>ToString()</c>.</summary>
    private static string? PrincipalKey(IOperation? operation, int depth)
    {
        if (depth > MaximumDepth)
        {
            return null;
        }

        if (ConstantValues.Resolve(operation) is { IsSingle: true } values && values.Values[0] is { } value)
        {
            return "=" + Convert.ToString(value, CultureInfo.InvariantCulture)!.Trim().ToLowerInvariant();
        }

        return ConstantValues.Unwrap(operation) switch
        {
            IInvocationOperation { TargetMethod.Name: "ToString", Arguments.Length: 0, Instance: { } instance } => PrincipalKey(instance, depth + 1),
            ILocalReferenceOperation local => "local:" + local.Local.Name + "@" + local.Local.Locations.FirstOrDefault()?.SourceSpan.Start.ToString(CultureInfo.InvariantCulture),
            IParameterReferenceOperation parameter => "parameter:" + parameter.Parameter.Name,
            IMemberReferenceOperation { Instance: null or IInstanceReferenceOperation } member => "member:" + member.Member.ToDisplayString(),
            IMemberReferenceOperation { Instance: { } instance } member when PrincipalKey(instance, depth + 1) is { } owner => owner + "." + member.Member.Name,
            _ => null,
        };
    }
}
