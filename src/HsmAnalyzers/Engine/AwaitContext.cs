using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HsmAnalyzers.Engine;

/// <summary>Where an <c>await</c> expression may be written, read from syntax: what a fix checks before it adds one.</summary>
internal static class AwaitContext
{
    /// <summary>True when <c>await</c> compiles at <paramref name="node"/>: in an async method, lambda or local
    /// function, or a top-level statement, and not inside a lock, a catch filter, a query or an unsafe context.</summary>
    public static bool IsAllowed(SyntaxNode node)
    {
        if (node.Ancestors().Any(a => a is UnsafeStatementSyntax || a is MemberDeclarationSyntax member && member.Modifiers.Any(SyntaxKind.UnsafeKeyword)
            || a is LocalFunctionStatementSyntax local && local.Modifiers.Any(SyntaxKind.UnsafeKeyword)))
        {
            return false;
        }

        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case LockStatementSyntax or CatchFilterClauseSyntax or QueryExpressionSyntax:
                    return false;
                case AnonymousFunctionExpressionSyntax function:
                    return function.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword);
                case LocalFunctionStatementSyntax localFunction:
                    return localFunction.Modifiers.Any(SyntaxKind.AsyncKeyword);
                case BaseMethodDeclarationSyntax method:
                    return method.Modifiers.Any(SyntaxKind.AsyncKeyword);
                case GlobalStatementSyntax:
                    return true;
                case MemberDeclarationSyntax or AccessorDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }
}
