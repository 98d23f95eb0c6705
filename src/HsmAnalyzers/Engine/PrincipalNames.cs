using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Engine;

internal enum PrincipalSource
{
    /// <summary>The source says nothing about what kind of principal the ID is.</summary>
    Unknown,

    /// <summary>The source is named after a person: a user, a UPN, the signed-in account, "me".</summary>
    Person,

    /// <summary>The source is named after a group or team.</summary>
    Group,
}

/// <summary>The "names a person" heuristic shared by HSM1101 and HSM1103 (documented on both pages): what the
/// names in a principal ID's source code say about the principal.</summary>
internal static class PrincipalNames
{
    private const int MaximumDepth = 8;

    /// <summary>Words that name an individual. Two adjacent words also count when they spell one ("signed" "in").</summary>
    public static ImmutableHashSet<string> PersonWords { get; } = ImmutableHashSet.Create(
        "user", "upn", "person", "employee", "me", "my", "signedin", "currentuser", "account", "owner", "individual", "email", "mail");

    /// <summary>Words that name a group; they win over <see cref="PersonWords"/> ("userGroupId" is a group).</summary>
    public static ImmutableHashSet<string> GroupWords { get; } = ImmutableHashSet.Create("group", "team", "sg");

    /// <summary>What the source of a principal ID expression names. Conversions, <c>.ToString(…)</c>,
    /// <c>Guid.Parse(x)</c>, <c>new Guid(x)</c> and <c>await</c> are looked through; a local, parameter, field,
    /// property or method is judged by its name; when that name says nothing, a member access is judged by the
    /// expression it is accessed on (<c>signedInUser.Id</c>) and a local by the value it was written with once;
    /// <c>Environment.GetEnvironmentVariable("…")</c> is judged by the variable's constant name.</summary>
    public static PrincipalSource Classify(IOperation? principal, SdkSymbols symbols)
    {
        var operation = ConstantValues.Unwrap(principal);
        for (var depth = 0; operation is not null && depth < MaximumDepth; depth++)
        {
            (string? Name, IOperation? Next) step = operation switch
            {
                IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } instance } => (null, instance),
                IInvocationOperation { TargetMethod.Name: "Parse" } parse when symbols.Guid.Matches(parse.TargetMethod.ContainingType) =>
                    (null, Arguments.OfOnlyParameter(parse.Arguments, parse.TargetMethod)?.Value),
                IObjectCreationOperation creation when symbols.Guid.Matches(creation.Type) => (null, Arguments.OfOnlyParameter(creation.Arguments, creation.Constructor)?.Value),
                IAwaitOperation awaited => (null, awaited.Operation),
                IInvocationOperation { TargetMethod.Name: "GetEnvironmentVariable" } variable
                    when symbols.Environment.Matches(variable.TargetMethod.ContainingType) =>
                    (ConstantValues.Resolve(Arguments.ForParameter(variable.Arguments, "variable")?.Value) is { IsSingle: true } values ? values.Values[0] as string : null, null),
                ILocalReferenceOperation local => (local.Local.Name, SingleWrite.Find(local)?.Value),
                IParameterReferenceOperation parameter => (parameter.Parameter.Name, null),
                IFieldReferenceOperation field => (field.Field.Name, field.Instance),
                IPropertyReferenceOperation property => (property.Property.Name, property.Instance),
                IInvocationOperation invocation => (invocation.TargetMethod.Name, invocation.Instance),
                _ => (null, null),
            };

            if (step.Name is not null && ClassifyName(step.Name) is var source && source != PrincipalSource.Unknown)
            {
                return source;
            }

            operation = ConstantValues.Unwrap(step.Next);
        }

        return PrincipalSource.Unknown;
    }

    /// <summary>Classifies one identifier or environment-variable name, split into words at underscores, other
    /// non-alphanumeric characters, between letters and digits, and at camelCase humps (<c>signedInUPN</c> → signed, in, upn). A word matches
    /// a listed one exactly or with a plural "s".</summary>
    public static PrincipalSource ClassifyName(string name)
    {
        var words = Words(name);
        var source = PrincipalSource.Unknown;
        for (var i = 0; i < words.Count; i++)
        {
            var spelledWithNext = i + 1 < words.Count ? words[i] + words[i + 1] : null;
            if (Matches(GroupWords, words[i]) || spelledWithNext is not null && Matches(GroupWords, spelledWithNext))
            {
                return PrincipalSource.Group;
            }

            if (Matches(PersonWords, words[i]) || spelledWithNext is not null && Matches(PersonWords, spelledWithNext))
            {
                source = PrincipalSource.Person;
            }
        }

        return source;
    }

    public static IReadOnlyList<string> Words(string name)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            var boundary = i == name.Length
                || !char.IsLetterOrDigit(name[i])
                || (i > start && char.IsDigit(name[i]) != char.IsDigit(name[i - 1]))
                || (i > start && char.IsUpper(name[i]) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))));
            if (!boundary)
            {
                continue;
            }

            if (i > start)
            {
                words.Add(name.Substring(start, i - start).ToLowerInvariant());
            }

            start = i < name.Length && !char.IsLetterOrDigit(name[i]) ? i + 1 : i;
        }

        return words;
    }

    private static bool Matches(ImmutableHashSet<string> list, string word) =>
        list.Contains(word) || (word.Length > 1 && word[word.Length - 1] == 's' && list.Contains(word.Substring(0, word.Length - 1)));
}
