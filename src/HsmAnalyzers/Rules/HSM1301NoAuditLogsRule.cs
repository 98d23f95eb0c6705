using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1301: a project that creates a Managed HSM and never creates a diagnostic setting that can be for it.</summary>
public sealed class HSM1301NoAuditLogsRule : HsmRule
{
    /// <summary>Diagnostic property with the Log Analytics workspace the fixer sends the logs to; absent, no fix.</summary>
    public const string WorkspaceIdProperty = "WorkspaceId";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1301NoAuditLogs);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        if (!symbols.ManagedHsmCollection.Exists)
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
                var properties = ImmutableDictionary<string, string?>.Empty;
                if (HsmOptions.GetString(analysis.Options, unmet.Location.SourceTree!, HsmOptions.LogAnalyticsWorkspaceId) is { } workspaceId
                    && workspaceId.StartsWith("/subscriptions/", System.StringComparison.OrdinalIgnoreCase))
                {
                    properties = properties.Add(WorkspaceIdProperty, workspaceId);
                }

                analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1301NoAuditLogs, unmet.Location, unmet.AdditionalLocations, properties));
            });
    }
}
