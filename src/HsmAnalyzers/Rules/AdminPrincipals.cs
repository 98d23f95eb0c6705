using System;
using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>Whether a principal given administrator-level access is a known security group; shared by HSM1101 and HSM1103.</summary>
internal static class AdminPrincipals
{
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

    /// <summary>The fix puts the configured admin group in place of the principal, or removes the principal when
    /// <paramref name="remove"/> (the group is already in the list); no group configured, no fix.</summary>
    public static FixProperties Fix(ImmutableArray<Guid> groups, bool remove = false) =>
        groups.IsEmpty ? FixProperties.None : FixProperties.For(remove ? FixKind.RemovePrincipal : FixKind.ReplacePrincipal).WithGroup(groups[0]);
}
