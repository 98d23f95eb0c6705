using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace HsmAnalyzers.CodeFixes.Engine;

/// <summary>The syntax rewrites the fixers share. Each returns null when the result would not compile, so that no
/// fix is offered. The edits (<see cref="Action{SyntaxEditor}"/>) name nodes of the original root and rewrite the node
/// the editor holds when it applies them, so that the edits of a Fix All compose.</summary>
internal static class SyntaxEdits
{
    /// <summary>Rewrites <paramref name="node"/> as the editor holds it (with the edits inside it applied).</summary>
    public static Action<SyntaxEditor> Rewrite<TNode>(TNode node, Func<TNode, SyntaxNode> rewrite)
        where TNode : SyntaxNode =>
        editor =>
        {
            if (editor is BatchEditor batch)
            {
                batch.Rewrite(node, current => rewrite((TNode)current));
            }
            else
            {
                editor.ReplaceNode(node, (current, _) => rewrite((TNode)current));
            }
        };

    /// <summary>Removes a statement or a list entry, without its trivia.</summary>
    private static Action<SyntaxEditor> Remove(SyntaxNode node) =>
        editor =>
        {
            if (editor is BatchEditor batch)
            {
                batch.Remove(node);
            }
            else
            {
                editor.RemoveNode(node, SyntaxRemoveOptions.KeepNoTrivia);
            }
        };

    /// <summary>Puts <paramref name="replacement"/> in place of <paramref name="node"/>, with the node's leading and
    /// trailing trivia; null when the node holds directives or disabled code inside, which the replacement would drop
    /// (half of an <c>#if</c>/<c>#else</c> pair in an argument list).</summary>
    public static Action<SyntaxEditor>? Replace(SyntaxNode node, SyntaxNode replacement) =>
        HoldsDirectives(node) ? null : Rewrite(node, current => replacement.WithTriviaFrom(current));

    /// <summary>Puts <paramref name="value"/> in place of the assigned value.</summary>
    public static Action<SyntaxEditor>? ReplaceAssignedValue(AssignmentExpressionSyntax assignment, ExpressionSyntax value) =>
        Replace(assignment.Right, value);

    /// <summary>Whether the node has directives or disabled code between its first and last token.</summary>
    public static bool HoldsDirectives(SyntaxNode node) =>
        node.ContainsDirectives && node.DescendantTrivia(node.Span).Any(t => t.IsDirective || t.IsKind(SyntaxKind.DisabledTextTrivia));

    /// <summary>Removes an assignment that is an initializer entry or a statement of its own in a block; null when that
    /// would drop disabled code. Directives in its trivia (<c>#region</c>, one branch of an <c>#if</c>) are kept.</summary>
    public static Action<SyntaxEditor>? RemoveAssignment(AssignmentExpressionSyntax assignment) => RemoveEntryOrStatement(assignment, assignment.Parent);

