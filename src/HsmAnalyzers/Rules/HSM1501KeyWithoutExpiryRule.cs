using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1501: a key created on a Managed HSM without an expiration date.</summary>
public sealed class HSM1501KeyWithoutExpiryRule : HsmRule
{
    private const int DefaultYears = 2;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1501KeyWithoutExpiry);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        if (!symbols.Keys.KeyClient.Exists)
        {
            return;
        }

        context.RegisterMemberInvocationAction(KeyCreation.MethodNames, (analysis, invocation, member) =>
        {
            if (!KeyCreation.IsKeyCreation(invocation, symbols)
                || KeyCreation.OptionsArgument(invocation, symbols) is not { } optionsArgument)
            {
                return;
            }

            var years = HsmOptions.GetInt32(analysis.Options, invocation.Syntax.SyntaxTree, HsmOptions.KeyLifetimeYears, DefaultYears, 1, 100);
            void Report(Location location, FixKind? fix, string reason) =>
                analysis.Report(Descriptors.HSM1501KeyWithoutExpiry, location, fix is null ? FixProperties.None : FixProperties.For(fix).WithYears(years), reason);

            void ReportAt(SyntaxNode node, Location location, FixKind fix, string reason)
            {
                var (at, fixable) = DiagnosticLocations.InMemberOr(node, location, member, optionsArgument.Value.Syntax);
                Report(at, fixable ? fix : null, fixable ? reason : reason + " in the code that builds these options");
            }

            if (Arguments.IsOmitted(optionsArgument))
            {
                Report(invocation.Syntax.GetLocation(), FixKind.AddOptions, "no key options are given, so ExpiresOn is never set");
                return;
            }

            if (ConstantValues.Resolve(optionsArgument.Value).All(value => value is null))
            {
                Report(optionsArgument.Value.Syntax.GetLocation(), FixKind.ReplaceOptions, "the key options are null, so ExpiresOn is never set");
                return;
            }

            if (new ConfigurationTracker(symbols, context.Compilation, analysis.CancellationToken).Trace(optionsArgument.Value, invocation) is not { } options)
            {
                return;
            }

            var expiresOn = options[symbols.Keys.KeyOptionsMembers.ExpiresOn];
            if (expiresOn.Kind == PropertyStateKind.NeverSet)
            {
                var creation = options.Creation!.Syntax;
                ReportAt(creation, DiagnosticLocations.CreationHead(creation), FixKind.AddToOptions, "ExpiresOn is never set");
            }
            else if (expiresOn is { Kind: PropertyStateKind.Set, Assignment: { } assignment } && expiresOn.Values.All(value => value is null))
            {
                ReportAt(assignment.Syntax, assignment.Syntax.GetLocation(), FixKind.SetExpiry, "ExpiresOn is set to null");
            }
        });
    }
}
