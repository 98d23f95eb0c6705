using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Engine;

/// <summary>An SDK type found by metadata name. It may be defined by several referenced assemblies
/// (two versions of a package, or a stand-in next to the real one); it matches all of them.</summary>
internal sealed class SdkType
{
    private readonly ImmutableArray<INamedTypeSymbol> _definitions;

    private SdkType(string metadataName, ImmutableArray<INamedTypeSymbol> definitions)
    {
        MetadataName = metadataName;
        Name = SimpleName(metadataName);
        _definitions = definitions;
    }

    /// <summary>The type's simple name, as written in source (without the arity of a generic type): what the
    /// syntactic pre-filters compare.</summary>
    public string Name { get; }

    /// <summary>The name the type was resolved by, from <see cref="SdkNames"/>.</summary>
    public string MetadataName { get; }

    public bool Exists => !_definitions.IsEmpty;

    /// <summary>The assemblies that define the type.</summary>
    public IEnumerable<IAssemblySymbol> Assemblies => _definitions.Select(definition => definition.ContainingAssembly);

    public static SdkType Resolve(Compilation compilation, string metadataName) =>
        new(metadataName, compilation.GetTypesByMetadataName(metadataName));

    /// <summary>A type known not to be referenced, without looking it up.</summary>
    public static SdkType Absent(string metadataName) => new(metadataName, ImmutableArray<INamedTypeSymbol>.Empty);

    private static string SimpleName(string metadataName)
    {
        var name = metadataName.Substring(metadataName.LastIndexOf('.') + 1);
        var arity = name.IndexOf('`');
        return arity < 0 ? name : name.Substring(0, arity);
    }

    /// <summary>The property <paramref name="name"/> of this type, declared by it or inherited, in every definition
    /// of the type that has it.</summary>
    public SdkProperty Property(string name)
    {
        var properties = ImmutableArray.CreateBuilder<IPropertySymbol>();
        foreach (var definition in _definitions)
        {
            if (FindProperty(definition, name) is { } property)
            {
                properties.Add(property);
            }
        }

        return new SdkProperty(this, name, properties.ToImmutable());
    }

    private static IPropertySymbol? FindProperty(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (member is IPropertySymbol { IsIndexer: false } property)
                {
                    return property;
                }
            }
        }

        return null;
    }

    public bool Matches(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        var definition = type.OriginalDefinition;
        foreach (var candidate in _definitions)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate, definition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="method"/> is declared by this type (or overrides a method declared by it).</summary>
    public bool Declares(IMethodSymbol method)
    {
        for (var current = method; current is not null; current = current.OverriddenMethod)
        {
            if (Matches(current.ContainingType))
            {
                return true;
            }
        }

        return false;
    }
}
