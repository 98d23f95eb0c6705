using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1507SecretsOrCertificatesOnManagedHsmRule, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1507SecretsOrCertificatesOnManagedHsmTests
{
    private const string ClientUsings = """
        using Azure.Security.KeyVault.Certificates;
        using Azure.Security.KeyVault.Secrets;

        """;

    public class Valid
    {
        [Fact]
        public Task VaultOrUnknownEndpoints() => Verify.VerifyAnalyzerAsync(ClientUsings + """
            class C
            {
                void Run(TokenCredential credential, Uri endpoint, string name)
                {
                    var secrets = new SecretClient(new Uri("https://contoso.vault.azure.net/"), credential);
                    var certificates = new CertificateClient(endpoint, credential);
                    var fromName = new SecretClient(new Uri($"https://{name}.vault.azure.net"), credential);
                    var anywhere = new SecretClient(new Uri("https://" + name), credential);
                }
            }
            """);

        /// <summary>Arguments are read by parameter, whatever their order; interpolation holes that are constants are
        /// followed. A vault stays a vault.</summary>
        [Fact]
        public Task VaultEndpointsWrittenAnyWay() => Verify.VerifyAnalyzerAsync(ClientUsings + """
            static class Suffixes
            {
                public const string Vault = ".vault.azure.net";
            }

            class C
            {
                void Run(TokenCredential credential, string name)
                {
                    var named = new SecretClient(credential: credential, vaultUri: new Uri("https://contoso.vault.azure.net/"));
                    var suffix = new SecretClient(new Uri($"https://{name}{Suffixes.Vault}/"), credential);
                    var uriKind = new CertificateClient(new Uri(uriKind: UriKind.Absolute, uriString: "https://contoso.vault.azure.net/"), credential);
                    SecretClient targetTyped = new(new Uri($"https://{name}{Suffixes.Vault}"), credential);
                }
            }
            """);
    }

    public class Diagnostics
    {
        [Fact]
        public Task ManagedHsmEndpoints() => Verify.VerifyAnalyzerAsync(ClientUsings + """
            class C
            {
                private const string Hsm = "https://contoso.managedhsm.azure.net/";

                void Run(TokenCredential credential, ManagedHsmResource hsm, string name)
                {
                    var secrets = {|#0:new SecretClient(new Uri(Hsm), credential)|};
                    var uri = new Uri($"https://{name}.managedhsm.azure.cn");
                    var certificates = {|#1:new CertificateClient(uri, credential)|};
                    var fromArm = {|#2:new SecretClient(hsm.Data.Properties.HsmUri, credential)|};
                }
            }
            """,
            expected: [
                new DiagnosticResult("HSM1507", DiagnosticSeverity.Error).WithLocation(0).WithArguments("SecretClient"),
                new DiagnosticResult("HSM1507", DiagnosticSeverity.Error).WithLocation(1).WithArguments("CertificateClient"),
                new DiagnosticResult("HSM1507", DiagnosticSeverity.Error).WithLocation(2).WithArguments("SecretClient"),
            ]);

        [Fact]
        public Task ManagedHsmEndpointsWrittenAnyWay() => Verify.VerifyAnalyzerAsync(ClientUsings + """
            static class Suffixes
            {
                public const string ManagedHsm = ".managedhsm.azure.net";
            }

            class C
            {
                void Run(TokenCredential credential, string name)
                {
                    var named = {|#0:new SecretClient(credential: credential, vaultUri: new Uri("https://contoso.managedhsm.azure.net/"))|};
                    var suffix = {|#1:new CertificateClient(new Uri($"https://{name}{Suffixes.ManagedHsm}/"), credential)|};
                    var uriKind = {|#2:new SecretClient(new Uri(uriKind: UriKind.Absolute, uriString: "https://contoso.managedhsm.azure.net/"), credential)|};
                }
            }
            """,
            expected: [
                new DiagnosticResult("HSM1507", DiagnosticSeverity.Error).WithLocation(0).WithArguments("SecretClient"),
                new DiagnosticResult("HSM1507", DiagnosticSeverity.Error).WithLocation(1).WithArguments("CertificateClient"),
                new DiagnosticResult("HSM1507", DiagnosticSeverity.Error).WithLocation(2).WithArguments("SecretClient"),
            ]);
    }
}
