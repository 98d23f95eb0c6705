using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Engine;

/// <summary>
/// The engine's one notion of "the value of this expression": the expressions its value can come from. Looks
/// through conversions and <c>Nullable&lt;T&gt;.Value</c>; both arms of a conditional and every arm of a switch
/// expression; a local written exactly once (<see cref="SingleWrite"/>); a readonly field of this compilation
/// initialised where it is declared and never assigned in a constructor; and a get-only static property of this
/// compilation that is an auto-property initialised where it is declared, or expression-bodied. What remains (a
/// literal, a creation, an SDK static member, a parameter, a field that may change, an invocation…) is an origin,
/// for the caller to judge: <see cref="ConstantValues"/>, <see cref="ExtensibleEnumValue"/>, <see cref="AzureLocations"/>,
/// <see cref="ResourceScopes"/> and <see cref="ManagedHsmRoles"/> all start here.
/// </summary>
internal static class ExpressionValues
{
    private const int MaximumDepth = 8;

    /// <summary>More origins than this make the value unknown: a guard against combinatorial code, not a limit real code meets.</summary>
    private const int MaximumOrigins = 16;

    /// <summary>The expressions the value of <paramref name="operation"/> comes from, in source order of the arms;
    /// default when it cannot be followed to all of them.</summary>
    public static ImmutableArray<IOperation> Origins(IOperation? operation)
    {
        var origins = default(CompactOperationList);
        var counters = WorkCounters.For(operation?.Syntax.SyntaxTree);
        return Collect(operation, 0, ref origins, counters) ? origins.ToImmutableArray() : default;
    }

    private static bool Collect(IOperation? operation, int depth, ref CompactOperationList origins, WorkCounters? counters)
    {
        if (operation is null || depth > MaximumDepth || origins.Count >= MaximumOrigins)
        {
            return false;
        }

        counters?.AddTrackerStep();
        if (operation.ConstantValue.HasValue)
        {
            origins = origins.With(operation);
            return true;
        }

        var unwrapped = ConstantValues.Unwrap(operation)!;
        switch (unwrapped)
        {
            case { ConstantValue.HasValue: true }:
                origins = origins.With(unwrapped);
                return true;
            case IConditionalOperation { IsRef: false, WhenFalse: { } whenFalse } conditional:
                return Collect(conditional.WhenTrue, depth + 1, ref origins, counters) && Collect(whenFalse, depth + 1, ref origins, counters);
            case ISwitchExpressionOperation @switch:
                foreach (var arm in @switch.Arms)
                {
                    if (!Collect(arm.Value, depth + 1, ref origins, counters))
                    {
                        return false;
                    }
                }

                return @switch.Arms.Length > 0;
            case ILocalReferenceOperation local:
                return SingleWrite.Find(local) is { } write && Collect(write.Value, depth + 1, ref origins, counters);
            case IFieldReferenceOperation { Field: { IsReadOnly: true, IsConst: false } field } reference
                when ReadonlyFieldInitializer(field, reference) is { } fieldValue:
                return Collect(fieldValue, depth + 1, ref origins, counters);
            case IPropertyReferenceOperation { Instance: null, Property: { IsStatic: true, SetMethod: null, Parameters.Length: 0 } property } reference
                when GetOnlyPropertyValue(property, reference) is { } propertyValue:
                return Collect(propertyValue, depth + 1, ref origins, counters);
            default:
                origins = origins.With(unwrapped);
                return true;
        }
    }

    /// <summary>The value a readonly field of this compilation is initialised with where it is declared, when no
    /// constructor can assign it again and the reference cannot run before the initializer (a static field read by
    /// a static initializer of its own type written above it still holds its default). Instance fields only of
    /// classes: a struct method may overwrite <c>this</c>.</summary>
    private static IOperation? ReadonlyFieldInitializer(IFieldSymbol field, IOperation reference)
    {
        if (!field.IsStatic && field.ContainingType.TypeKind != TypeKind.Class
            || field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } value } declarator
            || MayBeAssignedInConstructor(field.Name, field.IsStatic ? field.ContainingType.StaticConstructors : field.ContainingType.InstanceConstructors)
            || MayRunBeforeInitializer(field, declarator, reference))
        {
            return null;
        }

        return OperationOf(value, reference);
    }

    /// <summary>The value of a get-only static property of this compilation: the initializer of an auto-property
    /// (<c>{ get; } = …</c>) that the static constructor does not assign, or the expression of an expression-bodied
    /// property (<c>=> …</c>, evaluated on every read, so only what it computes the same way each time is known).</summary>
    private static IOperation? GetOnlyPropertyValue(IPropertySymbol property, IOperation reference)
    {
        if (property.DeclaringSyntaxReferences.Length != 1
            || property.DeclaringSyntaxReferences[0].GetSyntax() is not PropertyDeclarationSyntax declaration)
        {
            return null;
        }

        if (declaration.ExpressionBody is { Expression: var body })
        {
            return OperationOf(body, reference);
        }

        var isAutoGetter = declaration.AccessorList is { Accessors: { Count: 1 } accessors }
            && accessors[0] is { Body: null, ExpressionBody: null } getter
            && getter.IsKind(SyntaxKind.GetAccessorDeclaration);
        return isAutoGetter
            && declaration.Initializer is { Value: var value }
            && !MayBeAssignedInConstructor(property.Name, property.ContainingType.StaticConstructors)
            && !MayRunBeforeInitializer(property, declaration, reference)
                ? OperationOf(value, reference)
                : null;
    }

    /// <summary>True when a constructor of the type mentions the name at all: it may assign the member.</summary>
    private static bool MayBeAssignedInConstructor(string name, ImmutableArray<IMethodSymbol> constructors) =>
        constructors.Any(constructor => constructor.DeclaringSyntaxReferences.Any(syntax =>
            syntax.GetSyntax().DescendantTokens().Any(token => token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name)));

    /// <summary>True when <paramref name="reference"/> is in a static initializer of the member's own type that may
    /// run before the member's initializer: one not written above it in the same file.</summary>
    private static bool MayRunBeforeInitializer(ISymbol member, SyntaxNode declaration, IOperation reference)
    {
        if (!member.IsStatic
            || InitializedMember(OperationTree.Root(reference)) is not { IsStatic: true } initialized
            || !SymbolEqualityComparer.Default.Equals(initialized.ContainingType, member.ContainingType))
        {
            return false;
        }

        return declaration.SyntaxTree != reference.Syntax.SyntaxTree || declaration.SpanStart > reference.Syntax.SpanStart;
    }

    private static ISymbol? InitializedMember(IOperation initializer) => initializer switch
    {
        IFieldInitializerOperation field => field.InitializedFields.FirstOrDefault(),
        IPropertyInitializerOperation property => property.InitializedProperties.FirstOrDefault(),
        _ => null,
    };

    /// <summary>The operation of an expression that may lie in another file of the compilation.</summary>
    private static IOperation? OperationOf(ExpressionSyntax expression, IOperation reference)
    {
        if (reference.SemanticModel is not { } model)
        {
            return null;
        }

        if (expression.SyntaxTree != model.SyntaxTree)
        {
            if (!model.Compilation.ContainsSyntaxTree(expression.SyntaxTree))
            {
                return null;
            }

#pragma warning disable RS1030 // The member lives in another tree; the analyzer driver caches the semantic models it hands out.
            model = model.Compilation.GetSemanticModel(expression.SyntaxTree);
#pragma warning restore RS1030
        }

        return model.GetOperation(expression);
    }
}
