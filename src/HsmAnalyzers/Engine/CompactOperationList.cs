using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Engine;

/// <summary>Operations in the order they were added, one kept without a list: most of what the engine collects this
/// way (a symbol's references in a member, the origins of a value) is one operation.</summary>
internal readonly struct CompactOperationList : IReadOnlyList<IOperation>
{
    private readonly IOperation? _only;
    private readonly List<IOperation>? _several;

    public CompactOperationList(IOperation only) => _only = only;

    private CompactOperationList(List<IOperation> several) => _several = several;

    public int Count => _several?.Count ?? (_only is null ? 0 : 1);

    public IOperation this[int index] =>
        _several is not null ? _several[index]
        : index == 0 && _only is not null ? _only
        : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>These operations and <paramref name="operation"/> after them, for the one that builds the list:
    /// from the second on, the list this value shares is changed.</summary>
    public CompactOperationList With(IOperation operation)
    {
        if (_several is not null)
        {
            _several.Add(operation);
            return this;
        }

        return _only is null ? new CompactOperationList(operation) : new CompactOperationList([_only, operation]);
    }

    public ImmutableArray<IOperation> ToImmutableArray() =>
        _several is not null ? _several.ToImmutableArray()
        : _only is not null ? ImmutableArray.Create(_only)
        : ImmutableArray<IOperation>.Empty;

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<IOperation> IEnumerable<IOperation>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<IOperation>
    {
        private readonly CompactOperationList _list;
        private int _index;

        public Enumerator(CompactOperationList list)
        {
            _list = list;
            _index = -1;
        }

        public readonly IOperation Current => _list[_index];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < _list.Count;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
