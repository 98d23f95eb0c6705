using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HsmAnalyzers.Engine;

/// <summary>Names read from syntax alone: the cheap filter that runs before any semantic query.</summary>
internal static class SyntaxNames
{
    public static string? InvokedName(InvocationExpressionSyntax invocation) => SimpleName(invocation.Expression);

    public static string? AssignedName(AssignmentExpressionSyntax assignment) => SimpleName(assignment.Left);

    public static string? CreatedTypeName(ObjectCreationExpressionSyntax creation) => creation.Type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliasQualified => aliasQualified.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => null,
    };

    private static string? SimpleName(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax memberBinding => memberBinding.Name.Identifier.ValueText,
        SimpleNameSyntax simpleName => simpleName.Identifier.ValueText,
        _ => null,
    };
}
