using System.Linq;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HsmAnalyzers;

/// <summary>The rules that need the whole project (a backup, audit logs, an alert rule, a rotation policy anywhere in
/// it) and report at the end of the compilation: on builds, and in the IDE with full solution analysis. A host of their
/// own, because the IDE treats an analyzer with any compilation-end descriptor as build-only in live analysis.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ManagedHsmProjectAnalyzer : RuleHostAnalyzer
{
    public ManagedHsmProjectAnalyzer()
        : base(HsmRules.Create().Where(rule => rule.ReportsAtCompilationEnd))
    {
    }
}
