using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1304: a project that creates a Managed HSM (through the ARM SDK or declared with Azure.Provisioning)
/// and never creates an alert rule.</summary>
public sealed class HSM1304NoAlertRuleRule : HsmRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1304NoAlertRule);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        if (!symbols.ArmKeyVault.ManagedHsmCollection.Exists && !symbols.Provisioning.ManagedHsm.Exists)
        {
            return;
        }

        // Alert scopes are often built at run time (a subscription, a resource group, the HSM's id): any metric or
        // activity-log alert rule the project creates is taken as one that can cover the HSM.
        context.RegisterProjectRequirement(
            CreateOrUpdate.MethodNames,
            invocation => CreateOrUpdate.DataArgument(symbols, invocation) is not null ? RequirementRole.Site
                : symbols.ArmMonitor.MetricAlertCollection.Declares(invocation.TargetMethod) || symbols.ArmMonitor.ActivityLogAlertCollection.Declares(invocation.TargetMethod) ? RequirementRole.Satisfier
                : RequirementRole.None,
            (analysis, unmet) => analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1304NoAlertRule, unmet.Location, unmet.AdditionalLocations)),
            (symbols.Provisioning.ManagedHsm, RequirementRole.Site),
            (symbols.Provisioning.MetricAlert, RequirementRole.Satisfier),
            (symbols.Provisioning.ActivityLogAlert, RequirementRole.Satisfier));
    }
}
