using System.Linq;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HsmAnalyzers;

/// <summary>The rules that report where the code is, in the IDE as the code is typed and on every build.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ManagedHsmAnalyzer : RuleHostAnalyzer
{
    public ManagedHsmAnalyzer()
        : base(HsmRules.Create().Where(rule => !rule.ReportsAtCompilationEnd))
    {
    }
}
