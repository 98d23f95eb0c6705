using System.Threading.Tasks;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1203NoBackupRule, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1203NoBackupTests
{
    private const string Create = """
        class Provisioning
        {
            async Task CreateAsync(ResourceGroupResource group) =>
                await {|#0:group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope))|};
        }

        """;

    public class Valid
    {
        [Theory]
        [InlineData("client.StartBackup(container).WaitForCompletion();")]
        [InlineData("await (await client.StartBackupAsync(container)).WaitForCompletionAsync();")]
        [InlineData("await client.StartBackupAsync(blobStorageUri: container, cancellationToken: default);")]
        [InlineData("Func<Task<KeyVaultBackupOperation>> later = () => client.StartBackupAsync(container);")]
        public Task BackupStartedAnywhereInTheProject(string backup) => Verify.VerifyAnalyzerAsync("using Azure.Security.KeyVault.Administration;\n\n" + Create.Replace("{|#0:", string.Empty).Replace(")|}", ")") + $$"""
            class Operations
            {
                async Task BackUpAsync(KeyVaultBackupClient client, Uri container)
                {
                    {{backup}}
                }
            }
            """);

        [Fact]
        public async Task BackupInAnotherFile()
        {
            var test = new Verify.Test { TestCode = Verify.Usings + Create.Replace("{|#0:", string.Empty).Replace(")|}", ")") };
            test.TestState.Sources.Add(("Backup.cs", """
                using System;
                using Azure.Security.KeyVault.Administration;

                class Backup
                {
                    void Run(KeyVaultBackupClient client, Uri container) => client.StartBackup(container);
                }
                """));
            await test.RunAsync();
        }

        [Fact]
        public Task NoHsmCreated() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Update(ManagedHsmResource hsm) => hsm.Update(WaitUntil.Completed, hsm.Data);
            }
            """);
    }

    public class Diagnostics
    {
        [Fact]
        public Task NoBackupAtAll() => Verify.VerifyAnalyzerAsync(Create, expected: Verify.Diagnostic("HSM1203").WithLocation(0));

        [Fact]
        public Task OneFindingForTheProjectWithEveryCreation() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(ResourceGroupResource group, ManagedHsmData data)
                {
                    {|#0:group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "one", data)|};
                    {|#1:group.GetManagedHsms().CreateOrUpdate(name: "two", data: data, waitUntil: WaitUntil.Started)|};
                }
            }

            class Fixture
            {
                // A test fixture creating several HSMs and backing up none: still one finding, the other sites its additional locations.
                void Create(ResourceGroupResource group, ManagedHsmData data)
                {
                    for (var i = 0; i < 3; i++)
                    {
                        {|#2:group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "test-" + i, data)|};
                    }
                }
            }
            """,
            expected: Verify.Diagnostic("HSM1203").WithLocation(0).WithLocation(1).WithLocation(2));

        [Theory]
        [InlineData("client.StartPreBackup(container);")]
        [InlineData("client.StartRestore(container);")]
        [InlineData("other.StartBackup(container);")]
        public Task OtherCallsAreNoBackup(string call) => Verify.VerifyAnalyzerAsync("using Azure.Security.KeyVault.Administration;\n\n" + Create + $$"""
            class Other
            {
                public void StartBackup(Uri container) { }
            }

            class Operations
            {
                void Run(KeyVaultBackupClient client, Other other, Uri container)
                {
                    {{call}}
                }
            }
            """,
            expected: Verify.Diagnostic("HSM1203").WithLocation(0));
    }
}
