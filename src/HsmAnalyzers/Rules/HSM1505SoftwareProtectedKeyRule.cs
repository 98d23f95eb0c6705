using System;
using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1505: a software-protected key type requested from a Managed HSM.</summary>
public sealed class HSM1505SoftwareProtectedKeyRule : HsmRule
{
    /// <summary>Diagnostic property naming the rewrite the fixer makes at the reported node; absent, no fix.</summary>
    public const string FixProperty = "Fix";

    /// <summary>The node is a key type argument: replace it with the <c>KeyType</c> member of <see cref="HsmKeyTypeProperty"/>.</summary>
    public const string FixKeyType = "KeyType";

    /// <summary>The node is the <c>hardwareProtected</c> argument: replace it with <c>true</c>.</summary>
    public const string FixSetTrue = "SetTrue";

    /// <summary>The node is the options' creation, without <c>hardwareProtected</c>: add <c>hardwareProtected: true</c>.</summary>
    public const string FixAddArgument = "AddArgument";

    /// <summary>Diagnostic property: the HSM key type member (<c>RsaHsm</c>, <c>EcHsm</c>, <c>OctHsm</c>).</summary>
    public const string HsmKeyTypeProperty = "HsmKeyType";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1505SoftwareProtectedKey);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        if (!symbols.KeyClient.Exists)
        {
            return;
        }

        context.RegisterMemberInvocationAction(KeyCreation.MethodNames, (analysis, invocation, member) =>
        {
            if (!KeyCreation.IsOnManagedHsm(invocation, symbols, context.Compilation, analysis.CancellationToken))
            {
                return;
            }

            void Report(Location location, string? fix, string reason, string? hsmKeyType = null)
            {
                var properties = ImmutableDictionary<string, string?>.Empty;
                if (fix is not null)
                {
                    properties = properties.Add(FixProperty, fix);
                    properties = hsmKeyType is null ? properties : properties.Add(HsmKeyTypeProperty, hsmKeyType);
                }

                analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1505SoftwareProtectedKey, location, properties, reason));
            }

            if (Arguments.ForParameter(invocation.Arguments, "keyType") is { } keyTypeArgument)
            {
                if (SoftwareKeyType(ExtensibleEnumValue.Resolve(keyTypeArgument.Value, symbols.KeyType)) is { } software)
                {
                    Report(keyTypeArgument.Value.Syntax.GetLocation(), FixKeyType, $"the key type {software} is software-protected; use {software}Hsm", software + "Hsm");
                }

                return;
            }

            if (KeyCreation.OptionsArgument(invocation, symbols) is not { } optionsArgument
                || new ConfigurationTracker(symbols, context.Compilation, analysis.CancellationToken).Trace(optionsArgument.Value, invocation) is not { } options
                || options.ConstructorArgument("hardwareProtected") is not { } hardwareProtected
                || !ConstantValues.Resolve(hardwareProtected.Value).All(value => value is false))
            {
                return;
            }

            var creation = options.Creation!.Syntax;
            var omitted = Arguments.IsOmitted(hardwareProtected);
            var (location, fixable) = omitted
                ? DiagnosticLocations.InMemberOr(creation, DiagnosticLocations.CreationHead(creation), member, optionsArgument.Value.Syntax)
                : DiagnosticLocations.InMemberOr(hardwareProtected.Value.Syntax, hardwareProtected.Value.Syntax.GetLocation(), member, optionsArgument.Value.Syntax);
            var reason = omitted
                ? $"{options.Type.Name} defaults to a software-protected key; pass hardwareProtected: true"
                : $"{options.Type.Name} is created with hardwareProtected false";
            Report(location, fixable ? omitted ? FixAddArgument : FixSetTrue : null, reason);
        });
    }

    /// <summary>The member name of a software-protected key type (<c>Rsa</c>, <c>Ec</c>, <c>Oct</c>), written as the
    /// member or as its wire name ("RSA", "EC", "oct"); null for anything else.</summary>
    private static string? SoftwareKeyType(ExtensibleEnumValue value) => value.Member switch
    {
        "Rsa" or "Ec" or "Oct" => value.Member,
        null when value.Text is { } text => text.Equals("RSA", StringComparison.OrdinalIgnoreCase) ? "Rsa"
            : text.Equals("EC", StringComparison.OrdinalIgnoreCase) ? "Ec"
            : text.Equals("oct", StringComparison.OrdinalIgnoreCase) ? "Oct"
            : null,
        _ => null,
    };
}
