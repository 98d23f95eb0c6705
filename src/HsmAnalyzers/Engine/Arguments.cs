using System.Collections.Immutable;
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

    /// <summary>True when the argument was left out and the parameter's default value is used.</summary>
    public static bool IsOmitted(IArgumentOperation argument) => argument.ArgumentKind == ArgumentKind.DefaultValue;
}
