using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;

namespace HsmAnalyzers.CodeFixes.Engine;

/// <summary>
/// Formats the code a fix wrote: the nodes marked with <see cref="Formatter.Annotation"/> and the nodes around elastic
/// trivia. A node written on one line is formatted on its own, detached from the document, with its trivia kept: the
/// spacing inside a line does not depend on what surrounds it. Where alone it would not stay on one line (an
/// initializer's braces) or its edges are elastic, the smallest statement on one line around it is formatted detached,
/// only at the new code's spans. What is left (new code over several lines) is formatted in the document, where its
/// indentation is known. The formatter's cost for a span in the document grows with the size of the member around it:
/// it collects the operations of the enclosing nodes (N deep in a <c>??</c> chain) and of the block (each label one) for
/// each span, so Fix All over N fixes formatted in the document costs the square of N.
/// </summary>
internal static class NewCodeFormatting
{
    public static async Task<Document> FormatAsync(Document document, CancellationToken cancellationToken)
    {
        if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root)
        {
            return document;
        }

        var targets = Outermost(root.GetAnnotatedNodes(Formatter.Annotation).Concat(root.GetAnnotatedTrivia(SyntaxAnnotation.ElasticAnnotation).Select(Around)));
        if (targets.Count == 0)
        {
            return document;
        }

        var workspace = document.Project.Solution.Workspace;
        var options = await document.GetOptionsAsync(cancellationToken).ConfigureAwait(false);
        var alone = new Dictionary<SyntaxNode, SyntaxNode>();
        var tried = new HashSet<SyntaxNode>();
        foreach (var target in targets)
        {
            foreach (var (node, onlyNewCode) in Candidates(target))
            {
                if (!tried.Add(node))
                {
                    if (alone.ContainsKey(node))
                    {
                        break;
                    }

                    continue;
                }

                var detached = node.WithoutLeadingTrivia().WithoutTrailingTrivia();
                var formatted = onlyNewCode
                    ? Formatter.Format(detached, NewCodeSpans(detached), workspace, options, cancellationToken)
                    : Formatter.Format(detached, workspace, options, cancellationToken);
                if (formatted.DescendantTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)))
                {
                    // Alone, the formatter wraps what it keeps on one line in a statement on one line: formatted in the statement.
                    continue;
                }

                FixWork.Count(FixWork.Kind.NodeFormattedAlone);
                // What the formatter left elastic (no space between two tokens) it found right: not formatted again.
                var annotated = formatted.GetAnnotatedNodes(Formatter.Annotation).ToList();
                var elastic = formatted.GetAnnotatedTrivia(SyntaxAnnotation.ElasticAnnotation).ToList();
                alone[node] = formatted.ReplaceSyntax(
                        annotated,
                        (_, n) => n.WithoutAnnotations(Formatter.Annotation),
                        [],
                        (_, token) => token,
                        elastic,
                        (_, trivia) => trivia.WithoutAnnotations(SyntaxAnnotation.ElasticAnnotation))
                    .WithLeadingTrivia(node.GetLeadingTrivia())
                    .WithTrailingTrivia(node.GetTrailingTrivia());
                break;
            }
        }

        var outermost = Outermost(alone.Keys);
        root = root.ReplaceNodes(outermost, (original, _) => alone[original]);
        document = document.WithSyntaxRoot(root);

        // What is left (new code over several lines, elastic trivia at a node's edge) is formatted in the document.
        var left = root.GetAnnotatedNodes(Formatter.Annotation).Count() + root.GetAnnotatedTrivia(SyntaxAnnotation.ElasticAnnotation).Count();
        if (left == 0)
        {
            return document;
        }

        FixWork.Count(FixWork.Kind.SpanFormattedInDocument, left);
        document = await Formatter.FormatAsync(document, Formatter.Annotation, options, cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(document, SyntaxAnnotation.ElasticAnnotation, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The smallest node that holds the elastic trivia and the tokens on both sides of it.</summary>
    private static SyntaxNode Around(SyntaxTrivia trivia)
    {
        var token = trivia.Token;
        var node = token.Parent!;
        var isLeading = token.LeadingTrivia.Contains(trivia);
        while (node.Parent is { } parent && (isLeading ? node.GetFirstToken() == token : node.GetLastToken() == token))
        {
            node = parent;
        }

        return node;
    }

    /// <summary>The nodes that no other node of the set contains, in document order.</summary>
    private static List<SyntaxNode> Outermost(IEnumerable<SyntaxNode> nodes)
    {
        var outermost = new List<SyntaxNode>();
        foreach (var node in nodes.Distinct().OrderBy(n => n.FullSpan.Start).ThenByDescending(n => n.FullSpan.Length))
        {
            if (outermost.Count > 0 && outermost[outermost.Count - 1] is var last && last.FullSpan.Contains(node.FullSpan) && last.Contains(node))
            {
                continue;
            }

            outermost.Add(node);
        }

        return outermost;
    }

    /// <summary>The node, formatted whole, when it is on one line; then the smallest statement or member on one line that
    /// holds it, its new code formatted there: alone, the formatter breaks an initializer's braces onto lines of their own,
    /// and elastic trivia at a node's edge needs the tokens around it. Formatted detached, the statement costs the same
    /// whatever the size of the member around it, where the formatter collects the indentation operations of the whole
    /// block (each label one) for each span it formats in the document.</summary>
    private static IEnumerable<(SyntaxNode Node, bool OnlyNewCode)> Candidates(SyntaxNode node)
    {
        if (IsOnOneLine(node))
        {
            yield return (node, false);
        }

        for (var candidate = node.Parent; candidate is not null && !HasLineBreak(candidate); candidate = candidate.Parent)
        {
            if (candidate is StatementSyntax or MemberDeclarationSyntax)
            {
                if (IsOnOneLine(candidate))
                {
                    yield return (candidate, true);
                }

                yield break;
            }
        }
    }

    /// <summary>The spans the formatter would format in the document: the annotated nodes and the tokens on both sides of
    /// elastic trivia; the rest of the node, written by the user, is left as it is.</summary>
    private static IEnumerable<TextSpan> NewCodeSpans(SyntaxNode node) =>
        node.GetAnnotatedNodes(Formatter.Annotation).Select(n => n.FullSpan)
            .Concat(node.GetAnnotatedTrivia(SyntaxAnnotation.ElasticAnnotation).Select(t => TextSpan.FromBounds(
                t.Token.GetPreviousToken() is { RawKind: not 0 } previous ? previous.SpanStart : t.Token.SpanStart,
                t.Token.GetNextToken() is { RawKind: not 0 } next ? next.Span.End : t.Token.Span.End)));

    private static bool HasLineBreak(SyntaxNode node) =>
        node.DescendantTrivia(node.Span).Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia) || t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsDirective || t.IsKind(SyntaxKind.MultiLineCommentTrivia) || t.IsKind(SyntaxKind.DisabledTextTrivia));

    /// <summary>Whether the node's text has no line break (directives and comments excepted: they are not on one line) and
    /// its own leading and trailing trivia are not elastic, so that the formatter would not change them in the document.</summary>
    private static bool IsOnOneLine(SyntaxNode node) =>
        !node.GetLeadingTrivia().Concat(node.GetTrailingTrivia()).Any(t => t.HasAnnotation(SyntaxAnnotation.ElasticAnnotation))
        && !HasLineBreak(node);
}
