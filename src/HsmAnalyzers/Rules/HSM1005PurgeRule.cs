using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1005: a permanent purge of a deleted Managed HSM or of a deleted key (vault or Managed HSM).</summary>
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
            // A purged key is gone for good on a vault as on a Managed HSM: any KeyClient counts, whatever its endpoint.
            var purged = method.Name.StartsWith("PurgeDeletedKey", System.StringComparison.Ordinal)
                ? symbols.Keys.KeyClient.Declares(method) ? "key" : null
                : symbols.ArmKeyVault.DeletedManagedHsmResource.Declares(method) ? "Managed HSM" : null;
            if (purged is not null)
            {
                analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1005PermanentPurge, invocation.Syntax.GetLocation(), method.Name, purged));
            }
        });
    }
}
