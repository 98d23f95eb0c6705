// Compile-only stand-in of the diagnostic-settings resources of Azure.ResourceManager.Monitor 1.3.1,
// plus the MonitorExtensions members for diagnostic settings and the two alert kinds reproduced here.

using System.Collections;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.ResourceManager.Models;
using Azure.ResourceManager.Monitor.Models;
using Azure.ResourceManager.Resources;

namespace Azure.ResourceManager.Monitor
{
    public static partial class MonitorExtensions
    {
        // Diagnostic settings are extension resources: they hang off any ARM scope (ArmResource.GetDiagnosticSettings() was removed in 1.0.0).
        public static Response<DiagnosticSettingResource> GetDiagnosticSetting(this ArmClient client, ResourceIdentifier scope, string name, CancellationToken cancellationToken = default) => throw null;
        public static Task<Response<DiagnosticSettingResource>> GetDiagnosticSettingAsync(this ArmClient client, ResourceIdentifier scope, string name, CancellationToken cancellationToken = default) => throw null;
        public static DiagnosticSettingResource GetDiagnosticSettingResource(this ArmClient client, ResourceIdentifier id) => throw null;
        public static DiagnosticSettingCollection GetDiagnosticSettings(this ArmClient client, ResourceIdentifier scope) => throw null;
        public static DiagnosticSettingsCategoryCollection GetDiagnosticSettingsCategories(this ArmClient client, ResourceIdentifier scope) => throw null;
        public static Response<DiagnosticSettingsCategoryResource> GetDiagnosticSettingsCategory(this ArmClient client, ResourceIdentifier scope, string name, CancellationToken cancellationToken = default) => throw null;
        public static Task<Response<DiagnosticSettingsCategoryResource>> GetDiagnosticSettingsCategoryAsync(this ArmClient client, ResourceIdentifier scope, string name, CancellationToken cancellationToken = default) => throw null;
        public static DiagnosticSettingsCategoryResource GetDiagnosticSettingsCategoryResource(this ArmClient client, ResourceIdentifier id) => throw null;

        public static Response<ActivityLogAlertResource> GetActivityLogAlert(this ResourceGroupResource resourceGroupResource, string activityLogAlertName, CancellationToken cancellationToken = default) => throw null;
        public static Task<Response<ActivityLogAlertResource>> GetActivityLogAlertAsync(this ResourceGroupResource resourceGroupResource, string activityLogAlertName, CancellationToken cancellationToken = default) => throw null;
        public static ActivityLogAlertResource GetActivityLogAlertResource(this ArmClient client, ResourceIdentifier id) => throw null;
        public static ActivityLogAlertCollection GetActivityLogAlerts(this ResourceGroupResource resourceGroupResource) => throw null;
        public static Pageable<ActivityLogAlertResource> GetActivityLogAlerts(this SubscriptionResource subscriptionResource, CancellationToken cancellationToken = default) => throw null;
        public static AsyncPageable<ActivityLogAlertResource> GetActivityLogAlertsAsync(this SubscriptionResource subscriptionResource, CancellationToken cancellationToken = default) => throw null;

        public static Response<MetricAlertResource> GetMetricAlert(this ResourceGroupResource resourceGroupResource, string ruleName, CancellationToken cancellationToken = default) => throw null;
        public static Task<Response<MetricAlertResource>> GetMetricAlertAsync(this ResourceGroupResource resourceGroupResource, string ruleName, CancellationToken cancellationToken = default) => throw null;
        public static MetricAlertResource GetMetricAlertResource(this ArmClient client, ResourceIdentifier id) => throw null;
        public static MetricAlertCollection GetMetricAlerts(this ResourceGroupResource resourceGroupResource) => throw null;
        public static Pageable<MetricAlertResource> GetMetricAlerts(this SubscriptionResource subscriptionResource, CancellationToken cancellationToken = default) => throw null;
        public static AsyncPageable<MetricAlertResource> GetMetricAlertsAsync(this SubscriptionResource subscriptionResource, CancellationToken cancellationToken = default) => throw null;
    }

