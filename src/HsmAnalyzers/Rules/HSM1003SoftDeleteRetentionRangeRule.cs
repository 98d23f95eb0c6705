using System.Collections.Immutable;
using System.Linq;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1003: a soft-delete retention the service rejects, in any branch, of the ARM SDK or Azure.Provisioning.</summary>
public sealed class HSM1003SoftDeleteRetentionRangeRule : HsmRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1003SoftDeleteRetentionOutOfRange);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        context.RegisterPropertyAssignmentAction(context.Symbols.ArmKeyVault.ManagedHsmPropertiesMembers.SoftDeleteRetentionInDays, Analyze);
        context.RegisterPropertyAssignmentAction(context.Symbols.Provisioning.ManagedHsmPropertiesMembers.SoftDeleteRetentionInDays, Analyze);
    }

    private static void Analyze(HsmAnalysisContext analysis, ISimpleAssignmentOperation assignment)
    {
        var values = ConstantValues.Resolve(assignment.Value);
        if (values.IsKnown && values.Values.FirstOrDefault(value => !SoftDeleteRetention.IsInRange(value)) is int days)
        {
            var properties = FixProperties.None;
            if (values.IsSingle)
            {
                properties = properties.WithReplacement(days < SoftDeleteRetention.MinimumDays ? SoftDeleteRetention.MinimumDays : SoftDeleteRetention.MaximumDays);
            }

            analysis.Report(Descriptors.HSM1003SoftDeleteRetentionOutOfRange, assignment.Syntax.GetLocation(), properties, days);
        }
    }
}
