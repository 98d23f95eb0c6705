using System;

namespace HsmAnalyzers.Engine;

/// <summary>Azure.ResourceManager.Monitor: diagnostic settings and alert rules.</summary>
internal sealed class ArmMonitorSymbols
{
    public ArmMonitorSymbols(Func<string, SdkType> resolve)
    {
        MonitorExtensions = resolve(SdkNames.ArmMonitor.MonitorExtensions);
        DiagnosticSettingCollection = resolve(SdkNames.ArmMonitor.DiagnosticSettingCollection);
        DiagnosticSettingData = resolve(SdkNames.ArmMonitor.DiagnosticSettingData);
        LogSettings = resolve(SdkNames.ArmMonitor.LogSettings);
        MetricAlertCollection = resolve(SdkNames.ArmMonitor.MetricAlertCollection);
        ActivityLogAlertCollection = resolve(SdkNames.ArmMonitor.ActivityLogAlertCollection);
        DiagnosticSettingDataMembers = new DiagnosticSettingDataMembers(DiagnosticSettingData);
        LogSettingsMembers = new LogSettingsMembers(LogSettings);
    }

    public SdkType MonitorExtensions { get; }

    public SdkType DiagnosticSettingCollection { get; }

    public SdkType DiagnosticSettingData { get; }

    public SdkType LogSettings { get; }

    public SdkType MetricAlertCollection { get; }

    public SdkType ActivityLogAlertCollection { get; }

    public DiagnosticSettingDataMembers DiagnosticSettingDataMembers { get; }

    public LogSettingsMembers LogSettingsMembers { get; }
}

/// <summary>The properties the rules read of <c>DiagnosticSettingData</c>.</summary>
internal sealed class DiagnosticSettingDataMembers
{
    public DiagnosticSettingDataMembers(SdkType type)
    {
        Logs = type.Property(nameof(Logs));
        WorkspaceId = type.Property(nameof(WorkspaceId));
        StorageAccountId = type.Property(nameof(StorageAccountId));
        EventHubAuthorizationRuleId = type.Property(nameof(EventHubAuthorizationRuleId));
        ServiceBusRuleId = type.Property(nameof(ServiceBusRuleId));
        MarketplacePartnerId = type.Property(nameof(MarketplacePartnerId));
        Destinations = [WorkspaceId, StorageAccountId, EventHubAuthorizationRuleId, ServiceBusRuleId, MarketplacePartnerId];
    }

    public SdkProperty Logs { get; }

    public SdkProperty WorkspaceId { get; }

    public SdkProperty StorageAccountId { get; }

    public SdkProperty EventHubAuthorizationRuleId { get; }

    public SdkProperty ServiceBusRuleId { get; }

    public SdkProperty MarketplacePartnerId { get; }

    /// <summary>The properties that send the logs somewhere.</summary>
    public SdkProperty[] Destinations { get; }
}

/// <summary>The properties the rules read of a <c>LogSettings</c> entry.</summary>
internal sealed class LogSettingsMembers
{
    public LogSettingsMembers(SdkType type)
    {
        IsEnabled = type.Property(nameof(IsEnabled));
        Category = type.Property(nameof(Category));
        CategoryGroup = type.Property(nameof(CategoryGroup));
    }

    public SdkProperty IsEnabled { get; }

    public SdkProperty Category { get; }

    public SdkProperty CategoryGroup { get; }
}
