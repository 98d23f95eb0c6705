using System;
using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Rules;

/// <summary>What HSM1701 and HSM1702 share: an RSA padding chosen to encrypt or wrap with a <c>CryptographyClient</c>,
/// as the algorithm argument of <c>Encrypt</c>/<c>WrapKey</c> (and their async twins) or through the
/// <c>EncryptParameters</c> factory of that padding. Decrypt and UnwrapKey are not looked at: reading existing data
/// needs the algorithm it was written with. Applies to every CryptographyClient, whatever its endpoint.</summary>
internal static class WeakEncryptionAlgorithm
{
    private static readonly ImmutableHashSet<string> AlgorithmMethodNames = ImmutableHashSet.Create(
        "Encrypt", "EncryptAsync", "WrapKey", "WrapKeyAsync");

    /// <summary>Registers the rule's two actions. <paramref name="member"/> is the algorithm's member name on both
    /// algorithm types (<c>Rsa15</c>), <paramref name="wireName"/> its JSON Web Algorithm name (<c>RSA1_5</c>),
    /// <paramref name="parametersFactory"/> the <c>EncryptParameters</c> method that picks it.</summary>
    public static void Register(HsmCompilationStartContext context, DiagnosticDescriptor descriptor, string member, string wireName, string parametersFactory)
    {
        var symbols = context.Symbols;
        if (!symbols.Keys.CryptographyClient.Exists)
        {
            return;
        }

        context.RegisterInvocationAction(AlgorithmMethodNames, (analysis, invocation) =>
        {
            if (!symbols.Keys.CryptographyClient.Declares(invocation.TargetMethod)
                || Arguments.ForParameter(invocation.Arguments, "algorithm") is not { } algorithmArgument
                || AlgorithmType(algorithmArgument.Parameter?.Type, symbols) is not { } algorithmType
                || !Is(algorithmArgument.Value, algorithmType, member, wireName))
            {
                return;
            }

            var properties = ConstantValues.Unwrap(algorithmArgument.Value) is IConditionalOperation
                ? FixProperties.None
                : FixProperties.For(FixKind.Algorithm).WithAlgorithmType(algorithmType.Name);
            analysis.Report(descriptor, algorithmArgument.Value.Syntax.GetLocation(), properties, invocation.TargetMethod.Name);
        });

        context.RegisterInvocationAction(ImmutableHashSet.Create(parametersFactory), (analysis, invocation) =>
        {
            if (invocation.TargetMethod is not { IsStatic: true } method || !symbols.Keys.EncryptParameters.Matches(method.ContainingType))
            {
                return;
            }

            analysis.Report(descriptor, invocation.Syntax.GetLocation(), FixProperties.For(FixKind.ParametersFactory), "EncryptParameters." + parametersFactory);
        });
    }

    /// <summary>The algorithm parameter's SDK type; null when it is not one of the two.</summary>
    private static SdkType? AlgorithmType(ITypeSymbol? type, SdkSymbols symbols) =>
        symbols.Keys.EncryptionAlgorithm.Matches(type) ? symbols.Keys.EncryptionAlgorithm
        : symbols.Keys.KeyWrapAlgorithm.Matches(type) ? symbols.Keys.KeyWrapAlgorithm
        : null;

    /// <summary>True when every value the argument can take is the algorithm: its member or its wire name, directly,
    /// through a constant or a local written once, or in both branches of a conditional.</summary>
    private static bool Is(IOperation operation, SdkType algorithmType, string member, string wireName)
    {
        if (ConstantValues.Unwrap(operation) is IConditionalOperation { WhenFalse: { } whenFalse } conditional)
        {
            return Is(conditional.WhenTrue, algorithmType, member, wireName) && Is(whenFalse, algorithmType, member, wireName);
        }

        var value = ExtensibleEnumValue.Resolve(operation, algorithmType);
        return value.Member == member
            || (value.Member is null && string.Equals(value.Text, wireName, StringComparison.Ordinal));
    }
}
