using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Engine;

/// <summary>
/// A Managed HSM declared with Azure.Provisioning (<c>new ManagedHsm("hsm") { Properties = … }</c>), read through
/// the same <see cref="ConfigurationTracker"/> as the ARM model objects: the resource's configured value of a
/// property is what the declaring member leaves in it (<see cref="ConfigurationTracker.TraceDeclaration"/>). A
/// <c>BicepValue&lt;T&gt;</c> assigned a literal (the implicit conversion from <c>T</c>, constants and everything
/// <see cref="ExpressionValues"/> follows) is known; a <c>ProvisioningParameter</c>, another resource's output or
/// any other expression is unknown.
/// </summary>
internal sealed class ProvisionedManagedHsm
{
    private ProvisionedManagedHsm(IObjectCreationOperation creation, TrackedObject resource, SyntaxNode member)
    {
        Creation = creation;
        Resource = resource;
        Member = member;
    }

    /// <summary><c>new ManagedHsm(…)</c>.</summary>
    public IObjectCreationOperation Creation { get; }

    /// <summary>What the declaring member sets on the resource.</summary>
    public TrackedObject Resource { get; }

    /// <summary>The member that declares the resource, where a diagnostic can be fixed.</summary>
    public SyntaxNode Member { get; }

    /// <summary>Calls <paramref name="action"/> for each Managed HSM declared with Azure.Provisioning whose
    /// declaration can be followed. Registers nothing in a project without Azure.Provisioning.KeyVault.</summary>
    public static void Register(HsmCompilationStartContext context, Action<HsmAnalysisContext, ProvisionedManagedHsm> action)
    {
        var symbols = context.Symbols;
        context.RegisterMemberObjectCreationAction(symbols.Provisioning.ManagedHsm, (analysis, creation, member) =>
        {
            if (new ConfigurationTracker(symbols, context.Compilation, analysis.CancellationToken).TraceDeclaration(creation) is { } resource)
            {
                action(analysis, new ProvisionedManagedHsm(creation, resource, member));
            }
        });
    }

    /// <summary>Where a finding at <paramref name="location"/> of <paramref name="node"/> goes: there when the node
    /// lies in the declaring member, so that it can be fixed; else (a helper builds the properties) at the head of
    /// the resource's creation, where no fix applies.</summary>
    public (Location Location, bool Fixable) Locate(SyntaxNode node, Location location) =>
        DiagnosticLocations.IsWithin(node, Member) ? (location, true) : (DiagnosticLocations.CreationHead(Creation.Syntax), false);
}
