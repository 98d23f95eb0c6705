using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1203: a project that creates a Managed HSM and never starts a full backup. Whether a backup is
/// started anywhere is known only once the whole compilation is seen: the calls are collected as they are
/// analyzed, and the decision is taken at compilation end.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HSM1203NoBackupAnalyzer : HsmAnalyzer
{
    private static readonly ImmutableHashSet<string> BackupMethodNames = ImmutableHashSet.Create("StartBackup", "StartBackupAsync");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1203NoBackup);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        if (!symbols.ManagedHsmCollection.Exists)
        {
            return;
        }

        var creations = new ConcurrentBag<Location>();
        var backupStarted = 0;
        context.RegisterInvocationAction(CreateOrUpdate.MethodNames, (_, invocation) =>
        {
            if (CreateOrUpdate.DataArgument(symbols, invocation) is not null)
            {
                creations.Add(invocation.Syntax.GetLocation());
            }
        });
        context.RegisterInvocationAction(BackupMethodNames, (_, invocation) =>
        {
            if (symbols.KeyVaultBackupClient.Declares(invocation.TargetMethod))
            {
                Interlocked.Exchange(ref backupStarted, 1);
            }
        });
        context.RegisterCompilationEndAction(analysis =>
        {
            if (Volatile.Read(ref backupStarted) == 1)
            {
                return;
            }

            foreach (var creation in creations)
            {
                analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1203NoBackup, creation));
            }
        });
    }
}
