using System;
using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>Whether a principal given administrator-level access is a known security group; shared by HSM1101 and HSM1103.</summary>
internal static class AdminPrincipals
{
    /// <summary>Diagnostic property naming the fixer's rewrite of the reported expression; absent, no fix.</summary>
    public const string FixProperty = "Fix";

    /// <summary>Replace the reported expression with the string literal in <see cref="GroupProperty"/>.</summary>
    public const string FixReplace = "Replace";

    /// <summary>Remove the reported element from its collection initializer, or the <c>Add</c> statement that adds it.</summary>
    public const string FixRemove = "Remove";

    /// <summary>Diagnostic property holding the configured group ID the fix writes.</summary>
    public const string GroupProperty = "Group";

    public const string NamesAPerson = "its source names a person";

    public const string NotConfigured = "it is not one of the groups in " + HsmOptions.AdminGroupObjectIds;

    /// <summary>Why <paramref name="principal"/> is not a known security group, or null when it is one or nothing is
    /// known. With groups configured: a constant ID not among them. Otherwise: an ID whose source names a person.</summary>
    public static string? WhyNotAGroup(IOperation principal, ImmutableArray<Guid> groups, SdkSymbols symbols)
    {
        var values = ConstantValues.Resolve(principal);
        if (!groups.IsEmpty && values.IsKnown)
        {
            return values.All(value => IsConfigured(value, groups)) ? null : NotConfigured;
        }

        return PrincipalNames.Classify(principal, symbols) == PrincipalSource.Person ? NamesAPerson : null;
    }

    public static bool IsConfigured(object? value, ImmutableArray<Guid> groups) =>
        value is string text && Guid.TryParse(text.Trim(), out var id) && groups.Contains(id);

    public static ImmutableDictionary<string, string?> Fix(string fix, Guid group) =>
        ImmutableDictionary<string, string?>.Empty.Add(FixProperty, fix).Add(GroupProperty, group.ToString("D"));
}
