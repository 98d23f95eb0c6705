using Microsoft.CodeAnalysis;

namespace HsmAnalyzers;

public static partial class Descriptors
{
    private const string Logging = "Logging";

    public static readonly DiagnosticDescriptor HSM1301NoAuditLogs = Create(
        RuleIdentifiers.NoAuditLogs,
        Logging,
        DiagnosticSeverity.Warning,
        "Send the Managed HSM's audit logs somewhere",
        "This project creates a Managed HSM but never creates a diagnostic setting for it: its audit logs (AuditEvent) go nowhere",
        "Every operation on a Managed HSM is recorded in its audit log only when a diagnostic setting sends the AuditEvent category (or the audit or allLogs category group) to Log Analytics, a storage account or an event hub. Without it, nobody can tell who used or changed which key. The rule needs the whole project, so it reports in builds and full-solution analysis.",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor HSM1302AuditLogsNotEnabled = Create(
        RuleIdentifiers.AuditLogsNotEnabled,
        Logging,
        DiagnosticSeverity.Warning,
        "Enable the audit logs in the Managed HSM's diagnostic setting",
        "This diagnostic setting for a Managed HSM enables none of the AuditEvent category or the audit or allLogs category groups",
        "A Managed HSM writes every key and administration operation to the AuditEvent log category, which the audit and allLogs category groups include. A diagnostic setting for the HSM that does not enable one of them sends no audit trail anywhere.");

    public static readonly DiagnosticDescriptor HSM1303DiagnosticSettingWithoutDestination = Create(
        RuleIdentifiers.DiagnosticSettingWithoutDestination,
        Logging,
        DiagnosticSeverity.Error,
        "Give the diagnostic setting a destination",
        "This diagnostic setting has no destination: set WorkspaceId, StorageAccountId, EventHubAuthorizationRuleId, ServiceBusRuleId or MarketplacePartnerId",
        "A diagnostic setting sends logs to a Log Analytics workspace, a storage account, an event hub or a partner solution. Without any of them the service rejects it, and the audit logs it was meant to keep are lost.");

    public static readonly DiagnosticDescriptor HSM1304NoAlertRule = Create(
        RuleIdentifiers.NoAlertRule,
        Logging,
        DiagnosticSeverity.Info,
        "Set up alerts for the Managed HSM",
        "This project creates a Managed HSM but never creates an alert rule (metric alert or activity-log alert) that could cover it",
        "Logging is only half of the best practice: alerts on availability, latency, errors and failed authentication tell the team when the HSM needs attention. The rule needs the whole project, so it reports in builds and full-solution analysis.",
        customTags: WellKnownDiagnosticTags.CompilationEnd);
}
