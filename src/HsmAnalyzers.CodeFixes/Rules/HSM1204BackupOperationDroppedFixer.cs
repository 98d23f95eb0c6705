using System;
using System.Composition;
using HsmAnalyzers.CodeFixes.Engine;
using HsmAnalyzers.Engine;
using HsmAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace HsmAnalyzers.CodeFixes.Rules;

/// <summary>Waits for a dropped backup or restore operation to complete, in place of the statement that dropped it.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HSM1204BackupOperationDroppedFixer)), Shared]
public sealed class HSM1204BackupOperationDroppedFixer : HsmCodeFixProvider
{
    public const string EquivalenceKey = "HSM1204.WaitForCompletion";

    public HSM1204BackupOperationDroppedFixer()
        : base(RuleIdentifiers.BackupOperationDropped, EquivalenceKey)
    {
    }

    private protected override (string Title, Action<SyntaxEditor> Edit)? Edit(SyntaxNode root, Diagnostic diagnostic)
    {
        if (FixProperties.Fix(diagnostic) is not { } fix
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax invocation
            || Dropped(invocation) is not { } dropped)
        {
            return null;
        }

        // The Async methods give a task of the operation: await it first.
        var isTask = SyntaxNames.InvokedName(invocation)?.EndsWith("Async", StringComparison.Ordinal) == true;
        var operation = isTask
            ? SyntaxFactory.ParenthesizedExpression(SyntaxFactory.AwaitExpression(Await(), invocation.WithoutTrivia()))
            : (ExpressionSyntax)invocation.WithoutTrivia();

        ExpressionSyntax waited;
        string title;
        if (fix == FixKind.Await)
        {
            waited = SyntaxFactory.AwaitExpression(Await(), Call(operation, "WaitForCompletionAsync"));
            title = "Await WaitForCompletionAsync()";
        }
        else if (fix == FixKind.Wait && !isTask)
        {
            waited = Call(operation, "WaitForCompletion");
            title = "Call WaitForCompletion()";
        }
        else
        {
            return null;
        }

        return SyntaxEdits.Replace(dropped, waited) is { } edit ? (title, edit) : null;
    }

    /// <summary>The expression that drops the operation: the whole statement expression (the call, or the await
    /// of it) or the assignment to a discard. Null for a local that is never read: no fix there.</summary>
    private static ExpressionSyntax? Dropped(InvocationExpressionSyntax invocation)
    {
        ExpressionSyntax result = invocation;
        while (result.Parent is AwaitExpressionSyntax or ParenthesizedExpressionSyntax)
        {
            result = (ExpressionSyntax)result.Parent;
        }

        return result.Parent switch
        {
            ExpressionStatementSyntax or ArrowExpressionClauseSyntax or AnonymousFunctionExpressionSyntax => result,
            AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "_" } } discard when discard.Right == result => discard,
            _ => null,
        };
    }

    private static SyntaxToken Await() => SyntaxFactory.Token(SyntaxKind.AwaitKeyword).WithTrailingTrivia(SyntaxFactory.Space);

    private static InvocationExpressionSyntax Call(ExpressionSyntax target, string method) =>
        SyntaxFactory.InvocationExpression(SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, target, SyntaxFactory.IdentifierName(method)));
}
