using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Engine;

/// <summary>What a rule gets at compilation start: the resolved SDK symbols and registrations that do a cheap
/// syntactic name check before any semantic query and name the rule, file and line if a callback throws.</summary>
internal sealed class HsmCompilationStartContext
{
    private readonly CompilationStartAnalysisContext _start;
    private readonly string _ruleIds;

#pragma warning disable RS1012 // The actions are registered on 'start' by the Register methods below.
    public HsmCompilationStartContext(CompilationStartAnalysisContext start, SdkSymbols symbols, DiagnosticAnalyzer analyzer)
    {
        _start = start;
        Symbols = symbols;
        _ruleIds = string.Join(", ", analyzer.SupportedDiagnostics.Select(d => d.Id));
    }
#pragma warning restore RS1012

    public SdkSymbols Symbols { get; }

    public Compilation Compilation => _start.Compilation;

    /// <summary>Calls <paramref name="action"/> for invocations of a method with one of <paramref name="methodNames"/>.
    /// Diagnostics belong on the invocation.</summary>
    public void RegisterInvocationAction(ImmutableHashSet<string> methodNames, Action<HsmAnalysisContext, IInvocationOperation> action) =>
        _start.RegisterSyntaxNodeAction(
            context =>
            {
                var node = (InvocationExpressionSyntax)context.Node;
                if (SyntaxNames.InvokedName(node) is { } name && methodNames.Contains(name))
                {
                    Guard(node, () => AnalyzeInvocation(node, context.SemanticModel, new HsmAnalysisContext(context.Options, context.ReportDiagnostic, context.CancellationToken), action));
                }
            },
            SyntaxKind.InvocationExpression);

    /// <summary>Like <see cref="RegisterInvocationAction"/>, for rules whose diagnostics may go anywhere in the member
    /// that holds the invocation (where the traced object was created or set), which is as far as a diagnostic
    /// can go and still be fixable in the IDE. The callback gets that member's syntax.</summary>
    /// <remarks>A code block action runs on every member of every file, so a member whose text does not contain one of
    /// the names is skipped before its syntax is walked (<see cref="NameOccurrences"/>: one text search per file).</remarks>
    public void RegisterMemberInvocationAction(ImmutableHashSet<string> methodNames, Action<HsmAnalysisContext, IInvocationOperation, SyntaxNode> action)
    {
        var occurrences = new NameOccurrences(methodNames);
        _start.RegisterCodeBlockAction(context =>
        {
            if (!occurrences.MayOccurIn(context.CodeBlock.SyntaxTree, context.CodeBlock.Span))
            {
                return;
            }

            var analysis = new HsmAnalysisContext(context.Options, context.ReportDiagnostic, context.CancellationToken);
            foreach (var node in context.CodeBlock.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (SyntaxNames.InvokedName(node) is { } name && methodNames.Contains(name))
                {
                    Guard(node, () => AnalyzeInvocation(node, context.SemanticModel, analysis, (a, invocation) => action(a, invocation, context.CodeBlock)));
                }
            }
        });
    }

    /// <summary>Calls <paramref name="action"/> for assignments (statements and object initializer entries) to a
    /// property of <paramref name="containingType"/> with one of <paramref name="propertyNames"/>. Registers nothing
    /// when the compilation does not have the type.</summary>
    public void RegisterPropertyAssignmentAction(
        SdkType containingType,
        ImmutableHashSet<string> propertyNames,
        Action<HsmAnalysisContext, ISimpleAssignmentOperation> action)
    {
        if (!containingType.Exists)
        {
            return;
        }

        _start.RegisterSyntaxNodeAction(
            context =>
            {
                var node = (AssignmentExpressionSyntax)context.Node;
                if (SyntaxNames.AssignedName(node) is { } name && propertyNames.Contains(name))
                {
                    Guard(node, () =>
                    {
                        if (context.SemanticModel.GetOperation(node, context.CancellationToken) is ISimpleAssignmentOperation
                            {
                                Target: IPropertyReferenceOperation { Property: var property },
                            } assignment
                            && containingType.Matches(property.ContainingType))
                        {
                            action(new HsmAnalysisContext(context.Options, context.ReportDiagnostic, context.CancellationToken), assignment);
                        }
                    });
                }
            },
            SyntaxKind.SimpleAssignmentExpression);
    }

    private static void AnalyzeInvocation(InvocationExpressionSyntax node, SemanticModel semanticModel, HsmAnalysisContext analysis, Action<HsmAnalysisContext, IInvocationOperation> action)
    {
        if (semanticModel.GetOperation(node, analysis.CancellationToken) is IInvocationOperation invocation)
        {
            action(analysis, invocation);
        }
    }

    /// <summary>Rethrows a callback's exception with the rule and the position, which a bare AD0001 does not give.</summary>
    private void Guard(SyntaxNode node, Action action)
    {
        try
        {
            action();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var position = node.GetLocation().GetLineSpan();
            throw new HsmAnalyzerException(
                $"{_ruleIds} failed at {position.Path}({position.StartLinePosition.Line + 1},{position.StartLinePosition.Character + 1}) on '{Shorten(node)}': {exception.Message}",
                exception);
        }
    }

    private static string Shorten(SyntaxNode node)
    {
        var text = node.ToString().Replace('\n', ' ').Replace('\r', ' ');
        return text.Length <= 80 ? text : text.Substring(0, 77) + "...";
    }
}
