using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace HsmAnalyzers.Benchmarks;

/// <summary>Generates the benchmark's sources: ordinary C# classes, and files that use the Managed HSM SDK the way
/// provisioning code does. Deterministic: the same index gives the same text.</summary>
internal static class CorpusGenerator
{
    /// <summary>One file in ten uses the SDK in a "hit" corpus: a service with a small infrastructure folder.</summary>
    public const int SdkFileEvery = 10;

    /// <summary>The kinds of SDK files, in turn: provisioning, role assignments, keys, backups, diagnostic settings.</summary>
    public static readonly string[] SdkKinds = ["provisioning", "roles", "keys", "backup", "diagnostics"];

    /// <summary><paramref name="count"/> files; with <paramref name="hit"/>, every tenth one uses the SDK.</summary>
    public static List<(string Path, string Text)> Files(int count, bool hit)
    {
        var files = new List<(string, string)>(count);
        for (var i = 0; i < count; i++)
        {
            var sdk = hit && i % SdkFileEvery == SdkFileEvery - 1;
            files.Add(($"src/Module{i % 50}/File{i}.cs", sdk ? SdkFile(i) : PlainFile(i)));
        }

        return files;
    }

    /// <summary>One file of at least <paramref name="lines"/> lines: hit-corpus units one after the other.</summary>
    public static (string Path, string Text) SingleFile(int lines)
    {
        // The usings once at the top; each unit in its own block-scoped namespace.
        var text = new StringBuilder(Usings(sdk: true));
        var lineCount = CountLines(text.ToString());
        for (var i = 0; lineCount < lines; i++)
        {
            var body = StripUsings(i % SdkFileEvery == SdkFileEvery - 1 ? SdkFile(i) : PlainFile(i));
            text.Append(body);
            lineCount += CountLines(body);
        }

        return ($"src/Big{lines}.cs", text.ToString());
    }

