// Compile-only stand-in of the activity-log-alert and metric-alert resources of Azure.ResourceManager.Monitor 1.3.1.

using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.ResourceManager.Models;
using Azure.ResourceManager.Monitor.Models;

namespace Azure.ResourceManager.Monitor
{
    public partial class ActivityLogAlertCollection : ArmCollection, IEnumerable<ActivityLogAlertResource>, IAsyncEnumerable<ActivityLogAlertResource>
    {
        protected ActivityLogAlertCollection() { }
        public virtual ArmOperation<ActivityLogAlertResource> CreateOrUpdate(WaitUntil waitUntil, string activityLogAlertName, ActivityLogAlertData data, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<ArmOperation<ActivityLogAlertResource>> CreateOrUpdateAsync(WaitUntil waitUntil, string activityLogAlertName, ActivityLogAlertData data, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<bool> Exists(string activityLogAlertName, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<bool>> ExistsAsync(string activityLogAlertName, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<ActivityLogAlertResource> Get(string activityLogAlertName, CancellationToken cancellationToken = default) => throw null;
        public virtual Pageable<ActivityLogAlertResource> GetAll(CancellationToken cancellationToken = default) => throw null;
        public virtual AsyncPageable<ActivityLogAlertResource> GetAllAsync(CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<ActivityLogAlertResource>> GetAsync(string activityLogAlertName, CancellationToken cancellationToken = default) => throw null;
        public virtual NullableResponse<ActivityLogAlertResource> GetIfExists(string activityLogAlertName, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<NullableResponse<ActivityLogAlertResource>> GetIfExistsAsync(string activityLogAlertName, CancellationToken cancellationToken = default) => throw null;
        IEnumerator<ActivityLogAlertResource> IEnumerable<ActivityLogAlertResource>.GetEnumerator() => throw null;
        IEnumerator IEnumerable.GetEnumerator() => throw null;
        IAsyncEnumerator<ActivityLogAlertResource> IAsyncEnumerable<ActivityLogAlertResource>.GetAsyncEnumerator(CancellationToken cancellationToken) => throw null;
    }

    public partial class ActivityLogAlertData : TrackedResourceData
    {
        public ActivityLogAlertData(AzureLocation location) : base(location) { }
        public IList<ActivityLogAlertActionGroup> ActionsActionGroups => throw null;
        public IList<ActivityLogAlertAnyOfOrLeafCondition> ConditionAllOf { get => throw null; set => throw null; }
        public string Description { get => throw null; set => throw null; }
        public bool? IsEnabled { get => throw null; set => throw null; }
        public IList<string> Scopes => throw null;
    }

    public partial class ActivityLogAlertResource : ArmResource
    {
        public static readonly ResourceType ResourceType = "Microsoft.Insights/activityLogAlerts";
        protected ActivityLogAlertResource() { }
        public virtual ActivityLogAlertData Data => throw null;
        public virtual bool HasData => throw null;
        public static ResourceIdentifier CreateResourceIdentifier(string subscriptionId, string resourceGroupName, string activityLogAlertName) => throw null;
        public virtual Response<ActivityLogAlertResource> AddTag(string key, string value, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<ActivityLogAlertResource>> AddTagAsync(string key, string value, CancellationToken cancellationToken = default) => throw null;
        public virtual ArmOperation Delete(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<ArmOperation> DeleteAsync(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<ActivityLogAlertResource> Get(CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<ActivityLogAlertResource>> GetAsync(CancellationToken cancellationToken = default) => throw null;
        public virtual Response<ActivityLogAlertResource> RemoveTag(string key, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<ActivityLogAlertResource>> RemoveTagAsync(string key, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<ActivityLogAlertResource> SetTags(IDictionary<string, string> tags, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<ActivityLogAlertResource>> SetTagsAsync(IDictionary<string, string> tags, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<ActivityLogAlertResource> Update(ActivityLogAlertPatch patch, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<ActivityLogAlertResource>> UpdateAsync(ActivityLogAlertPatch patch, CancellationToken cancellationToken = default) => throw null;
    }

    public partial class MetricAlertCollection : ArmCollection, IEnumerable<MetricAlertResource>, IAsyncEnumerable<MetricAlertResource>
    {
        protected MetricAlertCollection() { }
        public virtual ArmOperation<MetricAlertResource> CreateOrUpdate(WaitUntil waitUntil, string ruleName, MetricAlertData data, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<ArmOperation<MetricAlertResource>> CreateOrUpdateAsync(WaitUntil waitUntil, string ruleName, MetricAlertData data, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<bool> Exists(string ruleName, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<bool>> ExistsAsync(string ruleName, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<MetricAlertResource> Get(string ruleName, CancellationToken cancellationToken = default) => throw null;
        public virtual Pageable<MetricAlertResource> GetAll(CancellationToken cancellationToken = default) => throw null;
        public virtual AsyncPageable<MetricAlertResource> GetAllAsync(CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<MetricAlertResource>> GetAsync(string ruleName, CancellationToken cancellationToken = default) => throw null;
        public virtual NullableResponse<MetricAlertResource> GetIfExists(string ruleName, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<NullableResponse<MetricAlertResource>> GetIfExistsAsync(string ruleName, CancellationToken cancellationToken = default) => throw null;
        IEnumerator<MetricAlertResource> IEnumerable<MetricAlertResource>.GetEnumerator() => throw null;
        IEnumerator IEnumerable.GetEnumerator() => throw null;
        IAsyncEnumerator<MetricAlertResource> IAsyncEnumerable<MetricAlertResource>.GetAsyncEnumerator(CancellationToken cancellationToken) => throw null;
    }

    public partial class MetricAlertData : TrackedResourceData
    {
        public MetricAlertData(AzureLocation location, int severity, bool isEnabled, IEnumerable<string> scopes, TimeSpan evaluationFrequency, TimeSpan windowSize, MetricAlertCriteria criteria) : base(location) { }
        public IList<MetricAlertAction> Actions => throw null;
        public MetricAlertCriteria Criteria { get => throw null; set => throw null; }
        public string Description { get => throw null; set => throw null; }
        public TimeSpan EvaluationFrequency { get => throw null; set => throw null; }
        public bool? IsAutoMitigateEnabled { get => throw null; set => throw null; }
        public bool IsEnabled { get => throw null; set => throw null; }
        public bool? IsMigrated => throw null;
        public DateTimeOffset? LastUpdatedOn => throw null;
        public IList<string> Scopes => throw null;
        public int Severity { get => throw null; set => throw null; }
        public AzureLocation? TargetResourceRegion { get => throw null; set => throw null; }
        public ResourceType? TargetResourceType { get => throw null; set => throw null; }
        public TimeSpan WindowSize { get => throw null; set => throw null; }
    }

    public partial class MetricAlertResource : ArmResource
    {
        public static readonly ResourceType ResourceType = "Microsoft.Insights/metricAlerts";
        protected MetricAlertResource() { }
        public virtual MetricAlertData Data => throw null;
        public virtual bool HasData => throw null;
        public static ResourceIdentifier CreateResourceIdentifier(string subscriptionId, string resourceGroupName, string ruleName) => throw null;
        public virtual Response<MetricAlertResource> AddTag(string key, string value, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<MetricAlertResource>> AddTagAsync(string key, string value, CancellationToken cancellationToken = default) => throw null;
        public virtual ArmOperation Delete(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<ArmOperation> DeleteAsync(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<MetricAlertResource> Get(CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<MetricAlertResource>> GetAsync(CancellationToken cancellationToken = default) => throw null;
        public virtual Response<MetricAlertResource> RemoveTag(string key, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<MetricAlertResource>> RemoveTagAsync(string key, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<MetricAlertResource> SetTags(IDictionary<string, string> tags, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<MetricAlertResource>> SetTagsAsync(IDictionary<string, string> tags, CancellationToken cancellationToken = default) => throw null;
        public virtual Response<MetricAlertResource> Update(MetricAlertPatch patch, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<Response<MetricAlertResource>> UpdateAsync(MetricAlertPatch patch, CancellationToken cancellationToken = default) => throw null;
    }
}
