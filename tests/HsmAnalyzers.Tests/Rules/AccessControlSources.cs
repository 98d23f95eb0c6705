namespace HsmAnalyzers.Tests.Rules;

/// <summary>What the access-control tests share: the role IDs they assign and the admin group option.</summary>
internal static class AccessControlSources
{
    /// <summary>Prepended to test sources after the verifier's usings: the access-control and Azure RBAC namespaces.</summary>
    public const string Usings = """
        using Azure.Security.KeyVault.Administration;
        using Azure.ResourceManager.Authorization;
        using Azure.ResourceManager.Authorization.Models;

        """;

    public const string Administrator = "a290e904-7015-4bba-90c8-60543313cdb4";
    public const string CryptoOfficer = "515eb02d-2335-4d2d-92f2-b1cbdf9c3778";
    public const string PolicyAdministrator = "4bd23610-cdcf-4971-bdee-bdc562cc28e4";
    public const string CryptoUser = "21dbd100-6940-42c2-9190-5d6cb909625b";
    public const string CryptoServiceEncryptionUser = "33413926-3206-4cdd-b39a-83574fe37a17";
    public const string CryptoServiceReleaseUser = "21dbd100-6940-42c2-9190-5d6cb909625c";
    public const string CryptoAuditor = "2c18b078-7c48-4d3a-af88-5a3a1b3f82b3";
    public const string FullIdPrefix = "Microsoft.KeyVault/providers/Microsoft.Authorization/roleDefinitions/";

    public const string Group = "0a1b2c3d-0000-4000-8000-00000000a001";
    public const string OtherGroup = "0a1b2c3d-0000-4000-8000-00000000a002";
    public const string AdminGroupOption = "hsm_analyzers.admin_group_object_ids = " + Group;
}
