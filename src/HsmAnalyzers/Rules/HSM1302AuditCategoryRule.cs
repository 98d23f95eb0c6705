using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1302: a diagnostic setting for a Managed HSM (created, or declared with Azure.Provisioning) that
/// enables no audit log category.</summary>
public sealed class HSM1302AuditCategoryRule : HsmRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1302AuditLogsNotEnabled);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        RegisterProvisioning(context);
        if (!symbols.ArmMonitor.DiagnosticSettingCollection.Exists)
        {
            return;
        }

        context.RegisterMemberInvocationAction(CreateOrUpdate.MethodNames, (analysis, invocation, member) =>
        {
            if (!DiagnosticSettingCreation.IsCreation(invocation, symbols)
                || DiagnosticSettingCreation.ScopeOf(invocation, symbols) != ResourceScopeKind.ManagedHsm
                || DiagnosticSettingCreation.DataArgument(invocation, symbols) is not { } dataArgument
                || new ConfigurationTracker(symbols, context.Compilation, analysis.CancellationToken).Trace(dataArgument.Value, invocation) is not { Creation: { } creation } data)
            {
                return;
            }

            if (AuditEntries(data, symbols.ArmMonitor.DiagnosticSettingDataMembers, symbols) is not { } entries)
            {
                return;
            }

            var (location, inMember) = DiagnosticLocations.InMemberOr(creation.Syntax, DiagnosticLocations.CreationHead(creation.Syntax), member, dataArgument.Value.Syntax);
            analysis.Report(Descriptors.HSM1302AuditLogsNotEnabled, location, Properties(inMember, entries));
        });
    }

    /// <summary>A diagnostic setting declared with Azure.Provisioning. The 1.x API gives it no scope, so it counts as
    /// the Managed HSM's only when its infrastructure, created in the member, holds that one HSM and nothing else a
    /// setting can be for (<see cref="DeclaredInfrastructure"/>).</summary>
    private static void RegisterProvisioning(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        ProvisionedResource.Register(context, symbols.Provisioning.DiagnosticSetting, (analysis, setting) =>
        {
            if (setting.AddedTo(symbols) is not { } add
                || !DeclaredInfrastructure.HoldsOneManagedHsmAndNoOtherTarget(add, symbols)
                || AuditEntries(setting.Resource, symbols.Provisioning.DiagnosticSettingMembers, symbols) is not { } entries)
            {
                return;
            }

            var creation = setting.Creation.Syntax;
            var (location, fixable) = setting.Locate(creation, DiagnosticLocations.CreationHead(creation));
            analysis.Report(Descriptors.HSM1302AuditLogsNotEnabled, location, Properties(fixable, entries).OnProvisioning());
        });
    }

    /// <summary>The setting's log entries when all are known and none enables the audit logs; null otherwise.</summary>
    private static List<AuditLogEntryKind>? AuditEntries(TrackedObject setting, DiagnosticSettingDataMembers members, SdkSymbols symbols)
    {
        var logs = setting.Collection(members.Logs);
        var entries = logs.Elements.Select(element => AuditLogEntries.Classify(element, symbols)).ToList();
        return !logs.IsKnown || entries.Any(kind => kind is AuditLogEntryKind.Unknown or AuditLogEntryKind.EnabledAudit) ? null : entries;
    }

    private static FixProperties Properties(bool fixable, List<AuditLogEntryKind> entries) =>
        fixable && !entries.Contains(AuditLogEntryKind.DisabledAudit) ? FixProperties.None.WithAddAuditEntry() : FixProperties.None;
}
