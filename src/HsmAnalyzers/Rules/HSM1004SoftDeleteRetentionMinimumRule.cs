using System.Collections.Immutable;
using System.Linq;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1004: a valid soft-delete retention below the team's minimum (option, default 90 days), of the ARM SDK
/// or Azure.Provisioning.</summary>
public sealed class HSM1004SoftDeleteRetentionMinimumRule : HsmRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1004SoftDeleteRetentionBelowMinimum);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        context.RegisterPropertyAssignmentAction(context.Symbols.ArmKeyVault.ManagedHsmPropertiesMembers.SoftDeleteRetentionInDays, Analyze);
        context.RegisterPropertyAssignmentAction(context.Symbols.Provisioning.ManagedHsmPropertiesMembers.SoftDeleteRetentionInDays, Analyze);
    }

    private static void Analyze(HsmAnalysisContext analysis, ISimpleAssignmentOperation assignment)
    {
        var minimum = HsmOptions.GetInt32(
            analysis.Options,
            assignment.Syntax.SyntaxTree,
            HsmOptions.MinimumSoftDeleteRetentionDays,
            defaultValue: SoftDeleteRetention.MaximumDays,
            minimum: SoftDeleteRetention.MinimumDays,
            maximum: SoftDeleteRetention.MaximumDays);

        // Values the service rejects are HSM1003's; this rule only speaks of valid values below the minimum.
        var values = ConstantValues.Resolve(assignment.Value);
        if (values.All(value => value is int days && SoftDeleteRetention.IsInRange(days) && days < minimum))
        {
            var properties = values.IsSingle
                ? FixProperties.None.WithReplacement(minimum)
                : FixProperties.None;
            analysis.Report(Descriptors.HSM1004SoftDeleteRetentionBelowMinimum, assignment.Syntax.GetLocation(), properties, values.Values.Max(value => (int)value!), minimum);
        }
    }
}
