using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1701: RSA1_5 (PKCS#1 v1.5 padding) chosen to encrypt or wrap with a <c>CryptographyClient</c>
/// (see <see cref="WeakEncryptionAlgorithm"/>).</summary>
public sealed class HSM1701Rsa15PaddingRule : HsmRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1701Rsa15Padding);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context) =>
        WeakEncryptionAlgorithm.Register(context, Descriptors.HSM1701Rsa15Padding, "Rsa15", "RSA1_5", "Rsa15Parameters");
}
