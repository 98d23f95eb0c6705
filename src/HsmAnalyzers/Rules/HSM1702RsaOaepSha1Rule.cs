using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1702: RSA-OAEP with SHA-1 chosen to encrypt or wrap with a <c>CryptographyClient</c>
/// (see <see cref="WeakEncryptionAlgorithm"/>).</summary>
public sealed class HSM1702RsaOaepSha1Rule : HsmRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1702RsaOaepSha1);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context) =>
        WeakEncryptionAlgorithm.Register(context, Descriptors.HSM1702RsaOaepSha1, "RsaOaep", "RSA-OAEP", "RsaOaepParameters");
}
