using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HsmAnalyzers.Engine;

/// <summary>Names read from syntax alone: the cheap filter that runs before any semantic query.</summary>
internal static class SyntaxNames
{
    public static string? InvokedName(InvocationExpressionSyntax invocation) => SimpleName(invocation.Expression);

    public static string? AssignedName(AssignmentExpressionSyntax assignment) => SimpleName(assignment.Left);

    public static string? CreatedTypeName(ObjectCreationExpressionSyntax creation) => TypeName(creation.Type);

    /// <summary>The type name of a target-typed <c>new(...)</c> that initializes a variable, field or property
    /// declared with an explicit type (the type it creates); null where only binding can tell.</summary>
    public static string? DeclaredTargetTypeName(ImplicitObjectCreationExpressionSyntax creation) => creation.Parent switch
    {
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type: { IsVar: false } type } } } => TypeName(type),
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax { Type: var type } } => TypeName(type),
        _ => null,
    };

    /// <summary>The type name a using alias stands for (<c>using Data = Azure.ResourceManager.KeyVault.ManagedHsmData;</c>
    /// gives <c>ManagedHsmData</c>).</summary>
    public static string? AliasTarget(UsingDirectiveSyntax usingDirective) => usingDirective.Name is { } name ? TypeName(name) : null;

    /// <summary>True when <paramref name="target"/>, the callee of an invocation or the target of an assignment, can
    /// only be a local or a member declared in source: a bare name or a <c>this.</c>/<c>base.</c> access, outside an
    /// object initializer, in types that declare no base type and are not partial. The SDK members the rules look for
    /// are instance and extension members of SDK types, reached through a receiver; such a name never is one.</summary>
    public static bool NamesOnlySourceMember(ExpressionSyntax target)
    {
        if (target is not (SimpleNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or BaseExpressionSyntax })
            || target.Parent is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax })
        {
            return false;
        }

        for (var node = target.Parent; node is not null; node = node.Parent)
        {
            if (node is TypeDeclarationSyntax type && (type.BaseList is not null || type.Modifiers.Any(SyntaxKind.PartialKeyword)))
            {
                return false;
            }
        }

        return true;
    }

    private static string? TypeName(TypeSyntax type) => type switch
    {
        NullableTypeSyntax nullable => TypeName(nullable.ElementType),
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
