using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1005: a permanent purge of a deleted Managed HSM or key.</summary>
public sealed class HSM1005PurgeRule : HsmRule
{
    private static readonly ImmutableHashSet<string> MethodNames =
        ImmutableHashSet.Create("PurgeDeleted", "PurgeDeletedAsync", "PurgeDeletedKey", "PurgeDeletedKeyAsync");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1005PermanentPurge);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        context.RegisterInvocationAction(MethodNames, (analysis, invocation) =>
        {
            var method = invocation.TargetMethod;
            // KeyClient serves vaults too: its purges count when its endpoint is a Managed HSM, or unknown in a project
            // that uses the Managed HSM packages.
            var purged = method.Name.StartsWith("PurgeDeletedKey", System.StringComparison.Ordinal)
                ? symbols.KeyClient.Declares(method) && KeyVaultEndpoints.IsManagedHsmClient(invocation.Instance, symbols, context.Compilation, analysis.CancellationToken) ? "key" : null
                : symbols.DeletedManagedHsmResource.Declares(method) ? "Managed HSM" : null;
            if (purged is not null)
            {
                analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1005PermanentPurge, invocation.Syntax.GetLocation(), method.Name, purged));
            }
        });
    }
}