    public partial class DiagnosticSettingCollection : ArmCollection, IEnumerable<DiagnosticSettingResource>, IAsyncEnumerable<DiagnosticSettingResource>
    {
        protected DiagnosticSettingCollection() { }
        public virtual ArmOperation<DiagnosticSettingResource> CreateOrUpdate(WaitUntil waitUntil, string name, DiagnosticSettingData data, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<ArmOperation<DiagnosticSettingResource>> CreateOrUpdateAsync(WaitUntil waitUntil, string name, DiagnosticSettingData data, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<bool> Exists(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<bool>> ExistsAsync(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<DiagnosticSettingResource> Get(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Pageable<DiagnosticSettingResource> GetAll(CancellationToken cancellationToken = default) => throw null;
        public virtual AsyncPageable<DiagnosticSettingResource> GetAllAsync(CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<DiagnosticSettingResource>> GetAsync(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual NullableResponse<DiagnosticSettingResource> GetIfExists(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<NullableResponse<DiagnosticSettingResource>> GetIfExistsAsync(string name, CancellationToken cancellationToken = default) => throw null;
        IEnumerator<DiagnosticSettingResource> IEnumerable<DiagnosticSettingResource>.GetEnumerator() => throw null;
        IEnumerator IEnumerable.GetEnumerator() => throw null;
        IAsyncEnumerator<DiagnosticSettingResource> IAsyncEnumerable<DiagnosticSettingResource>.GetAsyncEnumerator(CancellationToken cancellationToken) => throw null;
    }

    public partial class DiagnosticSettingData : ResourceData
    {
        public DiagnosticSettingData() { }
        public ResourceIdentifier EventHubAuthorizationRuleId { get => throw null; set => throw null; }
        public string EventHubName { get => throw null; set => throw null; }
        /// <summary>"Dedicated" sends logs to resource-specific tables; null/absent means the legacy AzureDiagnostics table.</summary>
        public string LogAnalyticsDestinationType { get => throw null; set => throw null; }
        public IList<LogSettings> Logs => throw null;
        public ResourceIdentifier MarketplacePartnerId { get => throw null; set => throw null; }
        public IList<MetricSettings> Metrics => throw null;
        public ResourceIdentifier ServiceBusRuleId { get => throw null; set => throw null; }
        public ResourceIdentifier StorageAccountId { get => throw null; set => throw null; }
        public ResourceIdentifier WorkspaceId { get => throw null; set => throw null; }
    }

    public partial class DiagnosticSettingResource : ArmResource
    {
        public static readonly ResourceType ResourceType = "Microsoft.Insights/diagnosticSettings";
        protected DiagnosticSettingResource() { }
        public virtual DiagnosticSettingData Data => throw null;
        public virtual bool HasData => throw null;
        public static ResourceIdentifier CreateResourceIdentifier(string resourceUri, string name) => throw null;
        public virtual ArmOperation Delete(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<ArmOperation> DeleteAsync(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<DiagnosticSettingResource> Get(CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<DiagnosticSettingResource>> GetAsync(CancellationToken cancellationToken = default) => throw null;
        public virtual ArmOperation<DiagnosticSettingResource> Update(WaitUntil waitUntil, DiagnosticSettingData data, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<ArmOperation<DiagnosticSettingResource>> UpdateAsync(WaitUntil waitUntil, DiagnosticSettingData data, CancellationToken cancellationToken = default) => throw null;
    }

    public partial class DiagnosticSettingsCategoryCollection : ArmCollection, IEnumerable<DiagnosticSettingsCategoryResource>, IAsyncEnumerable<DiagnosticSettingsCategoryResource>
    {
        protected DiagnosticSettingsCategoryCollection() { }
        public virtual Response<bool> Exists(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<bool>> ExistsAsync(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<DiagnosticSettingsCategoryResource> Get(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Pageable<DiagnosticSettingsCategoryResource> GetAll(CancellationToken cancellationToken = default) => throw null;
        public virtual AsyncPageable<DiagnosticSettingsCategoryResource> GetAllAsync(CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<DiagnosticSettingsCategoryResource>> GetAsync(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual NullableResponse<DiagnosticSettingsCategoryResource> GetIfExists(string name, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<NullableResponse<DiagnosticSettingsCategoryResource>> GetIfExistsAsync(string name, CancellationToken cancellationToken = default) => throw null;
        IEnumerator<DiagnosticSettingsCategoryResource> IEnumerable<DiagnosticSettingsCategoryResource>.GetEnumerator() => throw null;
        IEnumerator IEnumerable.GetEnumerator() => throw null;
        IAsyncEnumerator<DiagnosticSettingsCategoryResource> IAsyncEnumerable<DiagnosticSettingsCategoryResource>.GetAsyncEnumerator(CancellationToken cancellationToken) => throw null;
    }

    public partial class DiagnosticSettingsCategoryData : ResourceData
    {
        public DiagnosticSettingsCategoryData() { }
        public IList<string> CategoryGroups => throw null;
        public MonitorCategoryType? CategoryType { get => throw null; set => throw null; }
    }

    public partial class DiagnosticSettingsCategoryResource : ArmResource
    {
        public static readonly ResourceType ResourceType = "Microsoft.Insights/diagnosticSettingsCategories";
        protected DiagnosticSettingsCategoryResource() { }
        public virtual DiagnosticSettingsCategoryData Data => throw null;
        public virtual bool HasData => throw null;
        public static ResourceIdentifier CreateResourceIdentifier(string resourceUri, string name) => throw null;
        public virtual Response<DiagnosticSettingsCategoryResource> Get(CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<DiagnosticSettingsCategoryResource>> GetAsync(CancellationToken cancellationToken = default) => throw null;
    }
}
