// Valid code: realistic, compliant uses of every API the access-control rules look at. No HsmAnalyzers diagnostic may appear.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager.Authorization;
using Azure.ResourceManager.Authorization.Models;
using Azure.ResourceManager.KeyVault;
using Azure.ResourceManager.KeyVault.Models;
using Azure.ResourceManager.Resources;
using Azure.Security.KeyVault.Administration;
using Azure.Security.KeyVault.Keys;

namespace ValidCorpus;

public sealed class AccessControlShapes
{
    private const string AdministratorRole = "Microsoft.KeyVault/providers/Microsoft.Authorization/roleDefinitions/a290e904-7015-4bba-90c8-60543313cdb4";
    private const string CryptoUserRole = "21dbd100-6940-42c2-9190-5d6cb909625b";
    private const string CryptoAuditorRole = "2c18b078-7c48-4d3a-af88-5a3a1b3f82b3";
    private const string OwnerRole = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";

    public async Task<ManagedHsmResource> CreateAsync(ResourceGroupResource group, Guid tenant, string hsmAdminsGroupId, string breakGlassGroupId)
    {
        var data = new ManagedHsmData(AzureLocation.WestEurope)
        {
            Properties = new ManagedHsmProperties
            {
                TenantId = tenant,
                InitialAdminObjectIds = { hsmAdminsGroupId, breakGlassGroupId },
                EnablePurgeProtection = true,
                SoftDeleteRetentionInDays = 90,
                PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled,
            },
        };
        var operation = await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", data);
        return operation.Value;
    }

    public ManagedHsmResource CreateFromSettings(ResourceGroupResource group, IReadOnlyList<string> adminObjectIds)
    {
        var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties { EnablePurgeProtection = true, SoftDeleteRetentionInDays = 90, PublicNetworkAccess = ManagedHsmPublicNetworkAccess.Disabled } };
        foreach (var id in adminObjectIds)
        {
            data.Properties.InitialAdminObjectIds.Add(id);
        }

        return group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data).Value;
    }

    public async Task GrantPerKeyAsync(KeyVaultAccessControlClient accessControl, KeyClient keys, string appObjectId, string adminGroupObjectId)
    {
        var signing = await keys.CreateEcKeyAsync(new CreateEcKeyOptions("signing", hardwareProtected: true) { ExpiresOn = DateTimeOffset.UtcNow.AddYears(2) });
        await keys.UpdateKeyRotationPolicyAsync("signing", new KeyRotationPolicy
        {
            ExpiresIn = "P2Y",
            LifetimeActions = { new KeyRotationLifetimeAction(KeyRotationPolicyAction.Rotate) { TimeBeforeExpiry = "P30D" } },
        });
        await accessControl.CreateRoleAssignmentAsync(new KeyVaultRoleScope(signing.Value.Id), CryptoUserRole, appObjectId);
        await accessControl.CreateRoleAssignmentAsync("/keys/payments", CryptoUserRole, appObjectId);
        await accessControl.CreateRoleAssignmentAsync(KeyVaultRoleScope.Global, AdministratorRole, adminGroupObjectId);
        accessControl.CreateRoleAssignment(KeyVaultRoleScope.Keys, CryptoAuditorRole, "0a1b2c3d-0000-4000-8000-00000000b001");
    }

    public void GrantFromConfiguration(KeyVaultAccessControlClient accessControl, KeyVaultRoleScope scope, string roleDefinitionId, string principalId) =>
        accessControl.CreateRoleAssignment(scope, roleDefinitionId, principalId);

    public async Task DefineRolesAsync(KeyVaultAccessControlClient accessControl)
    {
        var keyUser = new CreateOrUpdateRoleDefinitionOptions(KeyVaultRoleScope.Global)
        {
            RoleName = "Payments key user",
            Permissions = { new KeyVaultPermission { DataActions = { KeyVaultDataAction.EncryptHsmKey, KeyVaultDataAction.DecryptHsmKey, KeyVaultDataAction.ReadHsmKey } } },
        };
        await accessControl.CreateOrUpdateRoleDefinitionAsync(keyUser);

        var custodian = new KeyVaultPermission();
        custodian.DataActions.Add(KeyVaultDataAction.DownloadHsmSecurityDomain);
        custodian.DataActions.Add(KeyVaultDataAction.ReadHsmSecurityDomainStatus);
        var custodianRole = new CreateOrUpdateRoleDefinitionOptions(KeyVaultRoleScope.Global, Guid.NewGuid()) { RoleName = "Security domain custodian" };
        custodianRole.Permissions.Add(custodian);
        accessControl.CreateOrUpdateRoleDefinition(custodianRole);
    }

    public async Task GrantOwnerToGroupAsync(ManagedHsmResource hsm, Guid platformTeamId)
    {
        var content = new RoleAssignmentCreateOrUpdateContent(new ResourceIdentifier($"/subscriptions/{hsm.Id.SubscriptionId}/providers/Microsoft.Authorization/roleDefinitions/{OwnerRole}"), platformTeamId)
        {
            PrincipalType = RoleManagementPrincipalType.Group,
        };
        await hsm.GetRoleAssignments().CreateOrUpdateAsync(WaitUntil.Completed, Guid.NewGuid().ToString(), content);
    }
}
