using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Engine;

/// <summary>A value of an SDK extensible enum (a readonly struct with static get-only properties and an implicit
/// conversion from string, such as <c>RoleManagementPrincipalType</c> or <c>KeyVaultDataAction</c>): the static
/// property it reads (<see cref="Member"/>), or the constant string it is made from (<see cref="Text"/>) through the
/// implicit conversion or the <c>(string)</c> constructor, directly or through a local written once.</summary>
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

    public static ExtensibleEnumValue Resolve(IOperation? operation, SdkType type)
    {
        for (var depth = 0; depth < MaximumDepth; depth++)
        {
            operation = ConstantValues.Unwrap(operation);
            switch (operation)
            {
                case IPropertyReferenceOperation { Instance: null, Property: var property } when type.Matches(property.ContainingType) && type.Matches(property.Type):
                    return new(property.Name, null);
                case IObjectCreationOperation { Arguments.Length: 1 } creation when type.Matches(creation.Type):
                    operation = creation.Arguments[0].Value;
                    continue;
                case ILocalReferenceOperation local when type.Matches(local.Type):
                    operation = SingleWrite.Find(local)?.Value;
                    continue;
            }

            return new(null, ConstantValues.Resolve(operation) is { IsSingle: true } values ? values.Values[0] as string : null);
        }

        return default;
    }
}
