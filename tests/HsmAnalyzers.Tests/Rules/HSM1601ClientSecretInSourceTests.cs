using System.Linq;
using System.Threading.Tasks;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1601ClientSecretInSourceRule, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1601ClientSecretInSourceTests
{
    private const string IdentityUsing = "using Azure.Identity;\n";

    public class Valid
    {
        [Fact]
        public Task SecretReadAtRunTimeOrManagedIdentity() => Verify.VerifyAnalyzerAsync(IdentityUsing + """
            class C
            {
                TokenCredential[] Run(string secret) =>
                [
                    new ClientSecretCredential("tenant", "client", secret),
                    new ClientSecretCredential("tenant", "client", Environment.GetEnvironmentVariable("AZURE_CLIENT_SECRET")),
                    new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned),
                    new DefaultAzureCredential(),
                ];
            }
            """);

        [Fact]
        public async Task ProjectWithoutTheManagedHsmPackages()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using Azure.Identity;

                    class C
                    {
                        object Run() => new ClientSecretCredential("tenant", "client", "s3cr3t");
                    }
                    """,
            };
            test.TestState.AdditionalReferences.Clear();
            test.TestState.AdditionalReferences.AddRange(Infrastructure.TestReferences.AzureSdk.Where(r => r.Display is { } path
                && !path.Contains("Azure.ResourceManager.KeyVault") && !path.Contains("Azure.Security.KeyVault.Administration")));
            await test.RunAsync();
        }
    }

    public class Diagnostics
    {
        [Fact]
        public Task SecretWrittenInSource() => Verify.VerifyAnalyzerAsync(IdentityUsing + """
            class C
            {
                private const string Secret = "Zx8Q~abc";

                TokenCredential[] Run(TokenCredential other)
                {
                    var local = "abc~def";
                    return
                    [
                        new ClientSecretCredential("tenant", "client", [|"s3cr3t"|]),
                        new ClientSecretCredential("tenant", "client", [|Secret|], new ClientSecretCredentialOptions()),
                        new ClientSecretCredential(clientSecret: [|local|], clientId: "client", tenantId: "tenant"),
                    ];
                }
            }
            """);
    }
}
