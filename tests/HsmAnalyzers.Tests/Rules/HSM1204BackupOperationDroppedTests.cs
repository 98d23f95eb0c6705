using System.Threading.Tasks;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1204BackupOperationDroppedRule, HsmAnalyzers.CodeFixes.Rules.HSM1204BackupOperationDroppedFixer>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1204BackupOperationDroppedTests
{
    private const string Usings = "using System.Threading;\nusing Azure.Security.KeyVault.Administration;\n\n";

    public class Valid
    {
        [Theory]
        [InlineData("await (await client.StartBackupAsync(uri)).WaitForCompletionAsync();")]
        [InlineData("client.StartBackup(uri).WaitForCompletion();")]
        [InlineData("var operation = await client.StartBackupAsync(uri); await operation.WaitForCompletionAsync(TimeSpan.FromSeconds(10), default);")]
        [InlineData("var operation = client.StartRestore(uri); while (!operation.HasCompleted) { operation.UpdateStatus(); }")]
        [InlineData("var operation = client.StartSelectiveKeyRestore(\"key\", uri); Console.WriteLine(operation.Id);")]
        [InlineData("KeyVaultBackupOperation operation; operation = client.StartBackup(uri); _last = operation;")]
        [InlineData("_last = client.StartBackup(uri);")]
        [InlineData("Last = await client.StartBackupAsync(uri);")]
        [InlineData("Track(client.StartBackup(uri));")]
        [InlineData("Track(await client.StartBackupAsync(uri));")]
        [InlineData("var folder = (await client.StartBackupAsync(uri)).Value.FolderUri;")]
        [InlineData("var pending = client.StartBackupAsync(uri); await pending;")]
        [InlineData("Func<KeyVaultBackupOperation> later = () => client.StartBackup(uri);")]
        public Task ResultIsHandled(string statements) => Verify.VerifyAnalyzerAsync(Usings + $$"""
            class C
            {
                private KeyVaultBackupOperation? _last;

                KeyVaultBackupOperation? Last { get; set; }

                async Task Run(KeyVaultBackupClient client, Uri uri)
                {
                    {{statements}}
                }

                void Track(KeyVaultBackupOperation operation) { }
            }
            """);

        [Fact]
        public Task ReturnedOperations() => Verify.VerifyAnalyzerAsync(Usings + """
            class C
            {
                KeyVaultBackupOperation Start(KeyVaultBackupClient client, Uri uri) => client.StartBackup(uri);

                Task<KeyVaultRestoreOperation> StartRestore(KeyVaultBackupClient client, Uri uri) => client.StartRestoreAsync(uri);

                async Task<KeyVaultSelectiveKeyRestoreOperation> RestoreKey(KeyVaultBackupClient client, Uri uri) =>
                    await client.StartSelectiveKeyRestoreAsync("key", uri);
            }
            """);

        [Fact]
        public Task OtherStartMethods() => Verify.VerifyAnalyzerAsync(Usings + """
            class Jobs { public int StartBackup(Uri uri) => 0; }

            class C
            {
                void Run(Jobs jobs, KeyVaultBackupClient client, Uri uri)
                {
                    jobs.StartBackup(uri);
                    client.StartPreBackup(uri);
                }
            }
            """);
    }

    public class Diagnostics
    {
        [Fact]
        public Task SyncCallInSyncMethod() => Verify.VerifyFixAsync(Usings + """
            class C
            {
                void Run(KeyVaultBackupClient client, Uri uri, CancellationToken cancellationToken)
                {
                    // Nightly backup.
                    {|#0:client.StartBackup(uri)|}; // to the backup container
                    {|#1:client.StartSelectiveKeyRestore(keyName: "payments", folderUri: uri, cancellationToken: cancellationToken)|};
                }
            }
            """, Usings + """
            class C
            {
                void Run(KeyVaultBackupClient client, Uri uri, CancellationToken cancellationToken)
                {
                    // Nightly backup.
                    client.StartBackup(uri).WaitForCompletion(); // to the backup container
                    client.StartSelectiveKeyRestore(keyName: "payments", folderUri: uri, cancellationToken: cancellationToken).WaitForCompletion();
                }
            }
            """,
            expected: [
                Verify.Diagnostic("HSM1204").WithLocation(0).WithArguments("StartBackup"),
                Verify.Diagnostic("HSM1204").WithLocation(1).WithArguments("StartSelectiveKeyRestore"),
            ]);

        [Fact]
        public Task AsyncCallsInAsyncMethod() => Verify.VerifyFixAsync(Usings + """
            class C
            {
                async Task Run(KeyVaultBackupClient client, Uri uri)
                {
                    await [|client.StartBackupAsync(uri)|];
                    [|client.StartRestoreAsync(uri)|];
                    [|client.StartRestore(folderUri: uri)|];
                    _ = await [|client.StartSelectiveKeyRestoreAsync("key", uri)|];
                }
            }
            """, Usings + """
            class C
            {
                async Task Run(KeyVaultBackupClient client, Uri uri)
                {
                    await (await client.StartBackupAsync(uri)).WaitForCompletionAsync();
                    await (await client.StartRestoreAsync(uri)).WaitForCompletionAsync();
                    await client.StartRestore(folderUri: uri).WaitForCompletionAsync();
                    await (await client.StartSelectiveKeyRestoreAsync("key", uri)).WaitForCompletionAsync();
                }
            }
            """);

        [Fact]
        public Task WhereAwaitDoesNotCompileTheSyncFormIsUsed() => Verify.VerifyFixAsync(Usings + """
            class C
            {
                private readonly object _gate = new();

                async Task Run(KeyVaultBackupClient client, Uri uri)
                {
                    lock (_gate)
                    {
                        [|client.StartBackup(uri)|];
                    }

                    Action later = () => [|client.StartRestore(uri)|];
                    Func<Task> laterAsync = async () => await [|client.StartBackupAsync(uri)|];
                    await Task.Yield();
                }

                void Run(KeyVaultBackupClient client, Uri uri, bool now) => _ = [|client.StartBackup(uri)|];
            }
            """, Usings + """
            class C
            {
                private readonly object _gate = new();

                async Task Run(KeyVaultBackupClient client, Uri uri)
                {
                    lock (_gate)
                    {
                        client.StartBackup(uri).WaitForCompletion();
                    }

                    Action later = () => client.StartRestore(uri).WaitForCompletion();
                    Func<Task> laterAsync = async () => await (await client.StartBackupAsync(uri)).WaitForCompletionAsync();
                    await Task.Yield();
                }

                void Run(KeyVaultBackupClient client, Uri uri, bool now) => client.StartBackup(uri).WaitForCompletion();
            }
            """);

        /// <summary>A task handed on as a non-generic <c>Task</c> completes once the operation has started: whoever
        /// awaits it has no operation to wait for, so the operation is dropped. No fix: the signature is the caller's.</summary>
        [Fact]
        public Task HandedOnAsANonGenericTask() => Verify.VerifyAnalyzerAsync(Usings + """
            class C(KeyVaultBackupClient client)
            {
                Task BackUpAsync(Uri uri) => {|#0:client.StartBackupAsync(uri)|};

                Task RestoreAsync(Uri uri)
                {
                    return {|#1:client.StartRestoreAsync(uri)|};
                }

                Func<Task> Later(Uri uri) => () => {|#2:client.StartBackupAsync(uri)|};

                // Handed on with its operation: the caller can wait for it.
                Task<KeyVaultBackupOperation> StartAsync(Uri uri) => client.StartBackupAsync(uri);
            }
            """,
            expected: [
                Verify.Diagnostic("HSM1204").WithLocation(0).WithArguments("StartBackupAsync"),
                Verify.Diagnostic("HSM1204").WithLocation(1).WithArguments("StartRestoreAsync"),
                Verify.Diagnostic("HSM1204").WithLocation(2).WithArguments("StartBackupAsync"),
            ]);

        [Fact]
        public Task NoFixForUnusedLocalsOrTasksInSyncCode()
        {
            var source = Usings + """
                class C
                {
                    void Run(KeyVaultBackupClient client, Uri uri)
                    {
                        [|client.StartBackupAsync(uri)|];
                        _ = [|client.StartRestoreAsync(uri)|];
                        var operation = [|client.StartBackup(uri)|];
                        KeyVaultRestoreOperation restore;
                        restore = [|client.StartRestore(uri)|];
                    }

                    async Task RunAsync(KeyVaultBackupClient client, Uri uri)
                    {
                        var operation = await [|client.StartBackupAsync(uri)|];
                    }
                }
                """;
            return Verify.VerifyFixAsync(source, source);
        }
    }
}
