using System.Threading;

namespace HsmAnalyzers.CodeFixes.Engine;

/// <summary>Counts the work of the fixes run in the current asynchronous flow, for the tests that check that Fix All
/// grows linearly with the number of fixes. Off (nothing counted) unless a test starts a count.</summary>
internal static class FixWork
{
    private static readonly AsyncLocal<Counts?> Current = new();

    public enum Kind
    {
        /// <summary>One diagnostic's fix computed (its edits or its new root).</summary>
        FixComputed,

        /// <summary>One rewrite of a document's root from a set of edits.</summary>
        DocumentRewritten,

        /// <summary>One check of a fixed document: a parse of its text and the compilation of the changed members.</summary>
        SafetyCheck,

        /// <summary>One node a batched rewrite rebuilt, or one entry of a list it rebuilt.</summary>
        NodeVisited,

        /// <summary>One semantic model of changed code: names shortened and imported, the fixed text checked.</summary>
        SemanticModelOfChangedCode,

        /// <summary>One node of new code formatted on its own, detached from the document.</summary>
        NodeFormattedAlone,

        /// <summary>One span of new code (an annotated node, an elastic trivia) formatted in the document, at a cost that
        /// grows with its depth there.</summary>
        SpanFormattedInDocument,
    }

    /// <summary>Starts counting the work of this asynchronous flow; the returned counts fill as fixes run.</summary>
    public static Counts Start() => Current.Value = new Counts();

    public static void Count(Kind kind, int amount = 1)
    {
        if (Current.Value is { } counts)
        {
            Interlocked.Add(ref counts.Values[(int)kind], amount);
        }
    }

    internal sealed class Counts
    {
        internal readonly int[] Values = new int[7];

        public int this[Kind kind] => Volatile.Read(ref Values[(int)kind]);
    }
}
