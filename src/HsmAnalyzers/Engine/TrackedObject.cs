using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Engine;

internal enum PropertyStateKind
{
    /// <summary>The object was created in traced code and nothing set the property: it holds the SDK default.</summary>
    NeverSet,

    /// <summary>Set by an assignment the trace saw, to <see cref="PropertyState.Values"/> or <see cref="PropertyState.Object"/>;
    /// for a collection property, filled by the <see cref="PropertyState.Additions"/> the trace saw.</summary>
    Set,

    /// <summary>Anything else: set conditionally, by code the trace cannot see, or on an object of unknown origin.</summary>
    Unknown,
}

/// <summary>What the trace knows of one property at the point of use.</summary>
internal readonly struct PropertyState
{
    public PropertyState(
        PropertyStateKind kind,
        ISimpleAssignmentOperation? assignment = null,
        PossibleValues values = default,
        TrackedObject? @object = null,
        ImmutableArray<IInvocationOperation> additions = default)
    {
        Kind = kind;
        Assignment = assignment;
        Values = values;
        Object = @object;
        Additions = additions;
    }

    public PropertyStateKind Kind { get; }

    /// <summary>The assignment statement or initializer entry that set the property.</summary>
    public ISimpleAssignmentOperation? Assignment { get; }

    /// <summary>The compile-time values assigned, for a scalar property.</summary>
    public PossibleValues Values { get; }

    /// <summary>The traced object assigned, for a property of an SDK model type.</summary>
    public TrackedObject? Object { get; }

    /// <summary>For a collection property the object came with: the <c>Add</c> calls, collection initializer
    /// entries or later statements, that put its elements in. Default when the property was assigned instead.</summary>
    public ImmutableArray<IInvocationOperation> Additions { get; }
}

/// <summary>An SDK model object followed from its creation to a point of use: which properties were set, to what.</summary>
internal sealed class TrackedObject
{
    private readonly Dictionary<string, PropertyState> _properties = new();

    private TrackedObject(ITypeSymbol type, IObjectCreationOperation? creation)
    {
        Type = type;
        Creation = creation;
    }

    public ITypeSymbol Type { get; }

    /// <summary>The creation expression when the object's whole history is known; null when it came from code
    /// the trace cannot see (a parameter, a field, an SDK call) or was handed to such code.</summary>
    public IObjectCreationOperation? Creation { get; private set; }

    public static TrackedObject Created(IObjectCreationOperation creation) => new(creation.Type!, creation);

    public static TrackedObject OfUnknownOrigin(ITypeSymbol type) => new(type, null);

    public PropertyState this[string propertyName] =>
        _properties.TryGetValue(propertyName, out var state) ? state
        : Creation is null ? new PropertyState(PropertyStateKind.Unknown)
        : new PropertyState(PropertyStateKind.NeverSet);

    internal void Set(string propertyName, PropertyState state) => _properties[propertyName] = state;

    /// <summary>Records an element added to a collection property. Only additions to a collection whose every
    /// addition the trace saw stay known; after anything else, the content is unknown.</summary>
    internal void Add(string propertyName, IInvocationOperation addition)
    {
        var current = this[propertyName];
        _properties[propertyName] = current.Kind switch
        {
            PropertyStateKind.NeverSet => new PropertyState(PropertyStateKind.Set, additions: ImmutableArray.Create(addition)),
            PropertyStateKind.Set when !current.Additions.IsDefault => new PropertyState(PropertyStateKind.Set, additions: current.Additions.Add(addition)),
            _ => new PropertyState(PropertyStateKind.Unknown),
        };
    }

    /// <summary>The object held by a model-typed property, made up as one of unknown origin when the trace has
    /// none, so that later assignments through the path are still recorded.</summary>
    internal TrackedObject Nested(string propertyName, ITypeSymbol propertyType)
    {
        if (this[propertyName].Object is { } nested)
        {
            return nested;
        }

        nested = OfUnknownOrigin(propertyType);
        _properties[propertyName] = new PropertyState(PropertyStateKind.Unknown, @object: nested);
        return nested;
    }

    /// <summary>The object was handed to code the trace cannot see: from here on, nothing is known of it.</summary>
    internal void Escape()
    {
        var nestedObjects = new List<TrackedObject>();
        foreach (var state in _properties.Values)
        {
            if (state.Object is { } nested)
            {
                nestedObjects.Add(nested);
            }
        }

        _properties.Clear();
        Creation = null;
        foreach (var nested in nestedObjects)
        {
            nested.Escape();
        }
    }
}
