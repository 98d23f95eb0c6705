using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace HsmAnalyzers.Engine;

/// <summary>The compile-time values an expression can have: one for a constant, one per arm for a conditional or
/// switch expression whose arms are all known. Unknown when any of them is not known at compile time.</summary>
internal readonly struct PossibleValues
{
    public static readonly PossibleValues Unknown = default;

    private PossibleValues(ImmutableArray<object?> values) => Values = values;

    public ImmutableArray<object?> Values { get; }

    public bool IsKnown => !Values.IsDefault;

    /// <summary>The value when there is exactly one.</summary>
    public bool IsSingle => IsKnown && Values.Length == 1;

    public static PossibleValues Of(object? value) => new(ImmutableArray.Create(value));

    /// <summary>The distinct values of <paramref name="values"/>, in order.</summary>
    public static PossibleValues OfAll(IEnumerable<object?> values) => new(values.Distinct().ToImmutableArray());

    public PossibleValues Union(PossibleValues other)
    {
        if (!IsKnown || !other.IsKnown)
        {
            return Unknown;
        }

        var values = Values;
        return new(values.AddRange(other.Values.Where(value => !values.Contains(value))));
    }

    public bool All(System.Func<object?, bool> predicate) => IsKnown && Values.All(predicate);

    public bool Any(System.Func<object?, bool> predicate) => IsKnown && Values.Any(predicate);
}
