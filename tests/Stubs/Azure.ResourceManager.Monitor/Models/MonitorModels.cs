// Compile-only stand-in of the diagnostic-setting and alert models of Azure.ResourceManager.Monitor 1.3.1
// (released 1.3.x shape: LogSettings(bool isEnabled) with IsEnabled and CategoryGroup).

using System;
using System.Collections.Generic;
using Azure.Core;

namespace Azure.ResourceManager.Monitor.Models
{
    public partial class LogSettings
    {
        public LogSettings(bool isEnabled) { }
        public string Category { get => throw null; set => throw null; }
        public string CategoryGroup { get => throw null; set => throw null; }
        public bool IsEnabled { get => throw null; set => throw null; }
        public RetentionPolicy RetentionPolicy { get => throw null; set => throw null; }
    }

    public partial class MetricSettings
    {
        public MetricSettings(bool isEnabled) { }
        public string Category { get => throw null; set => throw null; }
        public bool IsEnabled { get => throw null; set => throw null; }
        public RetentionPolicy RetentionPolicy { get => throw null; set => throw null; }
        public TimeSpan? TimeGrain { get => throw null; set => throw null; }
    }

    public partial class RetentionPolicy
    {
        public RetentionPolicy(bool isEnabled, int days) { }
        public int Days { get => throw null; set => throw null; }
        public bool IsEnabled { get => throw null; set => throw null; }
    }

    public partial class ActivityLogAlertActionGroup
    {
        public ActivityLogAlertActionGroup(ResourceIdentifier actionGroupId) { }
        public ResourceIdentifier ActionGroupId { get => throw null; set => throw null; }
        public IDictionary<string, string> WebhookProperties => throw null;
    }

    public partial class AlertRuleLeafCondition
    {
        public AlertRuleLeafCondition() { }
        public IList<string> ContainsAny => throw null;
        public string EqualsValue { get => throw null; set => throw null; }
        public string Field { get => throw null; set => throw null; }
    }

    public partial class ActivityLogAlertAnyOfOrLeafCondition : AlertRuleLeafCondition
    {
        public ActivityLogAlertAnyOfOrLeafCondition() { }
        public IList<AlertRuleLeafCondition> AnyOf => throw null;
    }

    public partial class ActivityLogAlertPatch
    {
        public ActivityLogAlertPatch() { }
        public bool? IsEnabled { get => throw null; set => throw null; }
        public IDictionary<string, string> Tags => throw null;
    }

    public partial class MetricAlertAction
    {
        public MetricAlertAction() { }
        public ResourceIdentifier ActionGroupId { get => throw null; set => throw null; }
        public IDictionary<string, string> WebHookProperties => throw null;
    }

    public partial class MetricAlertCriteria
    {
        public MetricAlertCriteria() { }
        public IDictionary<string, BinaryData> AdditionalProperties => throw null;
    }

    public partial class MetricAlertSingleResourceMultipleMetricCriteria : MetricAlertCriteria
    {
        public MetricAlertSingleResourceMultipleMetricCriteria() { }
        public IList<MetricCriteria> AllOf => throw null;
    }

    public partial class MetricAlertMultipleResourceMultipleMetricCriteria : MetricAlertCriteria
    {
        public MetricAlertMultipleResourceMultipleMetricCriteria() { }
        public IList<MultiMetricCriteria> AllOf => throw null;
    }

    public partial class MultiMetricCriteria
    {
        public MultiMetricCriteria(string name, string metricName, MetricCriteriaTimeAggregationType timeAggregation) { }
        public IDictionary<string, BinaryData> AdditionalProperties => throw null;
        public IList<MetricDimension> Dimensions => throw null;
        public string MetricName { get => throw null; set => throw null; }
        public string MetricNamespace { get => throw null; set => throw null; }
        public string Name { get => throw null; set => throw null; }
        public bool? SkipMetricValidation { get => throw null; set => throw null; }
        public MetricCriteriaTimeAggregationType TimeAggregation { get => throw null; set => throw null; }
    }

    public partial class MetricCriteria : MultiMetricCriteria
    {
        public MetricCriteria(string name, string metricName, MetricCriteriaTimeAggregationType timeAggregation, MetricCriteriaOperator @operator, double threshold) : base(name, metricName, timeAggregation) { }
        public MetricCriteriaOperator Operator { get => throw null; set => throw null; }
        public double Threshold { get => throw null; set => throw null; }
    }

    public partial class MetricDimension
    {
        public MetricDimension(string name, string @operator, IEnumerable<string> values) { }
        public string Name { get => throw null; set => throw null; }
        public string Operator { get => throw null; set => throw null; }
        public IList<string> Values => throw null;
    }

    public partial class MetricAlertPatch
    {
        public MetricAlertPatch() { }
        public IList<MetricAlertAction> Actions => throw null;
        public MetricAlertCriteria Criteria { get => throw null; set => throw null; }
        public string Description { get => throw null; set => throw null; }
        public TimeSpan? EvaluationFrequency { get => throw null; set => throw null; }
        public bool? IsAutoMitigateEnabled { get => throw null; set => throw null; }
        public bool? IsEnabled { get => throw null; set => throw null; }
        public bool? IsMigrated => throw null;
        public DateTimeOffset? LastUpdatedOn => throw null;
        public IList<string> Scopes => throw null;
        public int? Severity { get => throw null; set => throw null; }
        public IDictionary<string, string> Tags => throw null;
        public AzureLocation? TargetResourceRegion { get => throw null; set => throw null; }
        public ResourceType? TargetResourceType { get => throw null; set => throw null; }
        public TimeSpan? WindowSize { get => throw null; set => throw null; }
    }
}
