using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1601: a <c>ClientSecretCredential</c> whose secret is a constant, in a project that uses the Managed HSM packages.</summary>
public sealed class HSM1601ClientSecretInSourceRule : HsmRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1601ClientSecretInSource);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        if (!symbols.ReferencesManagedHsmSdk)
        {
            return;
        }

        context.RegisterObjectCreationAction(symbols.ClientSecretCredential, (analysis, creation) =>
        {
            if (Arguments.ForParameter(creation.Arguments, "clientSecret") is { } secret
                && ConstantValues.Resolve(secret.Value).All(value => value is string { Length: > 0 }))
            {
                analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1601ClientSecretInSource, secret.Value.Syntax.GetLocation()));
            }
        });
    }
}