    public static int CountLines(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                count++;
            }
        }

        return count;
    }

    private static string StripUsings(string unit)
    {
        var start = unit.IndexOf("namespace ", StringComparison.Ordinal);
        return unit.Substring(start);
    }

    private static string Usings(bool sdk) => sdk
        ? """
          using System;
          using System.Collections.Generic;
          using System.Linq;
          using System.Threading;
          using System.Threading.Tasks;
          using Azure;
          using Azure.Core;
          using Azure.ResourceManager;
          using Azure.ResourceManager.KeyVault;
          using Azure.ResourceManager.KeyVault.Models;
          using Azure.ResourceManager.Monitor;
          using Azure.ResourceManager.Monitor.Models;
          using Azure.ResourceManager.Resources;
          using Azure.Security.KeyVault.Administration;
          using Azure.Security.KeyVault.Keys;

          """
        : """
          using System;
          using System.Collections.Generic;
          using System.Linq;
          using System.Threading;
          using System.Threading.Tasks;

          """;

    /// <summary>Ordinary application code: a service, its records, LINQ, async, pattern matching. Every fifth one
    /// has a repository method named CreateOrUpdate and a property named EnableSoftDelete, so that the analyzers'
    /// syntactic name checks meet look-alikes.</summary>
    public static string PlainFile(int i)
    {
        var n = i.ToString(CultureInfo.InvariantCulture);
        var lookAlike = i % 5 == 0;
        return Usings(sdk: false) + $$"""
            namespace Corpus.Module{{i % 50}}
            {
                public sealed class Service{{n}}
                {
                    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
                    private readonly List<Order{{n}}> _orders = new();

                    public Service{{n}}(string name)
                    {
                        Name = name ?? throw new ArgumentNullException(nameof(name));
                    }

                    public string Name { get; }

                    public bool EnableSoftDelete { get; set; }

                    public int Add(string key, int amount)
                    {
                        if (string.IsNullOrEmpty(key))
                        {
                            return 0;
                        }

                        _counts.TryGetValue(key, out var current);
                        current += amount;
                        _counts[key] = current;
                        return current;
                    }

                    public IReadOnlyList<string> Top(int count) =>
                        _counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(count).Select(p => $"{p.Key}={p.Value}").ToList();

                    public async Task<decimal> TotalAsync(CancellationToken cancellationToken)
                    {
                        decimal total = 0;
                        foreach (var order in _orders)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            await Task.Yield();
                            total += order.Lines.Sum(line => line.Price * line.Quantity);
                        }

                        return total;
                    }

                    public string Describe(Order{{n}} order) => order switch
                    {
                        { Lines.Count: 0 } => "empty",
                        { Status: "shipped" } => $"order {order.Id} shipped",
                        _ => $"order {order.Id}: {order.Lines.Count} lines",
                    };

                    public void {{(lookAlike ? "CreateOrUpdate" : "Upsert")}}(Order{{n}} order)
                    {
                        var index = _orders.FindIndex(o => o.Id == order.Id);
                        if (index >= 0)
                        {
                            _orders[index] = order with { Status = "updated" };
                        }
                        else
                        {
                            _orders.Add(order);
                        }

                        {{(lookAlike ? "EnableSoftDelete = false;" : "Add(order.Status, 1);")}}
                    }
                }

                public sealed record Order{{n}}(int Id, List<OrderLine{{n}}> Lines)
                {
                    public string Status { get; init; } = "new";
                }

                public sealed record OrderLine{{n}}(string Sku, decimal Price, int Quantity);
            }

            """;
    }

    /// <summary>Infrastructure code that uses the Managed HSM SDK, of the kind <c>SdkKinds[i / 10 % 5]</c>; half of the
    /// provisioning files forget purge protection, as real code does.</summary>
    public static string SdkFile(int i)
    {
        var n = i.ToString(CultureInfo.InvariantCulture);
        var kind = i / SdkFileEvery % SdkKinds.Length;
        var body = kind switch
        {
            0 => Provisioning(i),
            1 => RoleAssignments(),
            2 => Keys(),
            3 => Backups(),
            _ => DiagnosticSettings(),
        };
        return Usings(sdk: true) + $$"""
            namespace Corpus.Infrastructure{{i % 50}}
            {
                public sealed class Hsm{{SdkKinds[kind]}}{{n}}
                {
                    private readonly List<string> _log = new();

                    public IReadOnlyList<string> Log => _log;

            {{body}}
                    private void Record(string message) => _log.Add($"{DateTimeOffset.UtcNow:O} {message}");
                }
            }

            """;
    }

    private static string Provisioning(int i)
    {
        var purgeProtection = i % 20 == 9 ? string.Empty : "EnablePurgeProtection = true,";
        return $$"""
                    public async Task<ManagedHsmResource> ProvisionAsync(ResourceGroupResource group, Guid tenantId, string adminObjectId, CancellationToken cancellationToken)
                    {
                        var data = new ManagedHsmData(AzureLocation.WestEurope)
                        {
                            Sku = new ManagedHsmSku(ManagedHsmSkuFamily.B, ManagedHsmSkuName.StandardB1),
                            Properties = new ManagedHsmProperties
                            {
                                TenantId = tenantId,
                                InitialAdminObjectIds = { adminObjectId },
                                EnableSoftDelete = true,
                                SoftDeleteRetentionInDays = 90,
                                {{purgeProtection}}
                            },
                        };
                        data.Tags["owner"] = "platform";
                        Record("provisioning " + adminObjectId);
                        var operation = await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "contoso-hsm", data, cancellationToken);
                        return operation.Value;
                    }

                    public ManagedHsmResource Tag(ManagedHsmResource hsm, string owner)
                    {
                        var data = hsm.Data;
                        data.Tags["owner"] = owner;
                        data.Properties.EnablePurgeProtection = true;
                        return hsm.Update(WaitUntil.Completed, data).Value;
                    }

            """;
    }

    private static string RoleAssignments() => """
                public async Task<IReadOnlyList<string>> AssignAsync(Uri hsmUri, TokenCredential credential, IEnumerable<string> principals, CancellationToken cancellationToken)
                {
                    var client = new KeyVaultAccessControlClient(hsmUri, credential);
                    var names = new List<string>();
                    foreach (var principal in principals.Distinct(StringComparer.Ordinal))
                    {
                        var assignment = await client.CreateRoleAssignmentAsync(KeyVaultRoleScope.Keys, "21dbd100-6940-42c2-9190-5d6cb909625b", principal, cancellationToken: cancellationToken);
                        names.Add(assignment.Value.Name);
                        Record("assigned " + principal);
                    }

                    return names;
                }

                public int CountAssignments(KeyVaultAccessControlClient client) => client.GetRoleAssignments(KeyVaultRoleScope.Global).Count();

        """;

    private static string Keys() => """
                public async Task<string> CreateKeyAsync(Uri hsmUri, TokenCredential credential, string name, CancellationToken cancellationToken)
                {
                    var client = new KeyClient(hsmUri, credential);
                    var options = new CreateRsaKeyOptions(name, hardwareProtected: true)
                    {
                        KeySize = 3072,
                        ExpiresOn = DateTimeOffset.UtcNow.AddYears(1),
                    };
                    var key = await client.CreateRsaKeyAsync(options, cancellationToken);
                    Record("created " + name);
                    return key.Value.Id.ToString();
                }

                public Task RotateLaterAsync(KeyClient client, string name, CancellationToken cancellationToken) =>
                    client.CreateEcKeyAsync(new CreateEcKeyOptions(name + "-ec", hardwareProtected: true), cancellationToken);

        """;

    private static string Backups() => """
                public async Task<Uri> BackupAsync(Uri hsmUri, TokenCredential credential, Uri container, CancellationToken cancellationToken)
                {
                    var client = new KeyVaultBackupClient(hsmUri, credential);
                    var operation = await client.StartBackupAsync(container, cancellationToken: cancellationToken);
                    var result = await operation.WaitForCompletionAsync(cancellationToken);
                    Record("backup " + result.Value.FolderUri);
                    return result.Value.FolderUri;
                }

                public async Task RestoreAsync(KeyVaultBackupClient client, Uri folder, CancellationToken cancellationToken)
                {
                    var operation = await client.StartRestoreAsync(folder, cancellationToken: cancellationToken);
                    await operation.WaitForCompletionAsync(cancellationToken);
                }

        """;

    private static string DiagnosticSettings() => """
                public async Task<DiagnosticSettingResource> SendLogsAsync(ArmClient arm, ManagedHsmResource hsm, ResourceIdentifier workspace, CancellationToken cancellationToken)
                {
                    var data = new DiagnosticSettingData
                    {
                        WorkspaceId = workspace,
                        LogAnalyticsDestinationType = "Dedicated",
                        Logs = { new LogSettings(true) { CategoryGroup = "audit" } },
                        Metrics = { new MetricSettings(true) { Category = "AllMetrics" } },
                    };
                    var operation = await arm.GetDiagnosticSettings(hsm.Id).CreateOrUpdateAsync(WaitUntil.Completed, "hsm-audit", data, cancellationToken);
                    Record("diagnostics " + hsm.Id);
                    return operation.Value;
                }

        """;
}
