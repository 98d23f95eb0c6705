using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Engine;

/// <summary>
/// The references, declarations and returns of one operation tree (a member's body, a field initializer,
/// the statements of a top-level program), grouped by symbol, built with one walk of the tree.
/// Searches that used to walk the whole member for every traced use (later writes, single writes) look up the few
/// operations of their own symbol instead, so that a member with N uses costs N, not N².
/// </summary>
/// <remarks>Cached by the root operation, which the semantic model keeps for as long as it is alive: every rule that
/// analyses the file shares one index per member, and the index goes away with the semantic model (the driver makes
/// one per file and request, on a compilation of its own).</remarks>
internal sealed class OperationIndex
{
    private static readonly ConditionalWeakTable<IOperation, OperationIndex> ByRoot = new();
    private static readonly ConditionalWeakTable<IOperation, OperationIndex>.CreateValueCallback Build = root => new OperationIndex(root);

    private readonly Dictionary<ISymbol, CompactOperationList> _references = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, CompactOperationList> _declarations = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<object, object?> _memo = new();
    private List<IReturnOperation>? _returns;

    private OperationIndex(IOperation root)
    {
        Root = root;
        var visited = 0L;
        foreach (var operation in root.DescendantsAndSelf())
        {
            visited++;
            switch (operation)
            {
                case ILocalReferenceOperation local:
                    Add(_references, local.Local, operation);
                    break;
                case IParameterReferenceOperation parameter:
                    Add(_references, parameter.Parameter, operation);
                    break;
                case IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field:
                    Add(_references, field.Field, operation);
                    break;
                case IVariableDeclaratorOperation declarator:
                    Add(_declarations, declarator.Symbol, operation);
                    break;
                case IDeclarationPatternOperation { DeclaredSymbol: { } declared }:
                    Add(_declarations, declared, operation);
                    break;
                case IRecursivePatternOperation { DeclaredSymbol: { } declared }:
                    Add(_declarations, declared, operation);
                    break;
                case IReturnOperation { Kind: OperationKind.Return } @return:
                    (_returns ??= []).Add(@return);
                    break;
            }
        }

        WorkCounters.For(root.Syntax.SyntaxTree)?.AddNodesVisited(visited);
    }

    public IOperation Root { get; }

    /// <summary>The return statements (not <c>yield return</c>), in tree order, lambdas' and local functions' included.</summary>
    public IReadOnlyList<IReturnOperation> Returns => _returns ?? (IReadOnlyList<IReturnOperation>)Array.Empty<IReturnOperation>();

    /// <summary>The index of the tree that holds <paramref name="operation"/>.</summary>
    public static OperationIndex Of(IOperation operation) => ByRoot.GetValue(OperationTree.Root(operation), Build);

    /// <summary>References to a local, a parameter, or a field of this instance or a static one, in tree order.</summary>
    public CompactOperationList References(ISymbol symbol) => _references.TryGetValue(symbol, out var found) ? found : default;

    /// <summary>The declarators and declaration patterns of a local, in tree order.</summary>
    public CompactOperationList Declarations(ISymbol symbol) => _declarations.TryGetValue(symbol, out var found) ? found : default;

    /// <summary>What <paramref name="compute"/> makes of this tree, computed once per <paramref name="key"/> and kept
    /// with the index: for a rule that would otherwise look at the whole member again for every call it checks.</summary>
    public T GetOrAdd<T>(object key, Func<OperationIndex, T> compute)
        where T : class? =>
        GetOrAdd(key, compute, static (index, compute) => compute(index));

    /// <summary><see cref="GetOrAdd{T}(object, Func{OperationIndex, T})"/> for a computation that needs
    /// <paramref name="state"/>: a static lambda then allocates no closure on each call, found or not.</summary>
    public T GetOrAdd<TState, T>(object key, TState state, Func<OperationIndex, TState, T> compute)
        where T : class?
    {
        lock (_memo)
        {
            if (_memo.TryGetValue(key, out var found))
            {
                return (T)found!;
            }
        }

        var computed = compute(this, state);
        lock (_memo)
        {
            if (_memo.TryGetValue(key, out var found))
            {
                return (T)found!;
            }

            _memo[key] = computed;
            return computed;
        }
    }

    private static void Add(Dictionary<ISymbol, CompactOperationList> map, ISymbol symbol, IOperation operation) =>
        map[symbol] = map.TryGetValue(symbol, out var found) ? found.With(operation) : new CompactOperationList(operation);
}
