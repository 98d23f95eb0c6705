using System.Collections.Immutable;
using System.Linq;

namespace HsmAnalyzers.Engine;

/// <summary>The compile-time values an expression can have: one for a constant, one per branch for a conditional
/// whose branches are all constant. Unknown when any of them is not a compile-time constant.</summary>
internal readonly struct PossibleValues
{
    public static readonly PossibleValues Unknown = default;

    private PossibleValues(ImmutableArray<object?> values) => Values = values;

    public ImmutableArray<object?> Values { get; }

    public bool IsKnown => !Values.IsDefault;

    /// <summary>The value when there is exactly one.</summary>
    public bool IsSingle => IsKnown && Values.Length == 1;

    public static PossibleValues Of(object? value) => new(ImmutableArray.Create(value));

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
