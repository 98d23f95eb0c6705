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

    /// <summary>The declarations whose bodies hold code: a member-wide action runs once for each.</summary>
    private static readonly SyntaxKind[] MemberKinds =
    [
        SyntaxKind.MethodDeclaration, SyntaxKind.ConstructorDeclaration, SyntaxKind.DestructorDeclaration, SyntaxKind.OperatorDeclaration,
        SyntaxKind.ConversionOperatorDeclaration, SyntaxKind.PropertyDeclaration, SyntaxKind.IndexerDeclaration, SyntaxKind.EventDeclaration,
        SyntaxKind.FieldDeclaration, SyntaxKind.GlobalStatement,
    ];

    /// <summary>Like <see cref="RegisterInvocationAction"/>, for rules whose diagnostics may go anywhere in the member
    /// that holds the invocation (where the traced object was created or set), which is as far as a diagnostic
    /// can go and still be fixable in the IDE. The callback gets that member's syntax.</summary>
    /// <remarks>The action runs on every member of every file, so a member whose text does not contain one of the names
    /// is skipped before its syntax is walked (<see cref="NameOccurrences"/>: one text search per file).</remarks>
    public void RegisterMemberInvocationAction(ImmutableHashSet<string> methodNames, Action<HsmAnalysisContext, IInvocationOperation, SyntaxNode> action)
    {
        var occurrences = new NameOccurrences(methodNames);

        // A syntax action on the member declarations rather than a code block action: diagnostics anywhere in the member
        // stay local, and the driver need not compute the declared symbol of every member of every file for it.
        _start.RegisterSyntaxNodeAction(
            context =>
            {
                var member = context.Node;
                if (!occurrences.MayOccurIn(member.SyntaxTree, member.Span))
                {
                    return;
                }

                var analysis = new HsmAnalysisContext(context.Options, context.ReportDiagnostic, context.CancellationToken);
                foreach (var node in member.DescendantNodes(descendIntoChildren: child => child == member || child is not MemberDeclarationSyntax).OfType<InvocationExpressionSyntax>())
                {
                    if (SyntaxNames.InvokedName(node) is { } name && methodNames.Contains(name))
                    {
                        Guard(node, () => AnalyzeInvocation(node, context.SemanticModel, analysis, (a, invocation) => action(a, invocation, member)));
                    }
                }
            },
            MemberKinds);
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

    /// <summary>Calls <paramref name="action"/> for <c>new T(...)</c> of <paramref name="createdType"/>: explicit
    /// creations whose type is written with the type's name, and target-typed <c>new(...)</c> with arguments.
    /// Registers nothing when the compilation does not have the type.</summary>
    public void RegisterObjectCreationAction(SdkType createdType, Action<HsmAnalysisContext, IObjectCreationOperation> action)
    {
        if (!createdType.Exists)
        {
            return;
        }

        _start.RegisterSyntaxNodeAction(
            context =>
            {
                var node = (BaseObjectCreationExpressionSyntax)context.Node;
                var candidate = node switch
                {
                    ObjectCreationExpressionSyntax explicitCreation => SyntaxNames.CreatedTypeName(explicitCreation) == createdType.Name,
                    _ => node.ArgumentList is { Arguments.Count: > 0 },
                };
                if (candidate)
                {
                    Guard(node, () =>
                    {
                        if (context.SemanticModel.GetOperation(node, context.CancellationToken) is IObjectCreationOperation creation
                            && createdType.Matches(creation.Type))
                        {
                            action(new HsmAnalysisContext(context.Options, context.ReportDiagnostic, context.CancellationToken), creation);
                        }
                    });
                }
            },
            SyntaxKind.ObjectCreationExpression,
            SyntaxKind.ImplicitObjectCreationExpression);
    }

    /// <summary>Calls <paramref name="action"/> for syntax nodes of <paramref name="kinds"/>, with the crash context.
    /// The action runs on every such node: it must do its cheap syntactic checks before any semantic query.</summary>
    public void RegisterSyntaxNodeAction(Action<HsmAnalysisContext, SyntaxNode> action, params SyntaxKind[] kinds) =>
        _start.RegisterSyntaxNodeAction(
            context => Guard(context.Node, () => action(new HsmAnalysisContext(context.Options, context.ReportDiagnostic, context.CancellationToken), context.Node)),
            kinds);

    /// <summary>A whole-project requirement: invocations of <paramref name="methodNames"/> that
    /// <paramref name="classify"/> calls sites are reported through <paramref name="reportSite"/> at the end of the
    /// compilation, unless one it calls a satisfier ran anywhere in the project.</summary>
    public void RegisterProjectRequirement(
        ImmutableHashSet<string> methodNames,
        Func<IInvocationOperation, RequirementRole> classify,
        Action<HsmAnalysisContext, Location> reportSite)
    {
        var requirement = new ProjectRequirement();
        RegisterInvocationAction(methodNames, (_, invocation) =>
        {
            switch (classify(invocation))
            {
                case RequirementRole.Site:
                    requirement.AddSite(invocation.Syntax.GetLocation());
                    break;
                case RequirementRole.Satisfier:
                    requirement.Satisfy();
                    break;
            }
        });
        RegisterCompilationEndAction(analysis =>
        {
            foreach (var site in requirement.UnsatisfiedSites())
            {
                reportSite(analysis, site);
            }
        });
    }

    /// <summary>Calls <paramref name="action"/> once the whole compilation has been analyzed. Only rules that truly
    /// need the whole project use it; their descriptors carry <see cref="WellKnownDiagnosticTags.CompilationEnd"/>.</summary>
    public void RegisterCompilationEndAction(Action<HsmAnalysisContext> action) =>
        _start.RegisterCompilationEndAction(context =>
        {
            try
            {
                action(new HsmAnalysisContext(context.Options, context.ReportDiagnostic, context.CancellationToken));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw new HsmAnalyzerException($"{_ruleIds} failed at the end of compilation '{context.Compilation.AssemblyName}': {exception.Message}", exception);
            }
        });

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
