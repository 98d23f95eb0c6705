using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CodeFixes;

namespace HsmAnalyzers.CodeFixes;

/// <summary>The code fixes the package ships, for the programs that apply them outside the IDE: the tests, hsm-review
/// and the catalogue generator. The IDE finds them by their <see cref="ExportCodeFixProviderAttribute"/>; so does this
/// list, so that a new fixer is listed by its own file.</summary>
public static class PackageFixers
{
    /// <summary>New instances of every exported fixer, ordered by type name.</summary>
    public static ImmutableArray<CodeFixProvider> Create() => typeof(PackageFixers).Assembly.GetTypes()
        .Where(type => typeof(CodeFixProvider).IsAssignableFrom(type) && !type.IsAbstract && type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
        .OrderBy(type => type.Name, StringComparer.Ordinal)
        .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
        .ToImmutableArray();
}
