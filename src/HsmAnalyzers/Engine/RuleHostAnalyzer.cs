using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.ExceptionServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HsmAnalyzers.Engine;

/// <summary>An analyzer that runs several <see cref="HsmRule"/>s: concurrent, silent in generated code, registering
/// nothing at all in a compilation that does not reference the Managed HSM SDK, and otherwise one semantic model
/// action that runs every rule on each file's <see cref="SyntaxIndex"/>.</summary>
public abstract class RuleHostAnalyzer : DiagnosticAnalyzer
{
    private readonly ImmutableArray<HsmRule> _rules;

    private protected RuleHostAnalyzer(IEnumerable<HsmRule> rules)
    {
        _rules = rules.ToImmutableArray();
        SupportedDiagnostics = _rules.SelectMany(rule => rule.SupportedDiagnostics).ToImmutableArray();
    }

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = SdkSymbols.For(start.Compilation);
            if (symbols.IsEmpty)
            {
                return;
            }

            var started = new List<HsmCompilationStartContext>(_rules.Length);
            foreach (var rule in _rules)
            {
                var ruleContext = new HsmCompilationStartContext(start, symbols, rule);
                rule.Start(ruleContext);
                if (ruleContext.HasTreeActions)
                {
                    started.Add(ruleContext);
                }
            }

            if (started.Count == 0)
            {
                return;
            }

            var ruleContexts = started.ToArray();
            start.RegisterSemanticModelAction(context =>
            {
                var tree = context.SemanticModel.SyntaxTree;
                var analysis = new HsmAnalysisContext(context.Options, context.ReportDiagnostic, context.CancellationToken);
                var index = SyntaxIndex.For(tree);
                List<Exception>? failures = null;
                foreach (var ruleContext in ruleContexts)
                {
                    // The driver only skips a host whose rules are all off; a rule turned off for this file is skipped
                    // here. Not a whole-project rule: what it collects in a file where it is off counts elsewhere.
                    if (!ruleContext.ReportsAtCompilationEnd && RuleSeverity.IsSuppressed(ruleContext.Rule.SupportedDiagnostics, start.Compilation.Options, tree, context.CancellationToken))
                    {
                        continue;
                    }

                    // One rule's failure must not keep the others from the file: a missed satisfier would make a
                    // whole-project rule report falsely. The failures are rethrown once every rule has run.
                    try
                    {
                        RunRule(ruleContext, analysis, context.SemanticModel, index);
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        (failures ??= []).Add(exception);
                    }
                }

                if (failures is { Count: 1 })
                {
                    ExceptionDispatchInfo.Capture(failures[0]).Throw();
                }

                if (failures is not null)
                {
                    throw new AggregateException(failures);
                }
            });
        });
    }

    /// <summary>Runs one rule on one file. The benchmark's per-rule timing (bench/HsmAnalyzers.Benchmarks) overrides
    /// it in a host of its own; the shipped hosts do not.</summary>
    private protected virtual void RunRule(HsmCompilationStartContext ruleContext, HsmAnalysisContext analysis, SemanticModel semanticModel, SyntaxIndex index) =>
        ruleContext.RunTreeActions(analysis, semanticModel, index);
}
