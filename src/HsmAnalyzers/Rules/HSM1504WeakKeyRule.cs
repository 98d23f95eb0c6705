using System;
using System.Collections.Immutable;
using System.Linq;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1504: an RSA or oct key below the minimum size, or an EC key on a curve that is not allowed.</summary>
public sealed class HSM1504WeakKeyRule : HsmRule
{
    private const int DefaultMinimumRsaKeySize = 3072;
    private const int DefaultRsaKeySize = 2048;
    private const int MinimumOctKeySize = 256;

    private static readonly ImmutableArray<string> DefaultAllowedCurves = ImmutableArray.Create("P-256", "P-256K", "P-384", "P-521");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1504WeakKey);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        KeyCreation.RegisterTracedOptionsAction(context, (analysis, member, optionsArgument, options) =>
        {
            var tree = optionsArgument.Syntax.SyntaxTree;
            void Report(SyntaxNode node, Location location, int? fixedSize, bool add, string message)
            {
                var (at, fixable) = DiagnosticLocations.InMemberOr(node, location, member, optionsArgument.Value.Syntax);
                var properties = fixable && fixedSize is { } size ? FixProperties.None.WithKeySize(size, add) : FixProperties.None;
                analysis.Report(Descriptors.HSM1504WeakKey, at, properties, fixable ? message : message + " (in the code that builds these options)");
            }

            void CheckKeySize(string kind, int minimum, int? defaultSize)
            {
                var keySize = options[symbols.Keys.KeyOptionsMembers.KeySize];
                if (keySize.Kind == PropertyStateKind.NeverSet && defaultSize is { } size && size < minimum)
                {
                    var creation = options.Creation!.Syntax;
                    Report(creation, DiagnosticLocations.CreationHead(creation), minimum, add: true,
                        $"KeySize is never set, so the {kind} key gets the default {size} bits, below the minimum of {minimum}");
                }
                else if (keySize is { Kind: PropertyStateKind.Set, Assignment: { } assignment }
                    && keySize.Values.All(value => value is int bits && bits < minimum))
                {
                    Report(assignment.Syntax, assignment.Syntax.GetLocation(), minimum, add: false,
                        $"The {kind} key size {string.Join(" or ", keySize.Values.Values)} is below the minimum of {minimum} bits");
                }
            }

            if (symbols.Keys.CreateRsaKeyOptions.Matches(options.Type))
            {
                CheckKeySize("RSA", HsmOptions.GetInt32(analysis.Options, tree, HsmOptions.MinimumRsaKeySize, DefaultMinimumRsaKeySize, 2048, 16384), DefaultRsaKeySize);
            }
            else if (symbols.Keys.CreateOctKeyOptions.Matches(options.Type))
            {
                CheckKeySize("oct", MinimumOctKeySize, defaultSize: null);
            }
            else if (symbols.Keys.CreateEcKeyOptions.Matches(options.Type)
                && options[symbols.Keys.KeyOptionsMembers.CurveName] is { Kind: PropertyStateKind.Set, Assignment: { } curveAssignment }
                && CurveName(ExtensibleEnumValue.Resolve(curveAssignment.Value, symbols.Keys.KeyCurveName)) is { } curve)
            {
                var allowed = HsmOptions.GetList(analysis.Options, tree, HsmOptions.AllowedCurves) is { IsEmpty: false } configured ? configured : DefaultAllowedCurves;
                if (!allowed.Any(entry => Normalized(entry) == Normalized(curve)))
                {
                    Report(curveAssignment.Syntax, curveAssignment.Syntax.GetLocation(), fixedSize: null, add: false,
                        $"The curve {curve} is not one of the allowed curves ({string.Join(", ", allowed)})");
                }
            }
        });
    }

    /// <summary>The curve's wire name: <c>KeyCurveName.P256K</c> is "P-256K".</summary>
    private static string? CurveName(ExtensibleEnumValue value) =>
        value.Member is { Length: > 1 } member ? "P-" + member.Substring(1) : value.Text;

    /// <summary>Curve names compared without case and dashes, so that the option may list member or wire names.</summary>
    private static string Normalized(string curve) => curve.Replace("-", string.Empty).ToUpperInvariant();
}
