using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Engine;

/// <summary>How much work the engine did on a file: what the scaling tests read to check that the cost of a file grows
/// with its size, not faster. Off unless a test turns it on; then kept per syntax tree (trees are shared by the
/// compilations the driver clones), so tests running side by side do not count each other's work.</summary>
internal sealed class WorkCounters
{
    private static readonly ConditionalWeakTable<SyntaxTree, WorkCounters> ByTree = new();

    private long _nodesVisited;
    private long _trackerSteps;

    /// <summary>Set by tests only. When false, <see cref="For"/> returns null and the engine counts nothing.</summary>
    internal static bool IsEnabled { get; set; }

    /// <summary>Operations the engine walked (each operation an index or a search looked at).</summary>
    public long NodesVisited => Interlocked.Read(ref _nodesVisited);

    /// <summary>Steps of the value and object traces (each expression followed, each reference applied).</summary>
    public long TrackerSteps => Interlocked.Read(ref _trackerSteps);

    public static WorkCounters? For(SyntaxTree? tree) => IsEnabled && tree is not null ? ByTree.GetValue(tree, _ => new WorkCounters()) : null;

    /// <summary>The counters of <paramref name="tree"/>, made when missing: what a test reads.</summary>
    internal static WorkCounters Of(SyntaxTree tree) => ByTree.GetValue(tree, _ => new WorkCounters());

    public void AddNodesVisited(long count) => Interlocked.Add(ref _nodesVisited, count);

    public void AddTrackerStep() => Interlocked.Increment(ref _trackerSteps);
}
