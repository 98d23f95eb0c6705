using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1507: a <c>SecretClient</c> or <c>CertificateClient</c> created for an endpoint known to be a Managed HSM.</summary>
public sealed class HSM1507SecretsOrCertificatesOnManagedHsmRule : HsmRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1507SecretsOrCertificatesOnManagedHsm);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        foreach (var client in new[] { symbols.SecretClient, symbols.CertificateClient })
        {
            // Only a known Managed HSM endpoint counts: an unknown one is far more likely a vault.
            context.RegisterObjectCreationAction(client, (analysis, creation) =>
            {
                if (KeyVaultEndpoints.OfUri(Arguments.ForParameter(creation.Arguments, "vaultUri")?.Value, symbols) == KeyVaultEndpointKind.ManagedHsm)
                {
                    analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1507SecretsOrCertificatesOnManagedHsm, DiagnosticLocations.CreationHead(creation.Syntax), client.Name));
                }
            });
        }
    }
}
