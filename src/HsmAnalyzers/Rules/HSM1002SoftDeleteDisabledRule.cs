using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1002: <c>EnableSoftDelete</c> set to false on Managed HSM properties, in any branch, of the ARM SDK or
/// Azure.Provisioning.</summary>
public sealed class HSM1002SoftDeleteDisabledRule : HsmRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1002SoftDeleteDisabled);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        context.RegisterPropertyAssignmentAction(context.Symbols.ArmKeyVault.ManagedHsmPropertiesMembers.EnableSoftDelete, Analyze);
        context.RegisterPropertyAssignmentAction(context.Symbols.Provisioning.ManagedHsmPropertiesMembers.EnableSoftDelete, Analyze);
    }

    private static void Analyze(HsmAnalysisContext analysis, ISimpleAssignmentOperation assignment)
    {
        if (ConstantValues.Resolve(assignment.Value).Any(value => value is false))
        {
            analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1002SoftDeleteDisabled, assignment.Syntax.GetLocation()));
        }
    }
}
