using System.Threading.Tasks;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1505SoftwareProtectedKeyRule, HsmAnalyzers.CodeFixes.Rules.HSM1505SoftwareProtectedKeyFixer>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1505SoftwareProtectedKeyTests
{
    public class Valid
    {
        [Fact]
        public Task HsmKeysOrUnknown() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(KeyClient keys, KeyType type, bool hardware, CreateRsaKeyOptions given)
                {
                    keys.CreateKey("a", KeyType.RsaHsm);
                    keys.CreateKey("b", "EC-HSM");
                    keys.CreateKey("c", type);
                    keys.CreateRsaKey(new CreateRsaKeyOptions("d", hardwareProtected: true));
                    keys.CreateEcKey(new CreateEcKeyOptions("e", hardware));
                    keys.CreateRsaKey(given);
                }
            }
            """);

        [Fact]
        public Task VaultEndpoint() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(TokenCredential credential)
                {
                    var keys = new KeyClient(new Uri("https://contoso.vault.azure.net/"), credential);
                    keys.CreateKey("a", KeyType.Rsa);
                    keys.CreateRsaKey(new CreateRsaKeyOptions("b"));
                }
            }
            """);
    }

    public class Diagnostics
    {
        [Fact]
        public Task SoftwareKeyTypes() => Verify.VerifyFixAsync("""
            class C
            {
                async Task Run(KeyClient keys)
                {
                    keys.CreateKey("a", [|KeyType.Rsa|]);
                    await keys.CreateKeyAsync("b", [|"EC"|]);
                    keys.CreateKey(keyType: [|KeyType.Oct|], name: "c");
                }
            }
            """, """
            class C
            {
                async Task Run(KeyClient keys)
                {
                    keys.CreateKey("a", KeyType.RsaHsm);
                    await keys.CreateKeyAsync("b", KeyType.EcHsm);
                    keys.CreateKey(keyType: KeyType.OctHsm, name: "c");
                }
            }
            """);

        [Fact]
        public Task HardwareProtectedOmittedOrFalse() => Verify.VerifyFixAsync("""
            class C
            {
                private readonly KeyClient _keys = new KeyClient(new Uri("https://contoso.managedhsm.azure.net"), null);

                void Run()
                {
                    _keys.CreateRsaKey([|new CreateRsaKeyOptions("a")|] { KeySize = 3072 });
                    var ec = new CreateEcKeyOptions("b", [|false|]);
                    _keys.CreateEcKey(ec);
                    _keys.CreateOctKey(new CreateOctKeyOptions("c", hardwareProtected: [|false|]));
                }
            }
            """, """
            class C
            {
                private readonly KeyClient _keys = new KeyClient(new Uri("https://contoso.managedhsm.azure.net"), null);

                void Run()
                {
                    _keys.CreateRsaKey(new CreateRsaKeyOptions("a", hardwareProtected: true) { KeySize = 3072 });
                    var ec = new CreateEcKeyOptions("b", true);
                    _keys.CreateEcKey(ec);
                    _keys.CreateOctKey(new CreateOctKeyOptions("c", hardwareProtected: true));
                }
            }
            """);

        [Fact]
        public Task OptionsBuiltInHelper() => Verify.VerifyFixAsync("""
            class C
            {
                void Run(KeyClient keys) => keys.CreateRsaKey({|#0:Options()|});

                static CreateRsaKeyOptions Options() => new CreateRsaKeyOptions("a");
            }
            """, """
            class C
            {
                void Run(KeyClient keys) => keys.CreateRsaKey({|#0:Options()|});

                static CreateRsaKeyOptions Options() => new CreateRsaKeyOptions("a");
            }
            """,
            expected: new Microsoft.CodeAnalysis.Testing.DiagnosticResult("HSM1505", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("CreateRsaKeyOptions defaults to a software-protected key; pass hardwareProtected: true"));
    }
}
