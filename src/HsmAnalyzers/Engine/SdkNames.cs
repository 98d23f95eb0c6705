namespace HsmAnalyzers.Engine;

/// <summary>The one list of the SDK's metadata names: <see cref="SdkSymbols"/> resolves them, the fixers name the
/// types they write or look up with them. Grouped by SDK area, as <see cref="SdkSymbols"/> is.</summary>
internal static class SdkNames
{
    /// <summary>Azure.Core, System, and the clients of other Key Vault objects.</summary>
    public static class Core
    {
        public const string AzureLocation = "Azure.Core.AzureLocation";
        public const string ResourceIdentifier = "Azure.Core.ResourceIdentifier";
        public const string Response = "Azure.Response`1";
        public const string ClientSecretCredential = "Azure.Identity.ClientSecretCredential";
        public const string SecretClient = "Azure.Security.KeyVault.Secrets.SecretClient";
        public const string CertificateClient = "Azure.Security.KeyVault.Certificates.CertificateClient";
        public const string Uri = "System.Uri";
        public const string Guid = "System.Guid";
        public const string Environment = "System.Environment";
        public const string Task = "System.Threading.Tasks.Task";
        public const string DateTimeOffset = "System.DateTimeOffset";
    }

    /// <summary>Azure.ResourceManager and Azure.ResourceManager.KeyVault: the management plane.</summary>
    public static class ArmKeyVault
    {
        public const string ModelsNamespace = "Azure.ResourceManager.KeyVault.Models";
        public const string ArmClient = "Azure.ResourceManager.ArmClient";
        public const string ArmOperation = "Azure.ResourceManager.ArmOperation`1";
        public const string ManagedHsmCollection = "Azure.ResourceManager.KeyVault.ManagedHsmCollection";
        public const string ManagedHsmResource = "Azure.ResourceManager.KeyVault.ManagedHsmResource";
        public const string ManagedHsmData = "Azure.ResourceManager.KeyVault.ManagedHsmData";
        public const string DeletedManagedHsmResource = "Azure.ResourceManager.KeyVault.DeletedManagedHsmResource";
        public const string ManagedHsmProperties = ModelsNamespace + ".ManagedHsmProperties";
        public const string ManagedHsmNetworkRuleSet = ModelsNamespace + ".ManagedHsmNetworkRuleSet";
        public const string ManagedHsmPublicNetworkAccess = ModelsNamespace + ".ManagedHsmPublicNetworkAccess";
        public const string ManagedHsmNetworkRuleAction = ModelsNamespace + ".ManagedHsmNetworkRuleAction";
        public const string ManagedHsmNetworkRuleBypassOption = ModelsNamespace + ".ManagedHsmNetworkRuleBypassOption";
    }

    /// <summary>Azure.ResourceManager.Monitor: diagnostic settings and alerts.</summary>
    public static class ArmMonitor
    {
        public const string MonitorExtensions = "Azure.ResourceManager.Monitor.MonitorExtensions";
        public const string DiagnosticSettingCollection = "Azure.ResourceManager.Monitor.DiagnosticSettingCollection";
        public const string DiagnosticSettingData = "Azure.ResourceManager.Monitor.DiagnosticSettingData";
        public const string LogSettings = "Azure.ResourceManager.Monitor.Models.LogSettings";
        public const string MetricAlertCollection = "Azure.ResourceManager.Monitor.MetricAlertCollection";
        public const string ActivityLogAlertCollection = "Azure.ResourceManager.Monitor.ActivityLogAlertCollection";
    }

    /// <summary>Azure.ResourceManager.Authorization: Azure role assignments.</summary>
    public static class ArmAuthorization
    {
        public const string RoleAssignmentCollection = "Azure.ResourceManager.Authorization.RoleAssignmentCollection";
        public const string RoleAssignmentCreateOrUpdateContent = "Azure.ResourceManager.Authorization.Models.RoleAssignmentCreateOrUpdateContent";
        public const string RoleManagementPrincipalType = "Azure.ResourceManager.Authorization.Models.RoleManagementPrincipalType";
    }