    /// <summary>Removes a collection element, like <see cref="RemoveElement(SyntaxNode, ExpressionSyntax)"/>.</summary>
    public static Action<SyntaxEditor>? RemoveElement(ExpressionSyntax element) =>
        element.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax invocation } }
            ? RemoveEntryOrStatement(invocation, invocation.Parent)
            : RemoveEntryOrStatement(element, element.Parent);

    private static Action<SyntaxEditor>? RemoveEntryOrStatement(ExpressionSyntax expression, SyntaxNode? parent)
    {
        SyntaxNode? removed = parent switch
        {
            InitializerExpressionSyntax => expression,
            ExpressionStatementSyntax { Parent: BlockSyntax or SwitchSectionSyntax } statement => statement,
            ExpressionStatementSyntax { Parent: GlobalStatementSyntax global } => global,
            _ => null,
        };
        if (removed is null || removed.DescendantTrivia(descendIntoTrivia: true).Any(t => t.IsKind(SyntaxKind.DisabledTextTrivia)))
        {
            return null;
        }

        if (!removed.GetLeadingTrivia().Any(t => t.IsDirective))
        {
            var remove = Remove(removed);
            if (removed != expression)
            {
                return remove;
            }

            var annotate = Rewrite(parent!, current => current.WithAdditionalAnnotations(Formatter.Annotation));
            return editor =>
            {
                annotate(editor);
                remove(editor);
            };
        }

        // A statement that starts after #region or #endif: the directives stay, on the token that follows it.
        return removed != expression && removed.Parent is { } container && container.FullSpan.Contains(removed.GetLastToken().GetNextToken().Span)
            ? RemoveKeepingDirectives(removed, container)
            : null;
    }

    private static Action<SyntaxEditor> RemoveKeepingDirectives(SyntaxNode removed, SyntaxNode container)
    {
        var marker = new SyntaxAnnotation();
        var leading = removed.GetLeadingTrivia();
        var lastDirective = leading.Count - 1;
        while (!leading[lastDirective].IsDirective)
        {
            lastDirective--;
        }

        var directives = leading.Take(lastDirective + 1).ToList();
        var mark = Rewrite(removed, current => current.WithAdditionalAnnotations(marker));
        var move = Rewrite(container, current =>
        {
            var next = current.GetAnnotatedNodes(marker).Single().GetLastToken().GetNextToken();
            var moved = current.ReplaceToken(next, next.WithLeadingTrivia(directives.Concat(next.LeadingTrivia)));
            return moved.RemoveNode(moved.GetAnnotatedNodes(marker).Single(), SyntaxRemoveOptions.KeepNoTrivia)!;
        });
        return editor =>
        {
            mark(editor);
            move(editor);
        };
    }

    /// <summary>Adds <paramref name="entry"/> to the initializer of the creation a diagnostic was reported on.</summary>
    public static Action<SyntaxEditor>? AddToReportedInitializer(SyntaxNode root, Diagnostic diagnostic, ExpressionSyntax entry) =>
        FindCreation(root, diagnostic) is { } creation && AddToInitializer(creation, entry) is not null
            ? Rewrite(creation, current => AddToInitializer(current, entry) ?? current)
            : null;

    /// <summary>Inserts <paramref name="statement"/> right after <paramref name="neighbour"/>.</summary>
    public static Action<SyntaxEditor> InsertAfter(StatementSyntax neighbour, StatementSyntax statement) =>
        editor =>
        {
            if (editor is BatchEditor batch)
            {
                batch.InsertAfter(neighbour, statement);
            }
            else
            {
                editor.InsertAfter(neighbour, statement);
            }
        };

    /// <summary>Whether a new object of the type <paramref name="metadataName"/> converts to the type the code at
    /// <paramref name="site"/> takes (the parameter of the argument it replaces).</summary>
    public static bool Converts(SemanticModel model, ExpressionSyntax site, string metadataName, CancellationToken cancellationToken) =>
        model.Compilation.GetTypeByMetadataName(metadataName) is { } created
        && model.GetTypeInfo(site, cancellationToken).ConvertedType is { TypeKind: not TypeKind.Error } target
        && model.Compilation.ClassifyConversion(created, target) is { IsImplicit: true, IsUserDefined: false };

    /// <summary>Whether a statement inserted after <paramref name="statement"/> may <c>await</c>: the function it is in
    /// (method, local function, lambda, top-level program) is async and not an iterator.</summary>
    public static bool CanAwaitAfter(SemanticModel model, StatementSyntax statement, CancellationToken cancellationToken)
    {
        var function = statement.Ancestors().FirstOrDefault(node => node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or CompilationUnitSyntax);
        if (function is null || model.GetEnclosingSymbol(statement.SpanStart, cancellationToken) is not IMethodSymbol { IsAsync: true } method)
        {
            return false;
        }

        // An async iterator (IAsyncEnumerable) may await; any other iterator may not.
        var isIterator = IteratorFunctions.GetValue(function, f => new StrongBox<bool>(IsIterator(f))).Value;
        return !isIterator || method.ReturnType.OriginalDefinition.MetadataName is "IAsyncEnumerable`1" or "IAsyncEnumerator`1";
    }

    /// <summary>Whether each function is an iterator, read once per function: Fix All asks for every statement in it.</summary>
    private static readonly ConditionalWeakTable<SyntaxNode, StrongBox<bool>> IteratorFunctions = new();

    private static bool IsIterator(SyntaxNode function) =>
        function.DescendantNodes(node => node == function || node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .Any(node => node is YieldStatementSyntax);

    /// <summary>Whether code inserted right after <paramref name="statement"/> may read <paramref name="symbol"/> (a
    /// local, parameter, field or property found by lookup there): no static lambda or static local function lies
    /// between the statement and the function that owns a local or parameter, no static context reads an instance
    /// member, and a local is definitely assigned after the statement.</summary>
    public static bool IsUsableAt(SemanticModel model, ISymbol symbol, StatementSyntax statement, CancellationToken cancellationToken)
    {
        var isStaticContext = false;
        ISymbol? function = model.GetEnclosingSymbol(statement.SpanStart, cancellationToken);
        while (function is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } nested
            && !(symbol is ILocalSymbol or IParameterSymbol && SymbolEqualityComparer.Default.Equals(symbol.ContainingSymbol, nested)))
        {
            if (nested.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is AnonymousFunctionExpressionSyntax { Modifiers: var modifiers } && modifiers.Any(SyntaxKind.StaticKeyword)
                || r.GetSyntax(cancellationToken) is LocalFunctionStatementSyntax { Modifiers: var localModifiers } && localModifiers.Any(SyntaxKind.StaticKeyword)))
            {
                isStaticContext = true;
            }

            function = nested.ContainingSymbol;
        }

        switch (symbol)
        {
            case ILocalSymbol or IParameterSymbol:
                if (isStaticContext || !SymbolEqualityComparer.Default.Equals(symbol.ContainingSymbol, function))
                {
                    return false;
                }

                return symbol is IParameterSymbol { RefKind: not RefKind.Out }
                    || model.AnalyzeDataFlow(statement) is { Succeeded: true } flow && flow.DefinitelyAssignedOnExit.Contains(symbol, SymbolEqualityComparer.Default);
            default:
                return symbol.IsStatic || !(isStaticContext || function is { IsStatic: true });
        }
    }

    /// <summary>An identifier as code must spell it: <c>@event</c> for a name that is a keyword.</summary>
    public static IdentifierNameSyntax IdentifierName(string name) =>
        SyntaxFactory.IdentifierName(SyntaxFactory.ParseToken(Escaped(name)));

    /// <summary>The text of <see cref="IdentifierName(string)"/>, for code written as text.</summary>
    public static string Escaped(string name) => SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : "@" + name;

    /// <summary>The assignment (statement or initializer entry) a diagnostic was reported on.</summary>
    public static AssignmentExpressionSyntax? FindAssignment(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
            .FirstAncestorOrSelf<AssignmentExpressionSyntax>(a => a.IsKind(SyntaxKind.SimpleAssignmentExpression));

    /// <summary>The object creation whose head (<c>new T(args)</c>) a diagnostic was reported on.</summary>
    public static BaseObjectCreationExpressionSyntax? FindCreation(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
            .FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>();

    /// <summary>The expression (an argument value, a collection element) a diagnostic was reported on.</summary>
    public static ExpressionSyntax? FindExpression(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) as ExpressionSyntax;

    public static SyntaxNode ReplaceExpression(SyntaxNode root, ExpressionSyntax expression, ExpressionSyntax replacement) =>
        root.ReplaceNode(expression, replacement.WithTriviaFrom(expression));

    public static SyntaxNode ReplaceAssignedValue(SyntaxNode root, AssignmentExpressionSyntax assignment, ExpressionSyntax value) =>
        root.ReplaceNode(assignment.Right, value.WithTriviaFrom(assignment.Right));

    public static LiteralExpressionSyntax Literal(bool value) =>
        SyntaxFactory.LiteralExpression(value ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression);

    public static LiteralExpressionSyntax Literal(string value) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));

    public static LiteralExpressionSyntax Literal(int value) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value));

    /// <summary><c>Name = value</c>, for an object initializer.</summary>
    public static AssignmentExpressionSyntax MemberAssignment(string name, ExpressionSyntax value) =>
        SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(name), value);

    /// <summary>Adds <paramref name="entry"/> at the end of the creation's object initializer, creating one when
    /// there is none.</summary>
    public static BaseObjectCreationExpressionSyntax? AddToInitializer(BaseObjectCreationExpressionSyntax creation, ExpressionSyntax entry)
    {
        var initializer = creation.Initializer;
        if (initializer is null)
        {
            var newInitializer = SyntaxFactory.InitializerExpression(
                SyntaxKind.ObjectInitializerExpression,
                SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.SingletonSeparatedList(entry),
                SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space));
            return creation.WithoutTrailingTrivia().WithInitializer(newInitializer).WithTrailingTrivia(creation.GetTrailingTrivia());
        }

        return initializer.IsKind(SyntaxKind.ObjectInitializerExpression) ? creation.WithInitializer(Append(initializer, entry)) : null;
    }

    /// <summary>Adds <paramref name="entry"/> at the end of an object or collection initializer and keeps a
    /// multi-line initializer multi-line.</summary>
    public static InitializerExpressionSyntax Append(InitializerExpressionSyntax initializer, ExpressionSyntax entry)
    {
        var items = initializer.Expressions.GetWithSeparators();
        if (initializer.Expressions.LastOrDefault() is { } lastEntry)
        {
            entry = entry.WithLeadingTrivia(lastEntry.GetLeadingTrivia());
            if (items.Last().IsToken)
            {
                // A trailing comma: the new entry goes after it, on a line of its own when the others are.
                entry = entry.WithTrailingTrivia(LineBreakOf(items.Last().AsToken().TrailingTrivia));
            }
            else
            {
                var trailing = lastEntry.GetTrailingTrivia();
                items = items.Replace(items.Last(), lastEntry.WithoutTrailingTrivia())
                    .Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(trailing));
                entry = entry.WithTrailingTrivia(LineBreakOf(trailing));
            }
        }

        var expressions = SyntaxFactory.SeparatedList<ExpressionSyntax>(items.Add(entry));
        return initializer.WithExpressions(expressions).WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary>The end of a line's trailing trivia from its line break on, so that a comment the line ends with stays
    /// on that line only; a single space for an entry that shares its line.</summary>
    private static SyntaxTriviaList LineBreakOf(SyntaxTriviaList trailing) =>
        trailing.Any(SyntaxKind.EndOfLineTrivia)
            ? SyntaxFactory.TriviaList(trailing.SkipWhile(t => !t.IsKind(SyntaxKind.EndOfLineTrivia)))
            : trailing;

    /// <summary>A type name written in full, which the code action shortens and imports where it can.</summary>
    public static TypeSyntax ImportedType(string fullName) =>
        SyntaxFactory.ParseTypeName("global::" + fullName).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

    /// <summary><c>Type.Member</c> with the type written in full, which the code action shortens and imports where it can.</summary>
    public static MemberAccessExpressionSyntax StaticMember(string fullTypeName, string member) =>
        SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, ImportedType(fullTypeName), SyntaxFactory.IdentifierName(member));

    /// <summary>Adds <c>name: value</c> at the end of an argument list. A named argument binds to its parameter
    /// wherever it stands, so the result compiles as long as the parameter is not given already.</summary>
    public static ArgumentListSyntax AddNamedArgument(ArgumentListSyntax arguments, string name, ExpressionSyntax value)
    {
        var argument = SyntaxFactory.Argument(value).WithNameColon(SyntaxFactory.NameColon(
            SyntaxFactory.IdentifierName(name), SyntaxFactory.Token(SyntaxKind.ColonToken).WithTrailingTrivia(SyntaxFactory.Space)));
        var items = arguments.Arguments.GetWithSeparators();
        if (arguments.Arguments.Count > 0)
        {
            items = items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
        }

        return arguments.WithArguments(SyntaxFactory.SeparatedList<ArgumentSyntax>(items.Add(argument)));
    }

    /// <summary>Adds <paramref name="entry"/> to the initializer of the creation a diagnostic was reported on.</summary>
    public static SyntaxNode? AddToReportedCreation(SyntaxNode root, Diagnostic diagnostic, ExpressionSyntax entry) =>
        FindCreation(root, diagnostic) is { } creation && AddToInitializer(creation, entry) is { } newCreation
            ? root.ReplaceNode(creation, newCreation)
            : null;

    /// <summary>A call's result as its statement sees it: awaited (also through <c>ConfigureAwait</c>) or, for a
    /// sync call, as is.</summary>
    public static (ExpressionSyntax Result, bool Awaited) ResultOf(InvocationExpressionSyntax call)
    {
        var result = (ExpressionSyntax)call;
        if (call.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait", Parent: InvocationExpressionSyntax configureAwait })
        {
            result = configureAwait;
        }

        return result.Parent is AwaitExpressionSyntax awaited ? (awaited, true) : (result, false);
    }

    /// <summary>A statement parsed from <paramref name="lines"/>, indented like <paramref name="neighbour"/> and with its
    /// line endings, to go next to it. Type names written <c>global::</c>-qualified are shortened and imported by the
    /// code action.</summary>
    public static StatementSyntax ParseStatementLike(StatementSyntax neighbour, System.Collections.Generic.IEnumerable<string> lines)
    {
        var indentation = string.Concat(neighbour.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Select(t => t.ToString()));
        var newLine = neighbour.GetTrailingTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToString() is { Length: > 0 } eol ? eol : "\n";
        var statement = SyntaxFactory.ParseStatement(string.Concat(lines.Select(line => indentation + line + newLine)));
        return statement.ReplaceNodes(
            statement.DescendantNodes().Where(node => node is QualifiedNameSyntax or MemberAccessExpressionSyntax && node.ToString().StartsWith("global::", System.StringComparison.Ordinal)),
            (_, node) => node.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation));
    }

    /// <summary>Removes an assignment that is an initializer entry or a statement of its own in a block.</summary>
    public static SyntaxNode? RemoveAssignment(SyntaxNode root, AssignmentExpressionSyntax assignment) => RemoveEntryOrStatement(root, assignment, assignment.Parent);

    /// <summary>Removes a collection element: an entry of a collection initializer, or the argument of an
    /// <c>x.Add(element);</c> statement of its own in a block, with the statement.</summary>
    public static SyntaxNode? RemoveElement(SyntaxNode root, ExpressionSyntax element) =>
        element.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax invocation } }
            ? RemoveEntryOrStatement(root, invocation, invocation.Parent)
            : RemoveEntryOrStatement(root, element, element.Parent);

    private static SyntaxNode? RemoveEntryOrStatement(SyntaxNode root, ExpressionSyntax expression, SyntaxNode? parent) => parent switch
    {
        InitializerExpressionSyntax initializer when initializer.RemoveNode(expression, SyntaxRemoveOptions.KeepNoTrivia) is { } smaller =>
            root.ReplaceNode(initializer, smaller.WithAdditionalAnnotations(Formatter.Annotation)),
        ExpressionStatementSyntax { Parent: BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax } statement =>
            root.RemoveNode(statement.Parent is GlobalStatementSyntax ? statement.Parent : statement, SyntaxRemoveOptions.KeepNoTrivia),
        _ => null,
    };
}
