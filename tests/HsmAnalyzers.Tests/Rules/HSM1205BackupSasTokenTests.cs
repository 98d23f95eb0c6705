using System.Threading.Tasks;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1205BackupSasTokenRule, HsmAnalyzers.CodeFixes.Rules.HSM1205BackupSasTokenFixer>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1205BackupSasTokenTests
{
    private const string Usings = "using System.Threading;\nusing Azure.Security.KeyVault.Administration;\n\n";

    public class Valid
    {
        [Theory]
        [InlineData("client.StartBackup(uri)")]
        [InlineData("client.StartBackup(uri, null)")]
        [InlineData("client.StartBackup(uri, sasToken: null, cancellationToken: ct)")]
        [InlineData("client.StartRestoreAsync(uri, default(string), ct)")]
        [InlineData("client.StartSelectiveKeyRestore(\"key\", uri, NoToken)")]
        [InlineData("client.StartPreBackupAsync(uri, cancellationToken: ct)")]
        [InlineData("client.StartBackup(uri, production ? null : null)")]
        [InlineData("jobs.StartBackup(uri, \"sp=racwdl\")")]
        public Task ManagedIdentity(string call) => Verify.VerifyAnalyzerAsync(Usings + $$"""
            class Jobs { public object StartBackup(Uri uri, string sasToken) => sasToken; }

            class C
            {
                const string? NoToken = null;

                object Run(KeyVaultBackupClient client, Jobs jobs, Uri uri, bool production, CancellationToken ct) => {{call}};
            }
            """);

        /// <summary>A token the code does not show is null whenever the caller chose the managed identity: the SDK
        /// uses the identity when <c>sasToken</c> is null, so nothing is known, and nothing is reported.</summary>
        [Theory]
        [InlineData("client.StartBackup(uri, sasToken)")]
        [InlineData("client.StartBackup(uri, sasToken: sasToken, cancellationToken: ct)")]
        [InlineData("client.StartBackupAsync(uri, production ? null : sasToken)")]
        [InlineData("client.StartRestore(uri, _options.SasToken)")]
        [InlineData("client.StartRestore(uri, _token)")]
        [InlineData("client.StartBackup(uri, Environment.GetEnvironmentVariable(\"BACKUP_SAS\"))")]
        public Task TokenTheCodeDoesNotShow(string call) => Verify.VerifyAnalyzerAsync(Usings + $$"""
            class BackupOptions { public string? SasToken { get; set; } }

            class C(BackupOptions _options, string? _token)
            {
                object Run(KeyVaultBackupClient client, Uri uri, string? sasToken, bool production, CancellationToken ct) => {{call}};
            }
            """);
    }

    public class Diagnostics
    {
        [Theory]
        [InlineData("client.StartBackup(uri, [|sas|])", "client.StartBackup(uri)")]
        [InlineData("client.StartBackup(uri, [|sasToken: sas|])", "client.StartBackup(uri)")]
        [InlineData("client.StartBackup(uri, [|sas|], ct)", "client.StartBackup(uri, cancellationToken: ct)")]
        [InlineData("client.StartBackup(uri, [|sasToken: sas|], ct)", "client.StartBackup(uri, cancellationToken: ct)")]
        [InlineData("client.StartBackup(uri, [|sas|], cancellationToken: ct)", "client.StartBackup(uri, cancellationToken: ct)")]
        [InlineData("client.StartBackup(cancellationToken: ct, [|sasToken: sas|], blobStorageUri: uri)", "client.StartBackup(cancellationToken: ct, blobStorageUri: uri)")]
        [InlineData("client.StartBackupAsync(uri, [|production ? null : sas|])", "client.StartBackupAsync(uri)")]
        [InlineData("client.StartBackupAsync(uri, [|production ? null : Token|])", "client.StartBackupAsync(uri)")]
        [InlineData("client.StartBackupAsync(uri, [|(production ? null : Token)|], ct)", "client.StartBackupAsync(uri, cancellationToken: ct)")]
        [InlineData("client.StartRestore(uri, [|(Token + \"&sig=\" + signature)|])", "client.StartRestore(uri)")]
        [InlineData("client.StartRestore(uri, [|Token|])", "client.StartRestore(uri)")]
        [InlineData("client.StartRestore(uri, [|\"sp=racwdl&sig=\" + signature|])", "client.StartRestore(uri)")]
        [InlineData("client.StartRestore(uri, [|builder.ToString()|])", "client.StartRestore(uri)")]
        [InlineData("client.StartRestoreAsync(uri, [|sas|], ct)", "client.StartRestoreAsync(uri, cancellationToken: ct)")]
        [InlineData("client.StartSelectiveKeyRestore(\"key\", uri, [|sas|])", "client.StartSelectiveKeyRestore(\"key\", uri)")]
        [InlineData("client.StartSelectiveKeyRestoreAsync(\"key\", uri, [|sas|], ct)", "client.StartSelectiveKeyRestoreAsync(\"key\", uri, cancellationToken: ct)")]
        [InlineData("client.StartPreBackup(uri, [|sas|])", "client.StartPreBackup(uri)")]
        [InlineData("client.StartPreRestoreAsync(uri, [|sas|], ct)", "client.StartPreRestoreAsync(uri, cancellationToken: ct)")]
        public Task EveryCallShape(string call, string fixedCall) => Verify.VerifyFixAsync(
            Usings + $$"""
            class C
            {
                const string Token = "sp=racwdl";

                object Run(KeyVaultBackupClient client, Uri uri, string signature, System.Text.StringBuilder builder, bool production, CancellationToken ct)
                {
                    var sas = $"sp=racwdl&sig={signature}";
                    return {{call}};
                }
            }
            """,
            Usings + $$"""
            class C
            {
                const string Token = "sp=racwdl";

                object Run(KeyVaultBackupClient client, Uri uri, string signature, System.Text.StringBuilder builder, bool production, CancellationToken ct)
                {
                    var sas = $"sp=racwdl&sig={signature}";
                    return {{fixedCall}};
                }
            }
            """);

        [Fact]
        public Task MessageNamesTheMethod() => Verify.VerifyAnalyzerAsync(
            Usings + """
            class C
            {
                async Task Run(KeyVaultBackupClient client, Uri uri, string signature) => await client.StartBackupAsync(uri, {|#0:$"sp=racwdl&sig={signature}"|});
            }
            """,
            expected: Verify.Diagnostic("HSM1205").WithLocation(0).WithArguments("StartBackupAsync"));

        [Fact]
        public Task FixAllInDocumentKeepsLayout() => Verify.VerifyFixAsync(Usings + """
            class C
            {
                async Task Run(KeyVaultBackupClient client, Uri uri, string signature, CancellationToken ct)
                {
                    var sas = "sv=2022-11-02&sp=racwdl&sig=" + signature;
                    var backup = await client.StartBackupAsync(
                        uri,
                        [|sas|],
                        ct);
                    await backup.WaitForCompletionAsync(ct);
                    var restore = client.StartRestore(uri, [|sas|]);
                    restore.WaitForCompletion(ct);
                }
            }
            """, Usings + """
            class C
            {
                async Task Run(KeyVaultBackupClient client, Uri uri, string signature, CancellationToken ct)
                {
                    var sas = "sv=2022-11-02&sp=racwdl&sig=" + signature;
                    var backup = await client.StartBackupAsync(
                        uri,
                        cancellationToken: ct);
                    await backup.WaitForCompletionAsync(ct);
                    var restore = client.StartRestore(uri);
                    restore.WaitForCompletion(ct);
                }
            }
            """);
    }
}
