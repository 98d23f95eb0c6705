using System;
using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Rules;

internal enum AuditLogEntryKind
{
    /// <summary>The entry cannot be read: it may enable the audit logs.</summary>
    Unknown,

    /// <summary>An entry for the audit logs (AuditEvent, audit or allLogs) that is enabled, at least in one branch.</summary>
    EnabledAudit,

    /// <summary>An entry for the audit logs that is disabled.</summary>
    DisabledAudit,

    /// <summary>An entry for another category.</summary>
    Other,
}

/// <summary>What a <c>LogSettings</c> entry of a diagnostic setting does for a Managed HSM's audit logs.</summary>
internal static class AuditLogEntries
{
    public static AuditLogEntryKind Classify(IOperation element, SdkSymbols symbols)
    {
        if (ConstantValues.Unwrap(element) is not IObjectCreationOperation creation || MembersOf(creation.Type, symbols) is not { } members)
        {
            return AuditLogEntryKind.Unknown;
        }

        var enabled = ConstantValues.Resolve(Arguments.ForParameter(creation.Arguments, "isEnabled")?.Value);
        var names = PossibleValues.Of(null);
        foreach (var entry in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            if (entry is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } } assignment)
            {
                continue;
            }

            if (members.IsEnabled.Matches(property))
            {
                enabled = ConstantValues.Resolve(assignment.Value);
            }
            else if (members.Category.Matches(property) || members.CategoryGroup.Matches(property))
            {
                names = names.Union(ConstantValues.Resolve(assignment.Value));
            }
        }

        if (!enabled.IsKnown || !names.IsKnown)
        {
            return AuditLogEntryKind.Unknown;
        }

        if (!names.Any(IsAuditName))
        {
            return AuditLogEntryKind.Other;
        }

        return enabled.Any(value => value is true) ? AuditLogEntryKind.EnabledAudit : AuditLogEntryKind.DisabledAudit;
    }

    /// <summary>The properties of <paramref name="type"/> when it is the ARM SDK's or Azure.Provisioning's <c>LogSettings</c>.</summary>
    private static LogSettingsMembers? MembersOf(ITypeSymbol? type, SdkSymbols symbols) =>
        symbols.ArmMonitor.LogSettings.Matches(type) ? symbols.ArmMonitor.LogSettingsMembers
        : symbols.Provisioning.LogSettings.Matches(type) ? symbols.Provisioning.LogSettingsMembers
        : null;

    private static bool IsAuditName(object? name) => name is string text
        && (text.Equals("AuditEvent", StringComparison.OrdinalIgnoreCase)
            || text.Equals("audit", StringComparison.OrdinalIgnoreCase)
            || text.Equals("allLogs", StringComparison.OrdinalIgnoreCase));
}
