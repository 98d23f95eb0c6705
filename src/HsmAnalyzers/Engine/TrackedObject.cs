using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Engine;

internal enum PropertyStateKind
{
    /// <summary>The object was created in traced code and nothing set the property: it holds the SDK default.</summary>
    NeverSet,

    /// <summary>Set by an assignment the trace saw, to <see cref="PropertyState.Values"/> or <see cref="PropertyState.Object"/>.</summary>
    Set,

    /// <summary>Anything else: set conditionally, by code the trace cannot see, or on an object of unknown origin.</summary>
    Unknown,
}

/// <summary>What the trace knows of one property at the point of use.</summary>
internal readonly struct PropertyState
{
    public PropertyState(PropertyStateKind kind, ISimpleAssignmentOperation? assignment = null, PossibleValues values = default, TrackedObject? @object = null)
    {
        Kind = kind;
        Assignment = assignment;
        Values = values;
        Object = @object;
    }

    public PropertyStateKind Kind { get; }

    /// <summary>The assignment statement or initializer entry that set the property.</summary>
    public ISimpleAssignmentOperation? Assignment { get; }

    /// <summary>The compile-time values assigned, for a scalar property.</summary>
    public PossibleValues Values { get; }

    /// <summary>The traced object assigned, for a property of an SDK model type.</summary>
    public TrackedObject? Object { get; }
}

/// <summary>What the trace knows of a collection-typed property (such as <c>InitialAdminObjectIds</c>) at the point of use.</summary>
internal readonly struct CollectionState
{
    public CollectionState(bool isKnown, ImmutableArray<IOperation> elements)
    {
        IsKnown = isKnown;
        Elements = elements;
    }

    /// <summary>True when <see cref="Elements"/> is all the collection holds: the object was created in traced code
    /// and every change to the collection was an unconditional <c>Add</c> (a collection initializer entry or an
    /// <c>Add</c> call) that the trace saw.</summary>
    public bool IsKnown { get; }

    /// <summary>The values added, in the order they were added (may be incomplete when not <see cref="IsKnown"/>).</summary>
    public ImmutableArray<IOperation> Elements { get; }
}

/// <summary>An SDK model object followed from its creation to a point of use: which properties were set, to what.
/// Rules ask by <see cref="SdkProperty"/>; the trace records by the name of the property symbol it saw assigned.</summary>
internal sealed class TrackedObject
{
    // By property name in lists, not dictionaries: an object has a few properties set, found as fast by a look
    // through a short list as by hashing, in less memory. Collections are made with the first change: most objects have none.
    private readonly List<(string Name, PropertyState State)> _properties = [];
    private List<(string Name, CollectionState State)>? _collections;

    private TrackedObject(ITypeSymbol type, IObjectCreationOperation? creation)
    {
        Type = type;
        Creation = creation;
    }

    public ITypeSymbol Type { get; }

    /// <summary>The creation expression when the object's whole history is known; null when it came from code
    /// the trace cannot see (a parameter, a field, an SDK call) or was handed to such code.</summary>
    public IObjectCreationOperation? Creation { get; private set; }

    /// <summary>What the constructor got for <paramref name="parameterName"/> (<c>hardwareProtected</c> of
    /// <c>new CreateRsaKeyOptions("k", hardwareProtected: true)</c>): constructor arguments are not properties.
    /// Null when the creation is not known.</summary>
    public IArgumentOperation? ConstructorArgument(string parameterName) =>
        Creation is null ? null : Arguments.ForParameter(Creation.Arguments, parameterName);

    public static TrackedObject Created(IObjectCreationOperation creation) => new(creation.Type!, creation);

    public static TrackedObject OfUnknownOrigin(ITypeSymbol type) => new(type, null);

    /// <summary>What is known of <paramref name="property"/>. A property the referenced SDK does not have is unknown,
    /// never "never set": a rule does not report a default it cannot see.</summary>
    public PropertyState this[SdkProperty property] =>
        !property.Exists ? new PropertyState(PropertyStateKind.Unknown) : this[property.Name];

    private PropertyState this[string propertyName] =>
        IndexOf(_properties, propertyName) is var found and >= 0 ? _properties[found].State
        : Creation is null ? new PropertyState(PropertyStateKind.Unknown)
        : new PropertyState(PropertyStateKind.NeverSet);

    internal void Set(string propertyName, PropertyState state) => Set(_properties, propertyName, state);

    /// <summary>The elements of a collection-typed property; not known for a property the referenced SDK does not have.</summary>
    public CollectionState Collection(SdkProperty property) =>
        property.Exists ? Collection(property.Name) : new CollectionState(false, ImmutableArray<IOperation>.Empty);

    private CollectionState Collection(string propertyName) =>
        IndexOf(_collections, propertyName) is var found and >= 0 ? _collections![found].State : new CollectionState(Creation is not null, ImmutableArray<IOperation>.Empty);

    internal void AddElement(string propertyName, IOperation element)
    {
        var state = Collection(propertyName);
        Set(_collections ??= [], propertyName, new CollectionState(state.IsKnown, state.Elements.Add(element)));
    }

    /// <summary>The collection was changed in a way the trace does not follow, or handed to other code.</summary>
    internal void MakeCollectionUnknown(string propertyName) =>
        Set(_collections ??= [], propertyName, new CollectionState(false, Collection(propertyName).Elements));

    /// <summary>The object held by a model-typed property, made up as one of unknown origin when the trace has
    /// none, so that later assignments through the path are still recorded.</summary>
    internal TrackedObject Nested(string propertyName, ITypeSymbol propertyType)
    {
        if (this[propertyName].Object is { } nested)
        {
            return nested;
        }

        nested = OfUnknownOrigin(propertyType);
        Set(_properties, propertyName, new PropertyState(PropertyStateKind.Unknown, @object: nested));
        return nested;
    }

    /// <summary>The object was handed to code the trace cannot see: from here on, nothing is known of it.</summary>
    internal void Escape()
    {
        var nestedObjects = new List<TrackedObject>();
        foreach (var (_, state) in _properties)
        {
            if (state.Object is { } nested)
            {
                nestedObjects.Add(nested);
            }
        }

        _properties.Clear();
        _collections?.Clear();
        Creation = null;
        foreach (var nested in nestedObjects)
        {
            nested.Escape();
        }
    }

    private static int IndexOf<TState>(List<(string Name, TState State)>? entries, string name)
    {
        for (var i = 0; entries is not null && i < entries.Count; i++)
        {
            if (string.Equals(entries[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static void Set<TState>(List<(string Name, TState State)> entries, string name, TState state)
    {
        var found = IndexOf(entries, name);
        if (found >= 0)
        {
            entries[found] = (name, state);
        }
        else
        {
            entries.Add((name, state));
        }
    }
}
