using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Engine;

/// <summary>What a rule gets at compilation start: the resolved SDK symbols and registrations that do a cheap
/// syntactic name check before any semantic query and name the rule, file and line if a callback throws. The
/// registrations are collected and run by the rule's <see cref="RuleHostAnalyzer"/> from one semantic model action per
/// file on the file's <see cref="SyntaxIndex"/>, not registered as the driver's per-node actions.</summary>
internal sealed class HsmCompilationStartContext
{
    private readonly CompilationStartAnalysisContext _start;
    private readonly List<Action<HsmAnalysisContext, SemanticModel, SyntaxIndex>> _treeActions = [];

#pragma warning disable RS1012 // The host registers the semantic model action that calls RunTreeActions; RegisterCompilationEndAction registers on 'start'.
    public HsmCompilationStartContext(CompilationStartAnalysisContext start, SdkSymbols symbols, HsmRule rule)
    {
        _start = start;
        Symbols = symbols;
        Rule = rule;
        ReportsAtCompilationEnd = rule.ReportsAtCompilationEnd;
    }
#pragma warning restore RS1012

    public SdkSymbols Symbols { get; }

    public Compilation Compilation => _start.Compilation;

    /// <summary>The rule whose registrations this context collects.</summary>
    internal HsmRule Rule { get; }

    /// <summary><see cref="HsmRule.ReportsAtCompilationEnd"/>, read once per compilation rather than on every file.</summary>
    internal bool ReportsAtCompilationEnd { get; }

    /// <summary>The rule, as a failure names it.</summary>
    private string RuleIds => string.Join(", ", Rule.SupportedDiagnostics.Select(d => d.Id));

    /// <summary>Whether the rule registered anything to run on each file.</summary>
    internal bool HasTreeActions => _treeActions.Count > 0;

    /// <summary>Calls <paramref name="action"/> for invocations of a method with one of <paramref name="methodNames"/>.
    /// Diagnostics belong on the invocation.</summary>
    public void RegisterInvocationAction(ImmutableHashSet<string> methodNames, Action<HsmAnalysisContext, IInvocationOperation> action) =>
        RegisterInvocationAction(methodNames, AnyNode, action);

    /// <summary>Like <see cref="RegisterInvocationAction"/>, for rules whose diagnostics may go anywhere in the member
    /// that holds the invocation (where the traced object was created or set), which is as far as a diagnostic
    /// can go and still be fixable in the IDE. The callback gets that member's syntax.</summary>
    public void RegisterMemberInvocationAction(ImmutableHashSet<string> methodNames, Action<HsmAnalysisContext, IInvocationOperation, SyntaxNode> action) =>
        RegisterInvocationAction(
            methodNames,
            static node => EnclosingMember(node) is not null,
            (analysis, invocation) => action(analysis, invocation, EnclosingMember(invocation.Syntax)!));

    /// <summary>Invocations of <paramref name="methodNames"/> that <paramref name="isCandidate"/> accepts before they are bound.</summary>
    private void RegisterInvocationAction(ImmutableHashSet<string> methodNames, Func<SyntaxNode, bool> isCandidate, Action<HsmAnalysisContext, IInvocationOperation> action)
    {
        var names = methodNames.ToArray();
        _treeActions.Add((analysis, semanticModel, index) => AnalyzeEach(index.Invocations(names), isCandidate, semanticModel, analysis, AnyInvocation, action));
    }

    /// <summary>Calls <paramref name="action"/> for assignments (statements and object initializer entries) to
    /// <paramref name="property"/>. Registers nothing when the compilation does not have it.</summary>
    public void RegisterPropertyAssignmentAction(SdkProperty property, Action<HsmAnalysisContext, ISimpleAssignmentOperation> action)
    {
        if (!property.Exists)
        {
            return;
        }

        string[] names = [property.Name];
        Func<ISimpleAssignmentOperation, bool> isToProperty = assignment => assignment.Target is IPropertyReferenceOperation { Property: var assigned } && property.Matches(assigned);
        _treeActions.Add((analysis, semanticModel, index) => AnalyzeEach(index.Assignments(names), AnyNode, semanticModel, analysis, isToProperty, action));
    }

    /// <summary>Calls <paramref name="action"/> for object creations of <paramref name="createdType"/>: <c>new T(...)</c>
    /// written with the type's name, <c>new(...)</c> initializing a variable, field or property declared with it, and
    /// target-typed <c>new(...)</c> whose type only binding tells. Registers nothing when the compilation does not
    /// have the type.</summary>
    public void RegisterObjectCreationAction(SdkType createdType, Action<HsmAnalysisContext, IObjectCreationOperation> action)
    {
        if (!createdType.Exists)
        {
            return;
        }

        Func<IObjectCreationOperation, bool> isCreated = creation => createdType.Matches(creation.Type);
        _treeActions.Add((analysis, semanticModel, index) =>
        {
            AnalyzeEach(index.Creations(createdType.Name), AnyNode, semanticModel, analysis, isCreated, action);
            AnalyzeEach(index.TargetTypedCreations, AnyNode, semanticModel, analysis, isCreated, action);
        });
    }

    /// <summary>Like <see cref="RegisterObjectCreationAction"/>, for rules whose diagnostics may go anywhere in the
    /// member that holds the creation (see <see cref="RegisterMemberInvocationAction"/>). The callback gets that
    /// member's syntax.</summary>
    public void RegisterMemberObjectCreationAction(SdkType createdType, Action<HsmAnalysisContext, IObjectCreationOperation, SyntaxNode> action) =>
        RegisterObjectCreationAction(createdType, (analysis, creation) =>
        {
            if (EnclosingMember(creation.Syntax) is { } member)
            {
                action(analysis, creation, member);
            }
        });

