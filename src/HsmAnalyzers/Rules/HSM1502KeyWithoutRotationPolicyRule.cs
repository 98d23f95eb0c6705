using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1502: a key created on a Managed HSM under a constant name, and no <c>UpdateKeyRotationPolicy</c>
/// for that name anywhere in the project.</summary>
public sealed class HSM1502KeyWithoutRotationPolicyRule : HsmRule
{
    /// <summary>Diagnostic property: the key's name, which the fix passes to <c>UpdateKeyRotationPolicy</c>.</summary>
    public const string KeyNameProperty = "KeyName";

    private static readonly ImmutableHashSet<string> RotationPolicyMethodNames = ImmutableHashSet.Create("UpdateKeyRotationPolicy", "UpdateKeyRotationPolicyAsync");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1502KeyWithoutRotationPolicy);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        if (!symbols.KeyClient.Exists)
        {
            return;
        }

        // One requirement a key name; a policy update under a name that is not constant may be for any key.
        var byName = new ConcurrentDictionary<string, ProjectRequirement>(System.StringComparer.OrdinalIgnoreCase);
        var anyName = 0;
        context.RegisterInvocationAction(KeyCreation.MethodNames.Union(RotationPolicyMethodNames), (analysis, invocation) =>
        {
            if (!symbols.KeyClient.Declares(invocation.TargetMethod))
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

            if (!KeyCreation.IsOnManagedHsm(invocation, symbols, context.Compilation, analysis.CancellationToken))
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

            var sites = byName
                .SelectMany(entry => entry.Value.UnsatisfiedSites().Select(site => (Name: entry.Key, Site: site)))
                .OrderBy(entry => entry.Site.SourceTree?.FilePath, System.StringComparer.Ordinal)
                .ThenBy(entry => entry.Site.SourceSpan.Start);
            foreach (var (name, site) in sites)
            {
                analysis.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.HSM1502KeyWithoutRotationPolicy, site, ImmutableDictionary<string, string?>.Empty.Add(KeyNameProperty, name), name));
            }
        });
    }

    private static string? Name(IOperation? value) =>
        ConstantValues.Resolve(value) is { IsSingle: true } name ? name.Values[0] as string : null;
}
