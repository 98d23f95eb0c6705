using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Engine;

/// <summary>A value of an SDK extensible enum (a readonly struct with static get-only properties and an implicit
/// conversion from string, such as <c>RoleManagementPrincipalType</c> or <c>KeyVaultDataAction</c>), or of a plain
/// enum (Azure.Provisioning's, such as <c>ManagedHsmPublicNetworkAccess</c>, whose member is named by its value): the static
/// property it reads (<see cref="Member"/>), or the constant string it is made from (<see cref="Text"/>) through the
/// implicit conversion or the <c>(string)</c> constructor, from any origin <see cref="ExpressionValues"/> follows to
/// (locals written once, nullable values, readonly fields and properties, arms of conditionals and switch expressions).</summary>
internal readonly struct ExtensibleEnumValue
{
    private const int MaximumDepth = 8;

    private ExtensibleEnumValue(string? member, string? text)
    {
        Member = member;
        Text = text;
    }

    public string? Member { get; }

    public string? Text { get; }

    public bool IsKnown => Member is not null || Text is not null;

    /// <summary>The value when the expression has the same one in every case; unknown otherwise.</summary>
    public static ExtensibleEnumValue Resolve(IOperation? operation, SdkType type)
    {
        var values = ResolveAll(operation, type);
        return !values.IsDefaultOrEmpty && values.All(value => value.Member == values[0].Member && value.Text == values[0].Text) ? values[0] : default;
    }

    /// <summary>Every value the expression can have (one per arm of a conditional or switch expression); default when
    /// any of them is unknown.</summary>
    public static ImmutableArray<ExtensibleEnumValue> ResolveAll(IOperation? operation, SdkType type) => ResolveAll(operation, type, 0);

    private static ImmutableArray<ExtensibleEnumValue> ResolveAll(IOperation? operation, SdkType type, int depth)
    {
        var origins = depth > MaximumDepth ? default : ExpressionValues.Origins(operation);
        if (origins.IsDefault)
        {
            return default;
        }

        var values = ImmutableArray.CreateBuilder<ExtensibleEnumValue>(origins.Length);
        foreach (var origin in origins)
        {
            switch (origin)
            {
                case IPropertyReferenceOperation { Instance: null, Property: var property } when type.Matches(property.ContainingType) && type.Matches(property.Type):
                    values.Add(new(property.Name, null));
                    break;
                case { ConstantValue: { HasValue: true, Value: { } constant }, Type: INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType } when type.Matches(enumType):
                    // A plain enum (those of Azure.Provisioning): the member with that value.
                    if (EnumMember(enumType, constant) is not { } member)
                    {
                        return default;
                    }

                    values.Add(new(member, null));
                    break;
                case IObjectCreationOperation creation when type.Matches(creation.Type):
                    var inner = ResolveAll(Arguments.OfOnlyParameter(creation.Arguments, creation.Constructor)?.Value, type, depth + 1);
                    if (inner.IsDefault)
                    {
                        return default;
                    }

                    values.AddRange(inner);
                    break;
                default:
                    if (ConstantValues.Resolve(origin) is not { IsKnown: true } text || !text.All(value => value is string))
                    {
                        return default;
                    }

                    values.AddRange(text.Values.Select(value => new ExtensibleEnumValue(null, (string)value!)));
                    break;
            }
        }

        return values.ToImmutable();
    }

    private static string? EnumMember(INamedTypeSymbol enumType, object constant) =>
        enumType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(field => field.HasConstantValue && Equals(field.ConstantValue, constant))?.Name;
}
