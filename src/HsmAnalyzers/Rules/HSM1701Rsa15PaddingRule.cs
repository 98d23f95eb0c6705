using System;
using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1701: RSA1_5 (PKCS#1 v1.5 padding) chosen to encrypt or wrap with a <c>CryptographyClient</c>, as the
/// algorithm argument of <c>Encrypt</c>/<c>WrapKey</c> (and their async twins) or through
/// <c>EncryptParameters.Rsa15Parameters</c>. Decrypt and UnwrapKey are not looked at: reading existing RSA1_5 data
/// needs the old algorithm. Applies to every CryptographyClient, whatever its endpoint (vault or Managed HSM).</summary>
public sealed class HSM1701Rsa15PaddingRule : HsmRule
{
    /// <summary>Diagnostic property naming the rewrite the fixer makes at the reported node; absent, no fix.</summary>
    public const string FixProperty = "Fix";

    /// <summary>The node is the algorithm argument: replace it with the <c>RsaOaep256</c> member of the algorithm
    /// type named by <see cref="AlgorithmTypeProperty"/>.</summary>
    public const string FixAlgorithm = "Algorithm";

    /// <summary>The node is the <c>Rsa15Parameters</c> call: call <c>RsaOaep256Parameters</c> instead.</summary>
    public const string FixParametersFactory = "ParametersFactory";

    /// <summary>Diagnostic property: the algorithm argument's type, <c>EncryptionAlgorithm</c> or <c>KeyWrapAlgorithm</c>
    /// (namespace <c>Azure.Security.KeyVault.Keys.Cryptography</c>).</summary>
    public const string AlgorithmTypeProperty = "AlgorithmType";

    /// <summary>The algorithm's wire name, as <c>new EncryptionAlgorithm("RSA1_5")</c> or an implicit conversion writes it.</summary>
    private const string Rsa15WireName = "RSA1_5";

    private const string Rsa15Member = "Rsa15";

    private static readonly ImmutableHashSet<string> AlgorithmMethodNames = ImmutableHashSet.Create(
        "Encrypt", "EncryptAsync", "WrapKey", "WrapKeyAsync");

    private static readonly ImmutableHashSet<string> ParametersFactoryNames = ImmutableHashSet.Create("Rsa15Parameters");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1701Rsa15Padding);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        if (!symbols.CryptographyClient.Exists)
        {
            return;
        }

        context.RegisterInvocationAction(AlgorithmMethodNames, (analysis, invocation) =>
        {
            if (!symbols.CryptographyClient.Declares(invocation.TargetMethod)
                || Arguments.ForParameter(invocation.Arguments, "algorithm") is not { } algorithmArgument
                || AlgorithmType(algorithmArgument.Parameter?.Type, symbols) is not { } algorithmType
                || !IsRsa15(algorithmArgument.Value, algorithmType))
            {
                return;
            }

            var value = algorithmArgument.Value.Syntax;
            var properties = ImmutableDictionary<string, string?>.Empty;
            if (ConstantValues.Unwrap(algorithmArgument.Value) is not IConditionalOperation)
            {
                properties = properties
                    .Add(FixProperty, FixAlgorithm)
                    .Add(AlgorithmTypeProperty, algorithmType.Name);
            }

            analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1701Rsa15Padding, value.GetLocation(), properties, invocation.TargetMethod.Name));
        });

        context.RegisterInvocationAction(ParametersFactoryNames, (analysis, invocation) =>
        {
            if (invocation.TargetMethod is not { IsStatic: true } method || !symbols.EncryptParameters.Matches(method.ContainingType))
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty.Add(FixProperty, FixParametersFactory);
            analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1701Rsa15Padding, invocation.Syntax.GetLocation(), properties, "EncryptParameters.Rsa15Parameters"));
        });
    }

    /// <summary>The algorithm parameter's SDK type; null when it is not one of the two.</summary>
    private static SdkType? AlgorithmType(ITypeSymbol? type, SdkSymbols symbols) =>
        symbols.EncryptionAlgorithm.Matches(type) ? symbols.EncryptionAlgorithm
        : symbols.KeyWrapAlgorithm.Matches(type) ? symbols.KeyWrapAlgorithm
        : null;

    /// <summary>True when every value the argument can take is RSA1_5: the <c>Rsa15</c> member or its wire name,
    /// directly, through a constant or a local written once, or in both branches of a conditional.</summary>
    private static bool IsRsa15(IOperation operation, SdkType algorithmType)
    {
        if (ConstantValues.Unwrap(operation) is IConditionalOperation { WhenFalse: { } whenFalse } conditional)
        {
            return IsRsa15(conditional.WhenTrue, algorithmType) && IsRsa15(whenFalse, algorithmType);
        }

        var value = ExtensibleEnumValue.Resolve(operation, algorithmType);
        return value.Member == Rsa15Member
            || (value.Member is null && string.Equals(value.Text, Rsa15WireName, StringComparison.Ordinal));
    }
}
