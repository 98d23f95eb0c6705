using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace HsmAnalyzers.Engine;

/// <summary>Where a set of names occurs in the text of each syntax tree, found once per tree with a plain ordinal
/// search: the cheapest filter there is, run before any syntax walk or semantic query. An identifier spelled with a
/// Unicode escape (<c>Create\u004FrUpdate</c>) would escape a text search, so a tree whose text holds an escape counts
/// as containing every name everywhere.</summary>
internal sealed class NameOccurrences
{
    private static readonly int[] None = [];

    private readonly ImmutableArray<string> _names;
    private readonly ConcurrentDictionary<SyntaxTree, int[]?> _positions = new();
    private readonly Func<SyntaxTree, int[]?> _find;

    public NameOccurrences(IEnumerable<string> names)
    {
        // A name that contains another one ("CreateOrUpdateAsync" holds "CreateOrUpdate") is found by the shorter one.
        var distinct = names.Distinct(StringComparer.Ordinal).ToList();
        _names = distinct.Where(name => !distinct.Any(other => other != name && name.IndexOf(other, StringComparison.Ordinal) >= 0)).ToImmutableArray();
        _find = Find;
    }

    /// <summary>True when one of the names may occur inside <paramref name="span"/> of <paramref name="tree"/>.</summary>
    public bool MayOccurIn(SyntaxTree tree, TextSpan span)
    {
        var positions = _positions.GetOrAdd(tree, _find);
        if (positions is null)
        {
            return true;
        }

        // The first occurrence at or after the span's start, by binary search.
        var low = 0;
        var high = positions.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (positions[middle] < span.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low < positions.Length && positions[low] < span.End;
    }

    /// <summary>The sorted start positions of the names in the tree's text; null when the text has a Unicode escape.</summary>
    private int[]? Find(SyntaxTree tree)
    {
        var text = tree.GetText(CancellationToken.None).ToString();
        if (text.IndexOf("\\u", StringComparison.Ordinal) >= 0 || text.IndexOf("\\U", StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        List<int>? positions = null;
        foreach (var name in _names)
        {
            for (var index = text.IndexOf(name, StringComparison.Ordinal); index >= 0; index = text.IndexOf(name, index + name.Length, StringComparison.Ordinal))
            {
                (positions ??= new List<int>()).Add(index);
            }
        }

        if (positions is null)
        {
            return None;
        }

        positions.Sort();
        return positions.ToArray();
    }
}
