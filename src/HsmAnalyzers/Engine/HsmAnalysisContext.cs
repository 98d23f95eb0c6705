using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HsmAnalyzers.Engine;

/// <summary>What a rule's callback needs, whichever kind of action called it.</summary>
internal readonly struct HsmAnalysisContext
{
    private readonly Action<Diagnostic> _reportDiagnostic;

    public HsmAnalysisContext(AnalyzerOptions options, Action<Diagnostic> reportDiagnostic, CancellationToken cancellationToken)
    {
        Options = options;
        _reportDiagnostic = reportDiagnostic;
        CancellationToken = cancellationToken;
    }

    public AnalyzerOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    public void ReportDiagnostic(Diagnostic diagnostic) => _reportDiagnostic(diagnostic);

    /// <summary>Reports a finding with the properties its fixer reads.</summary>
    public void Report(DiagnosticDescriptor descriptor, Location location, FixProperties properties, params object?[] messageArgs) =>
        _reportDiagnostic(Diagnostic.Create(descriptor, location, properties.Values, messageArgs));
}
