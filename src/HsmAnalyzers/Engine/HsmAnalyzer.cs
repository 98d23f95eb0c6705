using Microsoft.CodeAnalysis.Diagnostics;

namespace HsmAnalyzers.Engine;

/// <summary>The shape every HsmAnalyzers rule shares: concurrent, silent in generated code, and registering
/// nothing at all in a compilation that does not reference the Managed HSM SDK.</summary>
public abstract class HsmAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = SdkSymbols.For(start.Compilation);
            if (!symbols.IsEmpty)
            {
                var context = new HsmCompilationStartContext(start, symbols, this);
                OnSdkCompilationStart(context);
                context.RegisterTreeActions();
            }
        });
    }

    /// <summary>Called once per compilation that references the SDK; register the rule's actions here.</summary>
    private protected abstract void OnSdkCompilationStart(HsmCompilationStartContext context);
}
