using System.Threading.Tasks;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1501KeyWithoutExpiryRule, HsmAnalyzers.CodeFixes.Rules.HSM1501KeyWithoutExpiryFixer>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1501KeyWithoutExpiryTests
{
    public class Valid
    {
        [Fact]
        public Task ExpirySetOrUnknown() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                async Task Run(KeyClient keys, CreateRsaKeyOptions given, DateTimeOffset? expiry)
                {
                    await keys.CreateRsaKeyAsync(new CreateRsaKeyOptions("a", hardwareProtected: true) { ExpiresOn = DateTimeOffset.UtcNow.AddYears(1) });
                    var options = new CreateEcKeyOptions("b", true);
                    options.ExpiresOn = expiry;
                    keys.CreateEcKey(options);
                    keys.CreateRsaKey(given);
                    keys.CreateKey("c", KeyType.OctHsm, new CreateKeyOptions { ExpiresOn = expiry });
                }
            }
            """);
    }

    public class Diagnostics
    {
        /// <summary>Vault and Managed HSM keys alike: Azure Policy asks both to expire ("Key Vault keys should have an
        /// expiration date", "Azure Key Vault Managed HSM keys should have an expiration date"), so the endpoint is
        /// never asked, and a tool that handles vaults and HSMs side by side gets the same finding for both.</summary>
        [Theory]
        [InlineData("new KeyClient(new Uri(\"https://contoso.vault.azure.net/\"), credential)")]
        [InlineData("new KeyClient(credential: credential, vaultUri: new Uri(\"https://contoso.vault.azure.net/\"))")]
        [InlineData("new KeyClient(new Uri($\"https://{name}.vault.azure.cn\"), credential)")]
        [InlineData("new KeyClient(new Uri($\"https://{name}.managedhsm.azure.net\"), credential)")]
        [InlineData("new KeyClient(endpoint, credential)")]
        public Task AnyKeyClient(string client) => Verify.VerifyAnalyzerAsync($$"""
            class C
            {
                void Run(TokenCredential credential, Uri endpoint, string name)
                {
                    var keys = {{client}};
                    [|keys.CreateKey("a", KeyType.Rsa)|];
                    keys.CreateRsaKey([|new CreateRsaKeyOptions("b")|]);
                }
            }
            """);

        [Fact]
        public Task NoOptions() => Verify.VerifyFixAsync("""
            class C
            {
                async Task Run(KeyClient keys)
                {
                    await [|keys.CreateKeyAsync("signing", KeyType.RsaHsm)|];
                }
            }
            """, """
            class C
            {
                async Task Run(KeyClient keys)
                {
                    await keys.CreateKeyAsync("signing", KeyType.RsaHsm, keyOptions: new CreateKeyOptions { ExpiresOn = DateTimeOffset.UtcNow.AddYears(2) });
                }
            }
            """);

        [Fact]
        public Task NullOptionsWithOption() => Verify.VerifyFixAsync("""
            class C
            {
                void Run(KeyClient keys) => keys.CreateKey("signing", KeyType.EcHsm, [|null|]);
            }
            """, """
            class C
            {
                void Run(KeyClient keys) => keys.CreateKey("signing", KeyType.EcHsm, new CreateKeyOptions { ExpiresOn = DateTimeOffset.UtcNow.AddYears(5) });
            }
            """,
            editorConfig: "hsm_analyzers.key_lifetime_years = 5");

        [Fact]
        public Task NeverSetOnHsmEndpoint() => Verify.VerifyFixAsync("""
            class C
            {
                private static readonly KeyClient Keys = new KeyClient(new Uri("https://contoso.managedhsm.azure.net/"), null);

                void Run(ManagedHsmResource hsm, TokenCredential credential)
                {
                    Keys.CreateRsaKey([|new CreateRsaKeyOptions("a", hardwareProtected: true)|]);
                    var fromArm = new KeyClient(hsm.Data.Properties.HsmUri, credential);
                    var options = [|new CreateOctKeyOptions("b", true)|] { KeySize = 256 };
                    fromArm.CreateOctKey(options);
                }
            }
            """, """
            class C
            {
                private static readonly KeyClient Keys = new KeyClient(new Uri("https://contoso.managedhsm.azure.net/"), null);

                void Run(ManagedHsmResource hsm, TokenCredential credential)
                {
                    Keys.CreateRsaKey(new CreateRsaKeyOptions("a", hardwareProtected: true) { ExpiresOn = DateTimeOffset.UtcNow.AddYears(2) });
                    var fromArm = new KeyClient(hsm.Data.Properties.HsmUri, credential);
                    var options = new CreateOctKeyOptions("b", true) { KeySize = 256, ExpiresOn = DateTimeOffset.UtcNow.AddYears(2) };
                    fromArm.CreateOctKey(options);
                }
            }
            """);

        [Fact]
        public Task SetToNull() => Verify.VerifyFixAsync("""
            class C
            {
                void Run(KeyClient keys)
                {
                    var options = new CreateEcKeyOptions("a", true);
                    [|options.ExpiresOn = null|];
                    keys.CreateEcKey(options);
                }
            }
            """, """
            class C
            {
                void Run(KeyClient keys)
                {
                    var options = new CreateEcKeyOptions("a", true);
                    options.ExpiresOn = DateTimeOffset.UtcNow.AddYears(2);
                    keys.CreateEcKey(options);
                }
            }
            """);

        [Fact]
        public Task OptionsBuiltInHelper() => Verify.VerifyFixAsync("""
            class C
            {
                void Run(KeyClient keys) => keys.CreateRsaKey({|#0:Options()|});

                static CreateRsaKeyOptions Options() => new CreateRsaKeyOptions("a", true);
            }
            """, """
            class C
            {
                void Run(KeyClient keys) => keys.CreateRsaKey({|#0:Options()|});

                static CreateRsaKeyOptions Options() => new CreateRsaKeyOptions("a", true);
            }
            """,
            expected: Verify.Diagnostic("HSM1501").WithLocation(0).WithArguments("ExpiresOn is never set in the code that builds these options"));
    }
}
