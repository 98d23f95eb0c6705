using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1502: a key created under a constant name (on any key client), and no <c>UpdateKeyRotationPolicy</c>
/// for that name anywhere in the project. One finding per name, on its first creation.</summary>
public sealed class HSM1502KeyWithoutRotationPolicyRule : HsmRule
{
    private static readonly ImmutableHashSet<string> RotationPolicyMethodNames = ImmutableHashSet.Create("UpdateKeyRotationPolicy", "UpdateKeyRotationPolicyAsync");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1502KeyWithoutRotationPolicy);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        if (!symbols.Keys.KeyClient.Exists)
        {
            return;
        }

        // One requirement a key name; a policy update under a name that is not constant may be for any key.
        var byName = new ConcurrentDictionary<string, ProjectRequirement>(System.StringComparer.OrdinalIgnoreCase);
        var anyName = 0;
        context.RegisterInvocationAction(KeyCreation.MethodNames.Union(RotationPolicyMethodNames), (analysis, invocation) =>
        {
            if (!symbols.Keys.KeyClient.Declares(invocation.TargetMethod))
            {
                return;
            }

            if (RotationPolicyMethodNames.Contains(invocation.TargetMethod.Name))
            {
                if (Name(Arguments.ForParameter(invocation.Arguments, "keyName")?.Value) is { } updated)
                {
                    byName.GetOrAdd(updated, _ => new ProjectRequirement()).Satisfy();
                }
                else
                {
                    Interlocked.Exchange(ref anyName, 1);
                }

                return;
            }

            if (!KeyCreation.IsKeyCreation(invocation, symbols))
            {
                return;
            }

            var options = KeyCreation.OptionsArgument(invocation, symbols) is { } optionsArgument && !Arguments.IsOmitted(optionsArgument)
                ? new ConfigurationTracker(symbols, context.Compilation, analysis.CancellationToken).Trace(optionsArgument.Value, invocation)
                : null;
            if (Name(KeyCreation.NameOf(invocation, options)) is { } created)
            {
                byName.GetOrAdd(created, _ => new ProjectRequirement()).AddSite(invocation.Syntax.GetLocation());
            }
        });

        context.RegisterCompilationEndAction(analysis =>
        {
            if (Volatile.Read(ref anyName) == 1)
            {
                return;
            }

            // One finding per key name: the same key created in several places needs one policy.
            var findings = byName
                .Select(entry => (Name: entry.Key, Unmet: entry.Value.Unmet()))
                .Where(entry => entry.Unmet is not null)
                .Select(entry => (entry.Name, Unmet: entry.Unmet!.Value))
                .OrderBy(entry => entry.Unmet.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
                .ThenBy(entry => entry.Unmet.Location.SourceSpan.Start);
            foreach (var (name, unmet) in findings)
            {
                analysis.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.HSM1502KeyWithoutRotationPolicy,
                    unmet.Location,
                    unmet.AdditionalLocations,
                    FixProperties.None.WithKeyName(name).Values,
                    name));
            }
        });
    }

    private static string? Name(IOperation? value) =>
        ConstantValues.Resolve(value) is { IsSingle: true } name ? name.Values[0] as string : null;
}
