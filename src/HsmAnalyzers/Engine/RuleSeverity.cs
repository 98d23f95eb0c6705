using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Engine;

/// <summary>Whether the project's settings turn a rule off in a file, decided in the compiler's order: the command line
/// and rule sets, then the file's .editorconfig, then global analyzer config, then the descriptor's default.</summary>
internal static class RuleSeverity
{
    /// <summary>True only when every descriptor is set to <c>none</c> (or off by default and not turned on) for
    /// <paramref name="tree"/>; anything else runs the rule, and the driver filters what it reports.</summary>
    public static bool IsSuppressed(ImmutableArray<DiagnosticDescriptor> descriptors, CompilationOptions options, SyntaxTree tree, CancellationToken cancellationToken)
    {
        foreach (var descriptor in descriptors)
        {
            if (Report(descriptor, options, tree, cancellationToken) != ReportDiagnostic.Suppress)
            {
                return false;
            }
        }

        return true;
    }

    private static ReportDiagnostic Report(DiagnosticDescriptor descriptor, CompilationOptions options, SyntaxTree tree, CancellationToken cancellationToken)
    {
        // Default is what "/warnaserror-:ID" or a rule set's Action="Default" leaves: the configuration files still
        // apply, and without them the rule is on at its default severity, even a rule off by default.
        var specified = options.SpecificDiagnosticOptions.TryGetValue(descriptor.Id, out var report);
        if (specified && report != ReportDiagnostic.Default)
        {
            return report;
        }

        if (options.SyntaxTreeOptionsProvider is { } provider
            && (provider.TryGetDiagnosticValue(tree, descriptor.Id, cancellationToken, out report)
                || provider.TryGetGlobalDiagnosticValue(descriptor.Id, cancellationToken, out report)))
        {
            return report;
        }

        return specified || descriptor.IsEnabledByDefault ? ReportDiagnostic.Default : ReportDiagnostic.Suppress;
    }
}
