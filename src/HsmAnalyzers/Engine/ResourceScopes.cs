using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Engine;

internal enum ResourceScopeKind
{
    /// <summary>The scope cannot be traced: it may be a Managed HSM.</summary>
    Unknown,

    /// <summary>The scope is a Managed HSM.</summary>
    ManagedHsm,

    /// <summary>The scope is known to be some other resource.</summary>
    OtherResource,
}

/// <summary>What an ARM scope (a <c>ResourceIdentifier</c>) passed to an SDK call points at.</summary>
internal static class ResourceScopes
{
    private const string ManagedHsmProvider = "/providers/Microsoft.KeyVault/managedHSMs/";

    /// <summary>
    /// <c>hsm.Id</c> of a <c>ManagedHsmResource</c> (also <c>operation.Value.Id</c>), <c>ManagedHsmResource.CreateResourceIdentifier(…)</c>,
    /// and <c>new ResourceIdentifier(…)</c> or <c>ResourceIdentifier.Parse(…)</c> of a constant are known; anything else is unknown.
    /// </summary>
    public static ResourceScopeKind Classify(IOperation? scope, SdkSymbols symbols)
    {
        switch (ConstantValues.Unwrap(scope))
        {
            case IPropertyReferenceOperation { Property.Name: "Id", Instance.Type: var owner } when symbols.ManagedHsmResource.Matches(owner):
                return ResourceScopeKind.ManagedHsm;
            case IInvocationOperation { TargetMethod.Name: "CreateResourceIdentifier" } invocation when symbols.ManagedHsmResource.Matches(invocation.TargetMethod.ContainingType):
                return ResourceScopeKind.ManagedHsm;
            case IObjectCreationOperation { Arguments.Length: 1 } creation when symbols.ResourceIdentifier.Matches(creation.Type):
                return FromText(creation.Arguments[0].Value);
            case IInvocationOperation { TargetMethod.Name: "Parse", Arguments.Length: 1 } parse when symbols.ResourceIdentifier.Matches(parse.TargetMethod.ContainingType):
                return FromText(parse.Arguments[0].Value);
            case ILocalReferenceOperation local when SingleWrite.Find(local) is { } write:
                return Classify(write.Value, symbols);
            default:
                return ResourceScopeKind.Unknown;
        }
    }

    private static ResourceScopeKind FromText(IOperation value) =>
        ConstantValues.Resolve(value) is { IsSingle: true } text && text.Values[0] is string id
            ? id.IndexOf(ManagedHsmProvider, StringComparison.OrdinalIgnoreCase) >= 0 ? ResourceScopeKind.ManagedHsm : ResourceScopeKind.OtherResource
            : ResourceScopeKind.Unknown;
}
