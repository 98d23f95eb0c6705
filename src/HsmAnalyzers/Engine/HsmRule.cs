using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Engine;

/// <summary>One rule: its descriptors and what it registers in a compilation that references the Managed HSM SDK.
/// Rules are not analyzers of their own: a <see cref="RuleHostAnalyzer"/> runs several, so that the analyzer driver's
/// fixed cost per analyzer and document is paid once per host, not once per rule.</summary>
public abstract class HsmRule
{
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Whether the rule reports at the end of the compilation, from what it sees in every file (its
    /// descriptors carry <see cref="WellKnownDiagnosticTags.CompilationEnd"/>; CostTests holds every rule with a
    /// compilation-end action to that). The IDE treats an analyzer with any such descriptor as build-only when full
    /// solution analysis is off, so these rules have a host of their own, and a host never skips them in a file.</summary>
    internal bool ReportsAtCompilationEnd => SupportedDiagnostics.Any(d => d.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd));

    internal void Start(HsmCompilationStartContext context) => OnSdkCompilationStart(context);

    /// <summary>Called once per compilation that references the SDK; register the rule's actions here.</summary>
    private protected abstract void OnSdkCompilationStart(HsmCompilationStartContext context);
}
