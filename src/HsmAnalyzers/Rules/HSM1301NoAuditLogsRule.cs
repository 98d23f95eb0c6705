using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1301: a project that creates a Managed HSM (through the ARM SDK or declared with Azure.Provisioning)
/// and never creates a diagnostic setting that can be for it.</summary>
public sealed class HSM1301NoAuditLogsRule : HsmRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1301NoAuditLogs);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        if (!symbols.ArmKeyVault.ManagedHsmCollection.Exists && !symbols.Provisioning.ManagedHsm.Exists)
        {
            return;
        }

        // Any setting whose scope is a Managed HSM, or cannot be traced, may be the one for the created HSM.
        context.RegisterProjectRequirement(
            CreateOrUpdate.MethodNames,
            invocation => CreateOrUpdate.DataArgument(symbols, invocation) is not null ? RequirementRole.Site
                : DiagnosticSettingCreation.IsCreation(invocation, symbols) && DiagnosticSettingCreation.ScopeOf(invocation, symbols) != ResourceScopeKind.OtherResource ? RequirementRole.Satisfier
                : RequirementRole.None,
            (analysis, unmet) =>
            {
                // The fix adds an ARM SDK call after the creating call; a declared resource gets no fix.
                var properties = FixProperties.None;
                if (unmet.Location.SourceTree!.GetRoot(analysis.CancellationToken).FindNode(unmet.Location.SourceSpan, getInnermostNodeForTie: true) is InvocationExpressionSyntax
                    && HsmOptions.GetString(analysis.Options, unmet.Location.SourceTree!, HsmOptions.LogAnalyticsWorkspaceId) is { } workspaceId
                    && workspaceId.StartsWith("/subscriptions/", System.StringComparison.OrdinalIgnoreCase))
                {
                    properties = properties.WithWorkspaceId(workspaceId);
                }

                analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1301NoAuditLogs, unmet.Location, unmet.AdditionalLocations, properties.Values));
            },
            // A declared diagnostic setting has no scope in the 1.x Azure.Provisioning.Monitor API: any may be the HSM's.
            (symbols.Provisioning.ManagedHsm, RequirementRole.Site),
            (symbols.Provisioning.DiagnosticSetting, RequirementRole.Satisfier));
    }
}
