// Compile-only stand-in of the diagnostic settings and alert rules of Azure.Provisioning.Monitor (1.x). The real
// package marks DiagnosticSetting and LogSettings [Experimental("AZPROVISION001")], an attribute netstandard2.0
// does not have; the stand-in leaves it out.

using Azure.Core;
using Azure.Provisioning.Primitives;

namespace Azure.Provisioning.Monitor
{
    public partial class DiagnosticSetting : ProvisionableResource
    {
        public DiagnosticSetting(string bicepIdentifier, string resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) => throw null;

        public BicepValue<ResourceIdentifier> EventHubAuthorizationRuleId { get => throw null; set => throw null; }

        public BicepValue<string> EventHubName { get => throw null; set => throw null; }

        public BicepValue<ResourceIdentifier> Id => throw null;

        public BicepValue<string> LogAnalyticsDestinationType { get => throw null; set => throw null; }

        public BicepList<LogSettings> Logs { get => throw null; set => throw null; }

        public BicepValue<ResourceIdentifier> MarketplacePartnerId { get => throw null; set => throw null; }

        public BicepValue<string> Name { get => throw null; set => throw null; }

        public BicepValue<ResourceIdentifier> ServiceBusRuleId { get => throw null; set => throw null; }

        public BicepValue<ResourceIdentifier> StorageAccountId { get => throw null; set => throw null; }

        public BicepValue<ResourceIdentifier> WorkspaceId { get => throw null; set => throw null; }

        protected override void DefineProvisionableProperties() => throw null;

        public static DiagnosticSetting FromExisting(string bicepIdentifier, string resourceVersion = null) => throw null;
    }

    public partial class LogSettings : ProvisionableConstruct
    {
        public LogSettings() => throw null;

        public BicepValue<string> Category { get => throw null; set => throw null; }

        public BicepValue<string> CategoryGroup { get => throw null; set => throw null; }

        public BicepValue<bool> IsEnabled { get => throw null; set => throw null; }

        protected override void DefineProvisionableProperties() => throw null;
    }

    public partial class ActivityLogAlert : ProvisionableResource
    {
        public ActivityLogAlert(string bicepIdentifier, string resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) => throw null;

        public BicepValue<string> Description { get => throw null; set => throw null; }

        public BicepValue<ResourceIdentifier> Id => throw null;

        public BicepValue<bool> IsEnabled { get => throw null; set => throw null; }

        public BicepValue<AzureLocation> Location { get => throw null; set => throw null; }

        public BicepValue<string> Name { get => throw null; set => throw null; }

        public BicepList<string> Scopes { get => throw null; set => throw null; }

        protected override void DefineProvisionableProperties() => throw null;
    }

    public partial class MetricAlert : ProvisionableResource
    {
        public MetricAlert(string bicepIdentifier, string resourceVersion = null) : base(bicepIdentifier, default, resourceVersion) => throw null;

        public BicepValue<string> Description { get => throw null; set => throw null; }

        public BicepValue<ResourceIdentifier> Id => throw null;

        public BicepValue<bool> IsEnabled { get => throw null; set => throw null; }

        public BicepValue<AzureLocation> Location { get => throw null; set => throw null; }

        public BicepValue<string> Name { get => throw null; set => throw null; }

        public BicepList<string> Scopes { get => throw null; set => throw null; }

        public BicepValue<int> Severity { get => throw null; set => throw null; }

        protected override void DefineProvisionableProperties() => throw null;
    }
}