    /// <summary>Calls <paramref name="action"/> for string literals, UTF-8 string literals and the text parts of
    /// interpolated strings, with the crash context. The action runs on every literal of every file: it must do its
    /// cheap checks before any semantic query.</summary>
    public void RegisterStringLiteralAction(Action<HsmAnalysisContext, SyntaxNode> action) =>
        _treeActions.Add((analysis, _, index) =>
        {
            foreach (var node in index.StringLiterals)
            {
                try
                {
                    action(analysis, node);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    throw Failure(node, exception);
                }
            }
        });

    /// <summary>A whole-project requirement: invocations of <paramref name="methodNames"/> that
    /// <paramref name="classify"/> calls sites are reported once, through <paramref name="report"/>, at the end of the
    /// compilation, unless one it calls a satisfier ran anywhere in the project (<see cref="ProjectRequirement"/>).</summary>
    /// <remarks>Resources declared with Azure.Provisioning take part through <paramref name="declarations"/>: a
    /// creation of such a type is a site or a satisfier as its role says.</remarks>
    public void RegisterProjectRequirement(
        ImmutableHashSet<string> methodNames,
        Func<IInvocationOperation, RequirementRole> classify,
        Action<HsmAnalysisContext, UnmetRequirement> report,
        params (SdkType CreatedType, RequirementRole Role)[] declarations)
    {
        var requirement = new ProjectRequirement();
        foreach (var (createdType, role) in declarations)
        {
            RegisterObjectCreationAction(createdType, (_, creation) =>
            {
                if (role == RequirementRole.Site)
                {
                    requirement.AddSite(DiagnosticLocations.CreationHead(creation.Syntax));
                }
                else if (role == RequirementRole.Satisfier)
                {
                    requirement.Satisfy();
                }
            });
        }

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
            if (requirement.Unmet() is { } unmet)
            {
                report(analysis, unmet);
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
                throw new HsmAnalyzerException($"{RuleIds} failed at the end of compilation '{context.Compilation.AssemblyName}': {exception.Message}", exception);
            }
        });

    /// <summary>Runs every action the rule registered on the nodes of the file's <see cref="SyntaxIndex"/>.</summary>
    internal void RunTreeActions(HsmAnalysisContext analysis, SemanticModel semanticModel, SyntaxIndex index)
    {
        foreach (var action in _treeActions)
        {
            action(analysis, semanticModel, index);
        }
    }

    /// <summary>The declarations whose bodies hold code: a member-wide action gets one of them.</summary>
    private static readonly SyntaxKind[] MemberKinds =
    [
        SyntaxKind.MethodDeclaration, SyntaxKind.ConstructorDeclaration, SyntaxKind.DestructorDeclaration, SyntaxKind.OperatorDeclaration,
        SyntaxKind.ConversionOperatorDeclaration, SyntaxKind.PropertyDeclaration, SyntaxKind.IndexerDeclaration, SyntaxKind.EventDeclaration,
        SyntaxKind.FieldDeclaration,
    ];

    /// <summary>The member whose body holds <paramref name="node"/>: the compilation unit for the statements of a
    /// top-level program, which are the body of one method; null for code outside any (a base-type argument, an
    /// attribute argument).</summary>
    private static SyntaxNode? EnclosingMember(SyntaxNode node)
    {
        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor is GlobalStatementSyntax)
            {
                return ancestor.Parent;
            }

            if (ancestor is MemberDeclarationSyntax)
            {
                return Array.IndexOf(MemberKinds, ancestor.Kind()) >= 0 ? ancestor : null;
            }
        }

        return null;
    }

    private static readonly Func<SyntaxNode, bool> AnyNode = static _ => true;

    private static readonly Func<IInvocationOperation, bool> AnyInvocation = static _ => true;

    /// <summary>Binds each of <paramref name="nodes"/> that <paramref name="isCandidate"/> accepts and calls
    /// <paramref name="action"/> with its operation when it is a <typeparamref name="TOperation"/> that
    /// <paramref name="isMatch"/> accepts, with the crash context.</summary>
    /// <remarks>No closure per node: on SDK code the nodes are many, and what the loop allocates is most of its cost.</remarks>
    private void AnalyzeEach<TOperation>(
        IReadOnlyList<SyntaxNode> nodes,
        Func<SyntaxNode, bool> isCandidate,
        SemanticModel semanticModel,
        HsmAnalysisContext analysis,
        Func<TOperation, bool> isMatch,
        Action<HsmAnalysisContext, TOperation> action)
        where TOperation : class, IOperation
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (!isCandidate(node))
            {
                continue;
            }

            try
            {
                if (semanticModel.GetOperation(node, analysis.CancellationToken) is TOperation operation && isMatch(operation))
                {
                    action(analysis, operation);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw Failure(node, exception);
            }
        }
    }

    /// <summary>A callback's exception with the rule and the position, which a bare AD0001 does not give.</summary>
    private HsmAnalyzerException Failure(SyntaxNode node, Exception exception)
    {
        var position = node.GetLocation().GetLineSpan();
        return new HsmAnalyzerException(
            $"{RuleIds} failed at {position.Path}({position.StartLinePosition.Line + 1},{position.StartLinePosition.Character + 1}) on '{Shorten(node)}': {exception.Message}",
            exception);
    }

    private static string Shorten(SyntaxNode node)
    {
        var text = node.ToString().Replace('\n', ' ').Replace('\r', ' ');
        return text.Length <= 80 ? text : text.Substring(0, 77) + "...";
    }
}
