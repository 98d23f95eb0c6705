using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1506: an exportable key created on a Managed HSM without a release policy, or with one that is not immutable.</summary>
public sealed class HSM1506ExportableKeyReleasePolicyRule : HsmRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1506ExportableKeyWithoutImmutableReleasePolicy);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var keys = context.Symbols.Keys;
        KeyCreation.RegisterTracedOptionsAction(context, (analysis, member, optionsArgument, options) =>
        {
            if (options[keys.KeyOptionsMembers.Exportable] is not { Kind: PropertyStateKind.Set, Assignment: { } exportable } exportableState
                || !exportableState.Values.All(value => value is true))
            {
                return;
            }

            void Report(SyntaxNode node, Location location, string reason) => analysis.ReportDiagnostic(Diagnostic.Create(
                Descriptors.HSM1506ExportableKeyWithoutImmutableReleasePolicy,
                DiagnosticLocations.InMemberOr(node, location, member, optionsArgument.Value.Syntax).Location,
                reason));

            var releasePolicy = options[keys.KeyOptionsMembers.ReleasePolicy];
            if (releasePolicy.Kind == PropertyStateKind.NeverSet)
            {
                Report(exportable.Syntax, exportable.Syntax.GetLocation(), "has no release policy");
                return;
            }

            if (releasePolicy.Object is not { } policy)
            {
                return;
            }

            var immutable = policy[keys.Immutable];
            if (immutable.Kind == PropertyStateKind.NeverSet)
            {
                var creation = policy.Creation!.Syntax;
                Report(creation, DiagnosticLocations.CreationHead(creation), "has a release policy that is not immutable (Immutable is never set)");
            }
            else if (immutable is { Kind: PropertyStateKind.Set, Assignment: { } assignment } && immutable.Values.All(value => value is null or false))
            {
                Report(assignment.Syntax, assignment.Syntax.GetLocation(), "has a release policy that is not immutable (Immutable is not true)");
            }
        });
    }
}
