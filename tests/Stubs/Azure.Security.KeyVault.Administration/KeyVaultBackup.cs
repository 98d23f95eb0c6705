// Compile-only stand-in of the full-backup / restore API of Azure.Security.KeyVault.Administration 4.6.0.

using System;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace Azure.Security.KeyVault.Administration
{
    public partial class KeyVaultBackupClient
    {
        protected KeyVaultBackupClient() { }
        public KeyVaultBackupClient(Uri vaultUri, TokenCredential credential) { }
        public KeyVaultBackupClient(Uri vaultUri, TokenCredential credential, KeyVaultAdministrationClientOptions options) { }
        public virtual Uri VaultUri => throw null;

        // A null sasToken makes the service use the HSM's managed identity to reach the storage account.
        public virtual KeyVaultBackupOperation StartBackup(Uri blobStorageUri, string sasToken = null, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<KeyVaultBackupOperation> StartBackupAsync(Uri blobStorageUri, string sasToken = null, CancellationToken cancellationToken = default) => throw null;
        public virtual KeyVaultBackupOperation StartPreBackup(Uri blobStorageUri, string sasToken = null, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<KeyVaultBackupOperation> StartPreBackupAsync(Uri blobStorageUri, string sasToken = null, CancellationToken cancellationToken = default) => throw null;
        public virtual KeyVaultRestoreOperation StartPreRestore(Uri folderUri, string sasToken = null, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<KeyVaultRestoreOperation> StartPreRestoreAsync(Uri folderUri, string sasToken = null, CancellationToken cancellationToken = default) => throw null;
        public virtual KeyVaultRestoreOperation StartRestore(Uri folderUri, string sasToken = null, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<KeyVaultRestoreOperation> StartRestoreAsync(Uri folderUri, string sasToken = null, CancellationToken cancellationToken = default) => throw null;
        public virtual KeyVaultSelectiveKeyRestoreOperation StartSelectiveKeyRestore(string keyName, Uri folderUri, string sasToken = null, CancellationToken cancellationToken = default) => throw null;
        public virtual Task<KeyVaultSelectiveKeyRestoreOperation> StartSelectiveKeyRestoreAsync(string keyName, Uri folderUri, string sasToken = null, CancellationToken cancellationToken = default) => throw null;
    }

    public partial class KeyVaultBackupOperation : Operation<KeyVaultBackupResult>
    {
        protected KeyVaultBackupOperation() { }
        public KeyVaultBackupOperation(KeyVaultBackupClient client, string id) { }
        public DateTimeOffset? EndTime => throw null;
        public override bool HasCompleted => throw null;
        public override bool HasValue => throw null;
        public override string Id => throw null;
        public DateTimeOffset? StartTime => throw null;
        public override KeyVaultBackupResult Value => throw null;
        public override Response GetRawResponse() => throw null;
        public override Response UpdateStatus(CancellationToken cancellationToken = default) => throw null;
        public override ValueTask<Response> UpdateStatusAsync(CancellationToken cancellationToken = default) => throw null;
        public override ValueTask<Response<KeyVaultBackupResult>> WaitForCompletionAsync(CancellationToken cancellationToken = default) => throw null;
        public override ValueTask<Response<KeyVaultBackupResult>> WaitForCompletionAsync(TimeSpan pollingInterval, CancellationToken cancellationToken) => throw null;
    }

    public partial class KeyVaultBackupResult
    {
        internal KeyVaultBackupResult() { }
        public DateTimeOffset EndTime => throw null;
        public Uri FolderUri => throw null;
        public DateTimeOffset StartTime => throw null;
    }

    public partial class KeyVaultRestoreOperation : Operation<KeyVaultRestoreResult>
    {
        protected KeyVaultRestoreOperation() { }
        public KeyVaultRestoreOperation(KeyVaultBackupClient client, string id) { }
        public DateTimeOffset? EndTime => throw null;
        public override bool HasCompleted => throw null;
        public override bool HasValue => throw null;
        public override string Id => throw null;
        public DateTimeOffset? StartTime => throw null;
        public override KeyVaultRestoreResult Value => throw null;
        public override Response GetRawResponse() => throw null;
        public override Response UpdateStatus(CancellationToken cancellationToken = default) => throw null;
        public override ValueTask<Response> UpdateStatusAsync(CancellationToken cancellationToken = default) => throw null;
        public override ValueTask<Response<KeyVaultRestoreResult>> WaitForCompletionAsync(CancellationToken cancellationToken = default) => throw null;
        public override ValueTask<Response<KeyVaultRestoreResult>> WaitForCompletionAsync(TimeSpan pollingInterval, CancellationToken cancellationToken) => throw null;
    }

    public partial class KeyVaultRestoreResult
    {
        internal KeyVaultRestoreResult() { }
        public DateTimeOffset EndTime => throw null;
        public DateTimeOffset StartTime => throw null;
    }

    public partial class KeyVaultSelectiveKeyRestoreOperation : Operation<KeyVaultSelectiveKeyRestoreResult>
    {
        protected KeyVaultSelectiveKeyRestoreOperation() { }
        public KeyVaultSelectiveKeyRestoreOperation(KeyVaultBackupClient client, string id) { }
        public DateTimeOffset? EndTime => throw null;
        public override bool HasCompleted => throw null;
        public override bool HasValue => throw null;
        public override string Id => throw null;
        public DateTimeOffset? StartTime => throw null;
        public override KeyVaultSelectiveKeyRestoreResult Value => throw null;
        public override Response GetRawResponse() => throw null;
        public override Response UpdateStatus(CancellationToken cancellationToken = default) => throw null;
        public override ValueTask<Response> UpdateStatusAsync(CancellationToken cancellationToken = default) => throw null;
        public override ValueTask<Response<KeyVaultSelectiveKeyRestoreResult>> WaitForCompletionAsync(CancellationToken cancellationToken = default) => throw null;
        public override ValueTask<Response<KeyVaultSelectiveKeyRestoreResult>> WaitForCompletionAsync(TimeSpan pollingInterval, CancellationToken cancellationToken) => throw null;
    }

    public partial class KeyVaultSelectiveKeyRestoreResult
    {
        internal KeyVaultSelectiveKeyRestoreResult() { }
        public DateTimeOffset EndTime => throw null;
        public DateTimeOffset StartTime => throw null;
    }
}
