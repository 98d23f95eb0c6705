using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace HsmAnalyzers.Engine;

internal static class DiagnosticLocations
{
    /// <summary>True when <paramref name="node"/> lies in <paramref name="member"/>: a diagnostic there can be fixed
    /// in the IDE, which only fixes diagnostics inside the member whose analysis found them. The member of a top-level
    /// program is its compilation unit, and holds only its statements, not the types declared after them.</summary>
    public static bool IsWithin(SyntaxNode node, SyntaxNode member) =>
        node.SyntaxTree == member.SyntaxTree && member.Span.Contains(node.Span)
        && (member is not CompilationUnitSyntax || node.FirstAncestorOrSelf<GlobalStatementSyntax>() is not null);

    /// <summary><c>new T(args)</c> without its initializer: where a missing setting belongs.</summary>
    public static Location CreationHead(SyntaxNode creation)
    {
        var end = creation switch
        {
            ObjectCreationExpressionSyntax explicitCreation => explicitCreation.ArgumentList?.Span.End ?? explicitCreation.Type.Span.End,
            ImplicitObjectCreationExpressionSyntax implicitCreation => implicitCreation.ArgumentList.Span.End,
            _ => creation.Span.End,
        };

        return Location.Create(creation.SyntaxTree, TextSpan.FromBounds(creation.SpanStart, end));
    }

    /// <summary>Where a finding about a traced object goes: at <paramref name="location"/> of <paramref name="node"/>
    /// when the node lies in <paramref name="member"/>, so that it can be fixed; else at <paramref name="use"/>, the
    /// argument that carries the object, where no fix applies.</summary>
    public static (Location Location, bool Fixable) InMemberOr(SyntaxNode node, Location location, SyntaxNode member, SyntaxNode use) =>
        IsWithin(node, member) ? (location, true) : (use.GetLocation(), false);
}
