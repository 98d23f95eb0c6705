using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Engine;

/// <summary>Resolves the compile-time values of an expression: literals and constants, and every origin
/// <see cref="ExpressionValues"/> follows to (arms of conditionals and switch expressions, locals written once,
/// readonly fields and get-only static properties initialised once), and strings built from those by interpolation
/// or <c>+</c>. Anything else is unknown, and unknown values are never guessed.</summary>
internal static class ConstantValues
{
    private const int MaximumDepth = 8;

    /// <summary>More values than this from one interpolation or concatenation make it unknown.</summary>
    private const int MaximumValues = 16;

    public static PossibleValues Resolve(IOperation? operation) => Resolve(operation, 0);

    /// <summary>Strips conversions (implicit, nullable, casts) that do not themselves fold to a constant,
    /// <c>Nullable&lt;T&gt;.Value</c>, which is the value it wraps or throws, and the explicit form of a wrapper's
    /// implicit conversion (<c>new BicepValue&lt;bool&gt;(false)</c> for <c>false</c>).</summary>
    public static IOperation? Unwrap(IOperation? operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation { ConstantValue.HasValue: false } conversion:
                    operation = conversion.Operand;
                    continue;
                case IPropertyReferenceOperation { Property.Name: "Value", Instance: { Type: INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } } instance }:
                    operation = instance;
                    continue;
                case IObjectCreationOperation { Initializer: null, Arguments.Length: 1 } creation when IsWrapperOfItsArgument(creation):
                    operation = creation.Arguments[0].Value;
                    continue;
                default:
                    return operation;
            }
        }
    }

    /// <summary>A creation of a generic type by the constructor that takes its type argument, where the type also
    /// converts implicitly from that type argument: the creation is the explicit spelling of that conversion.</summary>
    private static bool IsWrapperOfItsArgument(IObjectCreationOperation creation) =>
        creation.Constructor is { OriginalDefinition.Parameters: { Length: 1 } parameters } constructor
        && parameters[0].Type is ITypeParameterSymbol typeArgument
        && constructor.ContainingType.OriginalDefinition.GetMembers(WellKnownMemberNames.ImplicitConversionName).Any(member =>
            member is IMethodSymbol { Parameters.Length: 1 } conversion
            && SymbolEqualityComparer.Default.Equals(conversion.Parameters[0].Type, typeArgument)
            && SymbolEqualityComparer.Default.Equals(conversion.ReturnType, constructor.ContainingType.OriginalDefinition));

    private static PossibleValues Resolve(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaximumDepth)
        {
            return PossibleValues.Unknown;
        }

        if (operation.ConstantValue.HasValue)
        {
            return PossibleValues.Of(operation.ConstantValue.Value);
        }

        var origins = ExpressionValues.Origins(operation);
        if (origins.IsDefault)
        {
            return PossibleValues.Unknown;
        }

        if (origins.Length == 1)
        {
            return ValueOf(origins[0], depth);
        }

        var values = new List<object?>();
        foreach (var origin in origins)
        {
            var value = ValueOf(origin, depth);
            if (!value.IsKnown)
            {
                return PossibleValues.Unknown;
            }

            values.AddRange(value.Values);
        }

        return PossibleValues.OfAll(values);
    }

    private static PossibleValues ValueOf(IOperation origin, int depth) => origin switch
    {
        { ConstantValue.HasValue: true } => PossibleValues.Of(origin.ConstantValue.Value),
        IDefaultValueOperation { Type.IsReferenceType: true } => PossibleValues.Of(null),
        IDefaultValueOperation { Type: INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } } => PossibleValues.Of(null),
        IInterpolatedStringOperation interpolation => Interpolate(interpolation, depth),
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation =>
            Concatenate(
                [Text(concatenation.LeftOperand, depth), Text(concatenation.RightOperand, depth)]),
        _ => PossibleValues.Unknown,
    };

    /// <summary>An interpolated string whose holes are strings or characters known at compile time, without
    /// alignment or format (which would depend on the culture).</summary>
    private static PossibleValues Interpolate(IInterpolatedStringOperation interpolation, int depth) =>
        Concatenate(interpolation.Parts.Select(part => part switch
        {
            IInterpolatedStringTextOperation text => Resolve(text.Text, depth + 1),
            IInterpolationOperation { Alignment: null, FormatString: null } hole => Text(hole.Expression, depth),
            _ => PossibleValues.Unknown,
        }).ToList());

    /// <summary>The values of a string or character operand, as the text they add (null adds nothing).</summary>
    private static PossibleValues Text(IOperation operand, int depth)
    {
        var type = Unwrap(operand)?.Type?.SpecialType;
        if (type is not (SpecialType.System_String or SpecialType.System_Char) && !(operand.ConstantValue is { HasValue: true, Value: null or string or char }))
        {
            return PossibleValues.Unknown;
        }

        var values = Resolve(operand, depth + 1);
        return values.IsKnown && values.Values.All(value => value is null or string or char)
            ? PossibleValues.OfAll(values.Values.Select(value => (object?)(value?.ToString() ?? string.Empty)))
            : PossibleValues.Unknown;
    }

    /// <summary>Every concatenation of one value of each part, in order.</summary>
    private static PossibleValues Concatenate(IReadOnlyList<PossibleValues> parts)
    {
        var results = new List<string> { string.Empty };
        foreach (var part in parts)
        {
            if (!part.IsKnown || results.Count * part.Values.Length > MaximumValues)
            {
                return PossibleValues.Unknown;
            }

            results = results.SelectMany(prefix => part.Values.Select(value => prefix + (string?)value)).ToList();
        }

        return PossibleValues.OfAll(results);
    }
}
