using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1103: an administrator-level local role assigned to a principal that is not a known security group.</summary>
public sealed class HSM1103AdminRoleNotToAGroupRule : HsmRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1103AdminRoleNotToAGroup);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        context.RegisterInvocationAction(RoleAssignmentCall.MethodNames, (analysis, invocation) =>
        {
            if (RoleAssignmentCall.Read(invocation, symbols) is not { Role: { Kind: RoleKind.Administrative } role } call)
            {
                return;
            }

            var groups = HsmOptions.GetGuidList(analysis.Options, invocation.Syntax.SyntaxTree, HsmOptions.AdminGroupObjectIds);
            if (AdminPrincipals.WhyNotAGroup(call.PrincipalId, groups, symbols) is { } reason)
            {
                var principal = call.PrincipalId.Syntax;
                analysis.Report(Descriptors.HSM1103AdminRoleNotToAGroup, principal.GetLocation(), AdminPrincipals.Fix(groups), role.Name, principal.ToString(), reason);
            }
        });
    }
}
