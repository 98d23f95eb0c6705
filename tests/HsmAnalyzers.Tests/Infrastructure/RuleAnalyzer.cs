using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HsmAnalyzers.Tests.Infrastructure;

/// <summary>One rule in a host of its own: how the tests run a rule alone, through the engine the package's analyzers use.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleAnalyzer<TRule> : RuleHostAnalyzer
    where TRule : HsmRule, new()
{
    public RuleAnalyzer()
        : base([new TRule()])
    {
    }
}
