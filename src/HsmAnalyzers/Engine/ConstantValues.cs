using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Engine;

/// <summary>Resolves the compile-time values of an expression: literals and constants, nullable and other
/// conversions of them, conditional expressions whose branches are constant, and locals that are written
/// exactly once, with a constant. Anything else is unknown, and unknown values are never guessed.</summary>
internal static class ConstantValues
{
    private const int MaximumDepth = 8;

    public static PossibleValues Resolve(IOperation? operation) => Resolve(operation, 0);

    /// <summary>Strips conversions (implicit, nullable, casts) that do not themselves fold to a constant.</summary>
    public static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is IConversionOperation { ConstantValue.HasValue: false } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

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

        return Unwrap(operation) switch
        {
            { ConstantValue.HasValue: true } constant => PossibleValues.Of(constant.ConstantValue.Value),
            IConditionalOperation { WhenFalse: { } whenFalse } conditional =>
                Resolve(conditional.WhenTrue, depth + 1).Union(Resolve(whenFalse, depth + 1)),
            ILocalReferenceOperation local => Resolve(SingleWrite.Find(local)?.Value, depth + 1),
            IDefaultValueOperation { Type.IsReferenceType: true } => PossibleValues.Of(null),
            IDefaultValueOperation { Type: INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } } => PossibleValues.Of(null),
            _ => PossibleValues.Unknown,
        };
    }
}
