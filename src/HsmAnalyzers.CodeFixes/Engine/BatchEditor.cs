using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Host;

namespace HsmAnalyzers.CodeFixes.Engine;

/// <summary>
/// A <see cref="SyntaxEditor"/> that records the edits of <see cref="SyntaxEdits"/> (rewrites, removals, insertions
/// after a statement) and applies them all in one pass over the tree (<see cref="SyntaxNode.ReplaceNodes{TNode}"/>):
/// the <see cref="SyntaxEditor"/> applies its changes one after another, each over the whole root, which costs Fix All
/// the square of the number of fixes in one method. Edits made through the <see cref="SyntaxEditor"/> methods
/// themselves are applied by <see cref="SyntaxEditor"/> as before; the two kinds do not mix in one batch.
/// </summary>
internal sealed class BatchEditor(SyntaxNode root, SolutionServices services) : SyntaxEditor(root, services)
{
    private readonly Dictionary<SyntaxNode, List<Func<SyntaxNode, SyntaxNode>>> _rewrites = [];
    private readonly HashSet<SyntaxNode> _removed = [];
    private readonly Dictionary<SyntaxNode, List<SyntaxNode>> _insertedAfter = [];

    /// <summary>Whether any edit was recorded here, rather than made through the <see cref="SyntaxEditor"/> methods.</summary>
    public bool HasBatchedEdits => _rewrites.Count > 0 || _removed.Count > 0 || _insertedAfter.Count > 0;

    /// <summary>Rewrites <paramref name="node"/> as it is once the edits inside it are applied; rewrites of one node
    /// apply in the order they were recorded.</summary>
    public void Rewrite(SyntaxNode node, Func<SyntaxNode, SyntaxNode> rewrite)
    {
        if (!_rewrites.TryGetValue(node, out var rewrites))
        {
            _rewrites[node] = rewrites = [];
        }

        rewrites.Add(rewrite);
    }

    /// <summary>Removes a statement or a list entry, without its trivia.</summary>
    public void Remove(SyntaxNode node) => _removed.Add(node);

    /// <summary>Inserts <paramref name="statement"/> right after <paramref name="neighbour"/>, after the statements
    /// inserted there before.</summary>
    public void InsertAfter(StatementSyntax neighbour, StatementSyntax statement)
    {
        SyntaxNode anchor = neighbour.Parent is GlobalStatementSyntax global ? global : neighbour;
        SyntaxNode inserted = anchor is GlobalStatementSyntax ? SyntaxFactory.GlobalStatement(statement) : statement;
        if (!_insertedAfter.TryGetValue(anchor, out var list))
        {
            _insertedAfter[anchor] = list = [];
        }

        list.Add(inserted);
    }

    /// <summary>The root with every recorded edit applied, in one pass: each edited node and each list that loses or
    /// gains an entry is rebuilt once.</summary>
    /// <exception cref="InvalidOperationException">Two edits that cannot be composed (an insertion next to a node that
    /// is not in a list).</exception>
    public SyntaxNode GetBatchedRoot()
    {
        var lists = new Dictionary<SyntaxNode, (HashSet<SyntaxNode> Removed, Dictionary<SyntaxNode, List<SyntaxNode>> Inserted)>();
        foreach (var node in _removed)
        {
            ListOf(node).Removed.Add(node);
        }

        foreach (var pair in _insertedAfter)
        {
            ListOf(pair.Key).Inserted[pair.Key] = pair.Value;
        }

        var newRoot = OriginalRoot.ReplaceNodes(_rewrites.Keys.Concat(lists.Keys).Distinct(), (original, current) =>
        {
            FixWork.Count(FixWork.Kind.NodeVisited);
            if (lists.TryGetValue(original, out var edits))
            {
                current = WithListEdits(original, current, edits.Removed, edits.Inserted);
            }

            if (_rewrites.TryGetValue(original, out var rewrites))
            {
                foreach (var rewrite in rewrites)
                {
                    current = rewrite(current);
                }
            }

            return current;
        });
        return newRoot;

        (HashSet<SyntaxNode> Removed, Dictionary<SyntaxNode, List<SyntaxNode>> Inserted) ListOf(SyntaxNode entry)
        {
            var parent = entry.Parent ?? throw new InvalidOperationException("The root is not in a list.");
            if (!lists.TryGetValue(parent, out var edits))
            {
                lists[parent] = edits = ([], []);
            }

            return edits;
        }
    }

    /// <summary><paramref name="current"/> (the list's owner with the edits inside its entries applied, entry for entry
    /// like <paramref name="original"/>) without the removed entries and with the inserted ones.</summary>
    private static SyntaxNode WithListEdits(SyntaxNode original, SyntaxNode current, HashSet<SyntaxNode> removed, Dictionary<SyntaxNode, List<SyntaxNode>> inserted)
    {
        var originalChildren = original.ChildNodes().ToList();
        var currentChildren = current.ChildNodes().ToList();
        if (currentChildren.Count != originalChildren.Count)
        {
            throw new InvalidOperationException("A list entry was rewritten into more or fewer nodes.");
        }

        FixWork.Count(FixWork.Kind.NodeVisited, originalChildren.Count);
        switch (current)
        {
            case BlockSyntax block:
                return block.WithStatements(SyntaxFactory.List(Entries().OfType<StatementSyntax>()));
            case SwitchSectionSyntax section:
                return section.WithStatements(SyntaxFactory.List(Entries().OfType<StatementSyntax>()));
            case CompilationUnitSyntax unit:
                return unit.WithMembers(SyntaxFactory.List(Entries().OfType<MemberDeclarationSyntax>()));
        }

        if (inserted.Count > 0)
        {
            throw new InvalidOperationException("An insertion after a node that is not a statement.");
        }

        var removedNow = Enumerable.Range(0, originalChildren.Count).Where(i => removed.Contains(originalChildren[i])).Select(i => currentChildren[i]);
        return current.RemoveNodes(removedNow, SyntaxRemoveOptions.KeepNoTrivia) ?? throw new InvalidOperationException("A list lost its owner.");

        IEnumerable<SyntaxNode> Entries()
        {
            for (var i = 0; i < originalChildren.Count; i++)
            {
                if (!removed.Contains(originalChildren[i]))
                {
                    yield return currentChildren[i];
                }

                if (inserted.TryGetValue(originalChildren[i], out var after))
                {
                    foreach (var node in after)
                    {
                        yield return node;
                    }
                }
            }
        }
    }
}
