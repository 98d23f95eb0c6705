using System.Collections.Immutable;
using System.Globalization;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1501: a key created on a Managed HSM without an expiration date.</summary>
public sealed class HSM1501KeyWithoutExpiryRule : HsmRule
{
    /// <summary>Diagnostic property naming the rewrite the fixer makes at the reported node; absent, no fix.</summary>
    public const string FixProperty = "Fix";

    /// <summary>Diagnostic property: the years ahead the fix sets the expiry (option <c>hsm_analyzers.key_lifetime_years</c>).</summary>
    public const string YearsProperty = "Years";

    /// <summary>The node is <c>CreateKey(name, keyType)</c> without options: add <c>keyOptions: new CreateKeyOptions { ExpiresOn = … }</c>.</summary>
    public const string FixAddOptions = "AddOptions";

    /// <summary>The node is a <c>null</c> options argument: replace it with <c>new CreateKeyOptions { ExpiresOn = … }</c>.</summary>
    public const string FixReplaceOptions = "ReplaceOptions";

    /// <summary>The node is the options' creation: add <c>ExpiresOn = …</c> to its initializer.</summary>
    public const string FixAddToOptions = "AddToOptions";

    /// <summary>The node is an assignment of <c>ExpiresOn</c>: set its value.</summary>
    public const string FixSetExpiry = "SetExpiry";

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
            void Report(Location location, string? fix, string reason)
            {
                var properties = fix is null
                    ? ImmutableDictionary<string, string?>.Empty
                    : ImmutableDictionary<string, string?>.Empty.Add(FixProperty, fix).Add(YearsProperty, years.ToString(CultureInfo.InvariantCulture));
                analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1501KeyWithoutExpiry, location, properties, reason));
            }

            void ReportAt(SyntaxNode node, Location location, string fix, string reason)
            {
                var (at, fixable) = DiagnosticLocations.InMemberOr(node, location, member, optionsArgument.Value.Syntax);
                Report(at, fixable ? fix : null, fixable ? reason : reason + " in the code that builds these options");
            }

            if (Arguments.IsOmitted(optionsArgument))
            {
                Report(invocation.Syntax.GetLocation(), FixAddOptions, "no key options are given, so ExpiresOn is never set");
                return;
            }

            if (ConstantValues.Resolve(optionsArgument.Value).All(value => value is null))
            {
                Report(optionsArgument.Value.Syntax.GetLocation(), FixReplaceOptions, "the key options are null, so ExpiresOn is never set");
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
                ReportAt(creation, DiagnosticLocations.CreationHead(creation), FixAddToOptions, "ExpiresOn is never set");
            }
            else if (expiresOn is { Kind: PropertyStateKind.Set, Assignment: { } assignment } && expiresOn.Values.All(value => value is null))
            {
                ReportAt(assignment.Syntax, assignment.Syntax.GetLocation(), FixSetExpiry, "ExpiresOn is set to null");
            }
        });
    }
}
