using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace HsmAnalyzers.CodeFixes.Engine;

/// <summary>
/// Shortens the <c>global::</c>-qualified type names a fix wrote (marked with <see cref="Simplifier.Annotation"/>) to
/// the type's simple name where that name, looked up at the same place, finds the same type and nothing else; the
/// others stay qualified. One semantic model and one lookup per name, and none more for the imports when the usings
/// in place already find every name (<see cref="ReduceAsync"/>): the workspace simplifier binds each name
/// speculatively in its enclosing statement or expression, which costs Fix All the square of the number of fixes in
/// one method or one nested expression.
/// </summary>
internal static class ShortNames
{
    /// <summary>The document with the names shortened that can be; when <paramref name="onlyIfAllImported"/>, null
    /// instead if a name to import (<see cref="Simplifier.AddImportsAnnotation"/>) cannot be shortened with the
    /// document's usings as they are, so that the caller adds the imports first.</summary>
    public static async Task<Document?> ReduceAsync(Document document, bool onlyIfAllImported, CancellationToken cancellationToken)
    {
        if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root)
        {
            return document;
        }

        var annotated = root.GetAnnotatedNodes(Simplifier.Annotation).Concat(root.GetAnnotatedNodes(Simplifier.AddImportsAnnotation)).Distinct().ToList();
        if (annotated.Count == 0)
        {
            return document;
        }

        FixWork.Count(FixWork.Kind.SemanticModelOfChangedCode);
        if (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
        {
            return document;
        }

        var shortened = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var name in annotated.SelectMany(node => node.DescendantNodesAndSelf()).Distinct().Where(IsGlobalQualified))
        {
            if (shortened.ContainsKey(name))
            {
                continue;
            }

            if (model.GetSymbolInfo(name, cancellationToken).Symbol is not INamedTypeSymbol { IsGenericType: false, ContainingType: null } type)
            {
                // A namespace, a member or a type written in full anyway: nothing to import for it.
                continue;
            }

            if (!FindsOnly(model, name.SpanStart, type, isExpression: name is ExpressionSyntax and not TypeSyntax || name.Parent is MemberAccessExpressionSyntax))
            {
                if (onlyIfAllImported && name.AncestorsAndSelf().Any(n => n.HasAnnotation(Simplifier.AddImportsAnnotation)))
                {
                    return null;
                }

                continue;
            }

            shortened[name] = SyntaxFactory.IdentifierName(type.Name).WithTriviaFrom(name);
        }

        var newRoot = root.ReplaceNodes(shortened.Keys.Where(n => !n.Ancestors().Any(shortened.ContainsKey)), (original, _) => shortened[original]);
        return document.WithSyntaxRoot(newRoot);
    }

    /// <summary>The root without the annotations that ask the code action to simplify and import: the names are
    /// shortened already, and a second pass would cost what this one saves.</summary>
    public static SyntaxNode WithoutCleanupAnnotations(SyntaxNode root)
    {
        var annotations = new[] { Simplifier.Annotation, Simplifier.AddImportsAnnotation, Formatter.Annotation };
        var nodes = annotations.SelectMany(a => root.GetAnnotatedNodes(a)).Distinct().ToList();
        return nodes.Count == 0 ? root : root.ReplaceNodes(nodes, (_, node) => node.WithoutAnnotations(annotations));
    }

    private static bool IsGlobalQualified(SyntaxNode node)
    {
        var left = node switch
        {
            QualifiedNameSyntax qualified => (SyntaxNode)qualified.Left,
            MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access => access.Expression,
            _ => null,
        };
        while (left is QualifiedNameSyntax or MemberAccessExpressionSyntax)
        {
            left = left is QualifiedNameSyntax q ? q.Left : ((MemberAccessExpressionSyntax)left).Expression;
        }

        return left is AliasQualifiedNameSyntax { Alias.Identifier.RawKind: (int)SyntaxKind.GlobalKeyword };
    }

    private static bool FindsOnly(SemanticModel model, int position, INamedTypeSymbol type, bool isExpression)
    {
        var found = isExpression
            ? model.LookupSymbols(position, name: type.Name)
            : model.LookupNamespacesAndTypes(position, name: type.Name);
        return found.Length == 1 && SymbolEqualityComparer.Default.Equals(found[0], type);
    }
}
