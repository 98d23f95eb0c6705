using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Engine;

/// <summary>A property of an SDK type that a rule reads or a fixer writes, resolved with its type when the compilation
/// starts. The rules ask <see cref="TrackedObject"/> about properties by handle, never by a string, so a misspelt or
/// renamed property is a handle that does not resolve (caught by <c>SdkSymbolsTests</c> against the stand-ins), and a
/// tracked object answers "unknown", never "never set", for it.</summary>
internal sealed class SdkProperty
{
    private readonly ImmutableArray<IPropertySymbol> _definitions;

    internal SdkProperty(SdkType owner, string name, ImmutableArray<IPropertySymbol> definitions)
    {
        Owner = owner;
        Name = name;
        _definitions = definitions;
    }

    /// <summary>The type that declares the property (or one of its base types does).</summary>
    public SdkType Owner { get; }

    /// <summary>The property's name, as written in source.</summary>
    public string Name { get; }

    /// <summary>True when a referenced definition of <see cref="Owner"/> has the property.</summary>
    public bool Exists => !_definitions.IsEmpty;

    /// <summary>True when <paramref name="property"/> is this property (or overrides it).</summary>
    public bool Matches(IPropertySymbol? property)
    {
        for (var current = property; current is not null; current = current.OverriddenProperty)
        {
            var definition = current.OriginalDefinition;
            foreach (var candidate in _definitions)
            {
                if (SymbolEqualityComparer.Default.Equals(candidate, definition))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
