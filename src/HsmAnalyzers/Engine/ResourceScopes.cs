using System;
using System.Linq;
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
    /// and <c>new ResourceIdentifier(…)</c> or <c>ResourceIdentifier.Parse(…)</c> of a constant are known, from any origin
    /// <see cref="ExpressionValues"/> follows to, when every origin is the same kind; anything else is unknown.
    /// </summary>
    public static ResourceScopeKind Classify(IOperation? scope, SdkSymbols symbols)
    {
        var origins = ExpressionValues.Origins(scope);
        if (origins.IsDefaultOrEmpty)
        {
            return ResourceScopeKind.Unknown;
        }

        var kinds = origins.Select(origin => OfOrigin(origin, symbols)).Distinct().ToList();
        return kinds.Count == 1 ? kinds[0] : ResourceScopeKind.Unknown;
    }

    private static ResourceScopeKind OfOrigin(IOperation origin, SdkSymbols symbols) => origin switch
    {
        IPropertyReferenceOperation { Property: var id, Instance.Type: var owner } when symbols.ArmKeyVault.ManagedHsmResourceId.Matches(id) && symbols.ArmKeyVault.ManagedHsmResource.Matches(owner) =>
            ResourceScopeKind.ManagedHsm,
        IInvocationOperation { TargetMethod.Name: "CreateResourceIdentifier" } invocation when symbols.ArmKeyVault.ManagedHsmResource.Matches(invocation.TargetMethod.ContainingType) =>
            ResourceScopeKind.ManagedHsm,
        IObjectCreationOperation creation when symbols.ResourceIdentifier.Matches(creation.Type) =>
            FromText(Arguments.OfOnlyParameter(creation.Arguments, creation.Constructor)?.Value),
        IInvocationOperation { TargetMethod.Name: "Parse" } parse when symbols.ResourceIdentifier.Matches(parse.TargetMethod.ContainingType) =>
            FromText(Arguments.OfOnlyParameter(parse.Arguments, parse.TargetMethod)?.Value),
        _ => FromText(origin),
    };

    private static ResourceScopeKind FromText(IOperation? value)
    {
        var texts = ConstantValues.Resolve(value);
        if (!texts.IsKnown || !texts.All(text => text is string))
        {
            return ResourceScopeKind.Unknown;
        }

        var kinds = texts.Values.Select(text => ((string)text!).IndexOf(ManagedHsmProvider, StringComparison.OrdinalIgnoreCase) >= 0 ? ResourceScopeKind.ManagedHsm : ResourceScopeKind.OtherResource).Distinct().ToList();
        return kinds.Count == 1 ? kinds[0] : ResourceScopeKind.Unknown;
    }
}
