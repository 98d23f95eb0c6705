using System.Threading.Tasks;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1508KeyManagementThroughArmRule, HsmAnalyzers.CodeFixes.Rules.HSM1508KeyManagementThroughArmFixer>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1508KeyManagementThroughArmTests
{
    private const string AdministrationUsing = "using Azure.Security.KeyVault.Administration;\n";

    public class Valid
    {
        [Fact]
        public Task OffOtherOrUnknown() => Verify.VerifyAnalyzerAsync(AdministrationUsing + """
            class C
            {
                async Task Run(KeyVaultSettingsClient settings, bool allow, KeyVaultSetting given)
                {
                    settings.UpdateSetting(new KeyVaultSetting("AllowKeyManagementOperationsThroughARM", false));
                    settings.UpdateSetting(new KeyVaultSetting("AllowKeyManagementOperationsThroughARM", allow));
                    await settings.UpdateSettingAsync(new KeyVaultSetting("SomeOtherSetting", true));
                    settings.UpdateSetting(given);
                }
            }
            """);
    }

    public class Diagnostics
    {
        [Fact]
        public Task TurnedOn() => Verify.VerifyFixAsync(AdministrationUsing + """
            class C
            {
                const string Name = "allowkeymanagementoperationsthroughARM";

                async Task Run(KeyVaultSettingsClient settings)
                {
                    settings.UpdateSetting(new KeyVaultSetting("AllowKeyManagementOperationsThroughARM", [|true|]));
                    var on = true;
                    var setting = new KeyVaultSetting(Name, value: [|on|]);
                    await settings.UpdateSettingAsync(setting);
                }
            }
            """, AdministrationUsing + """
            class C
            {
                const string Name = "allowkeymanagementoperationsthroughARM";

                async Task Run(KeyVaultSettingsClient settings)
                {
                    settings.UpdateSetting(new KeyVaultSetting("AllowKeyManagementOperationsThroughARM", false));
                    var on = true;
                    var setting = new KeyVaultSetting(Name, value: false);
                    await settings.UpdateSettingAsync(setting);
                }
            }
            """);
    }
}
