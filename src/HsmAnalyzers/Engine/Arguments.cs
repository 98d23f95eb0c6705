using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Engine;

/// <summary>Arguments found by the name of their parameter, which holds whether they are written positionally, by
/// name, or left out (an omitted optional parameter comes with its default value, marked implicit).</summary>
internal static class Arguments
{
    public static IArgumentOperation? ForParameter(ImmutableArray<IArgumentOperation> arguments, string parameterName)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == parameterName)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>The first argument whose parameter is of type <paramref name="parameterType"/>.</summary>
    public static IArgumentOperation? ForParameterOfType(ImmutableArray<IArgumentOperation> arguments, SdkType parameterType)
    {
        foreach (var argument in arguments)
        {
            if (parameterType.Matches(argument.Parameter?.Type))
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>The argument of a method with exactly one parameter (<c>new ResourceIdentifier(id)</c>,
    /// <c>Guid.Parse(text)</c>, <c>list.Add(item)</c>); null for any other method.</summary>
    public static IArgumentOperation? OfOnlyParameter(ImmutableArray<IArgumentOperation> arguments, IMethodSymbol? method) =>
        method is { Parameters.Length: 1 } ? ForParameter(arguments, method.Parameters[0].Name) : null;

    /// <summary>True when the argument was left out and the parameter's default value is used.</summary>
    public static bool IsOmitted(IArgumentOperation argument) => argument.ArgumentKind == ArgumentKind.DefaultValue;
}
