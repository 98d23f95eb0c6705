using System.Collections.Immutable;
using System.Linq;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1302: a diagnostic setting for a Managed HSM that enables no audit log category.</summary>
public sealed class HSM1302AuditCategoryRule : HsmRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1302AuditLogsNotEnabled);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
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

            var logs = data.Collection(symbols.ArmMonitor.DiagnosticSettingDataMembers.Logs);
            var entries = logs.Elements.Select(element => AuditLogEntries.Classify(element, symbols)).ToList();
            if (!logs.IsKnown || entries.Any(kind => kind is AuditLogEntryKind.Unknown or AuditLogEntryKind.EnabledAudit))
            {
                return;
            }

            var (location, inMember) = DiagnosticLocations.InMemberOr(creation.Syntax, DiagnosticLocations.CreationHead(creation.Syntax), member, dataArgument.Value.Syntax);
            var properties = inMember && !entries.Contains(AuditLogEntryKind.DisabledAudit)
                ? FixProperties.None.WithAddAuditEntry()
                : FixProperties.None;
            analysis.Report(Descriptors.HSM1302AuditLogsNotEnabled, location, properties);
        });
    }
}
