using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HsmAnalyzers;

/// <summary>The analyzers the package ships, for the programs that run them outside a build: the tests, hsm-review,
/// the benchmark and the catalogue generator. Public because hsm-review, like any user of the package, sees no
/// internals; one list here rather than each program finding them by reflection.</summary>
public static class PackageAnalyzers
{
    /// <summary>New instances of the analyzers the compiler loads from the package: the two rule hosts.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Create() =>
        ImmutableArray.Create<DiagnosticAnalyzer>(new ManagedHsmAnalyzer(), new ManagedHsmProjectAnalyzer());

    /// <summary>New instances of every rule the analyzers host, in ID order.</summary>
    public static ImmutableArray<HsmRule> CreateRules() => HsmRules.Create();
}