    /// <summary>Azure.Security.KeyVault.Administration: the Managed HSM's data-plane administration.</summary>
    public static class Administration
    {
        public const string KeyVaultAccessControlClient = "Azure.Security.KeyVault.Administration.KeyVaultAccessControlClient";
        public const string KeyVaultBackupClient = "Azure.Security.KeyVault.Administration.KeyVaultBackupClient";
        public const string KeyVaultSettingsClient = "Azure.Security.KeyVault.Administration.KeyVaultSettingsClient";
        public const string KeyVaultSetting = "Azure.Security.KeyVault.Administration.KeyVaultSetting";
        public const string KeyVaultRoleScope = "Azure.Security.KeyVault.Administration.KeyVaultRoleScope";
        public const string KeyVaultPermission = "Azure.Security.KeyVault.Administration.KeyVaultPermission";
        public const string KeyVaultDataAction = "Azure.Security.KeyVault.Administration.KeyVaultDataAction";
        public const string CreateOrUpdateRoleDefinitionOptions = "Azure.Security.KeyVault.Administration.CreateOrUpdateRoleDefinitionOptions";
    }

    /// <summary>Azure.Security.KeyVault.Keys and its Cryptography namespace.</summary>
    public static class Keys
    {
        public const string CryptographyNamespace = "Azure.Security.KeyVault.Keys.Cryptography";
        public const string KeyClient = "Azure.Security.KeyVault.Keys.KeyClient";
        public const string KeyVaultKey = "Azure.Security.KeyVault.Keys.KeyVaultKey";
        public const string CreateKeyOptions = "Azure.Security.KeyVault.Keys.CreateKeyOptions";
        public const string CreateRsaKeyOptions = "Azure.Security.KeyVault.Keys.CreateRsaKeyOptions";
        public const string CreateEcKeyOptions = "Azure.Security.KeyVault.Keys.CreateEcKeyOptions";
        public const string CreateOctKeyOptions = "Azure.Security.KeyVault.Keys.CreateOctKeyOptions";
        public const string KeyRotationPolicy = "Azure.Security.KeyVault.Keys.KeyRotationPolicy";
        public const string KeyRotationLifetimeAction = "Azure.Security.KeyVault.Keys.KeyRotationLifetimeAction";
        public const string KeyRotationPolicyAction = "Azure.Security.KeyVault.Keys.KeyRotationPolicyAction";
        public const string KeyReleasePolicy = "Azure.Security.KeyVault.Keys.KeyReleasePolicy";
        public const string KeyType = "Azure.Security.KeyVault.Keys.KeyType";
        public const string KeyCurveName = "Azure.Security.KeyVault.Keys.KeyCurveName";
        public const string CryptographyClient = CryptographyNamespace + ".CryptographyClient";
        public const string EncryptionAlgorithm = CryptographyNamespace + ".EncryptionAlgorithm";
        public const string KeyWrapAlgorithm = CryptographyNamespace + ".KeyWrapAlgorithm";
        public const string EncryptParameters = CryptographyNamespace + ".EncryptParameters";
    }

    /// <summary>Azure.Provisioning and its KeyVault, Monitor and Authorization resources: the declarative surface.</summary>
    public static class Provisioning
    {
        public const string KeyVaultNamespace = "Azure.Provisioning.KeyVault";
        public const string Infrastructure = "Azure.Provisioning.Infrastructure";
        public const string ManagedHsm = KeyVaultNamespace + ".ManagedHsm";
        public const string ManagedHsmProperties = KeyVaultNamespace + ".ManagedHsmProperties";
        public const string ManagedHsmNetworkRuleSet = KeyVaultNamespace + ".ManagedHsmNetworkRuleSet";
        public const string ManagedHsmPublicNetworkAccess = KeyVaultNamespace + ".ManagedHsmPublicNetworkAccess";
        public const string ManagedHsmNetworkRuleAction = KeyVaultNamespace + ".ManagedHsmNetworkRuleAction";
        public const string RoleAssignment = "Azure.Provisioning.Authorization.RoleAssignment";
        public const string RoleManagementPrincipalType = "Azure.Provisioning.Authorization.RoleManagementPrincipalType";
        public const string DiagnosticSetting = "Azure.Provisioning.Monitor.DiagnosticSetting";
        public const string LogSettings = "Azure.Provisioning.Monitor.LogSettings";
        public const string Variable = "Azure.Provisioning.ProvisioningVariable";
        public const string MetricAlert = "Azure.Provisioning.Monitor.MetricAlert";
        public const string ActivityLogAlert = "Azure.Provisioning.Monitor.ActivityLogAlert";
    }
}
