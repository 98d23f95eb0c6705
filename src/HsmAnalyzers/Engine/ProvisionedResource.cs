using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Engine;

/// <summary>
/// A resource declared with Azure.Provisioning (<c>new ManagedHsm("hsm") { Properties = … }</c>, a role assignment, a
/// diagnostic setting), read through the same <see cref="ConfigurationTracker"/> as the ARM model objects: the
/// resource's configured value of a property is what the declaring member leaves in it
/// (<see cref="ConfigurationTracker.TraceDeclaration"/>), or, for a resource a helper builds and returns, what the
/// helper sets and then the member that adds it to the infrastructure
/// (<see cref="ConfigurationTracker.TraceReturnedDeclaration"/>). A <c>BicepValue&lt;T&gt;</c> assigned a literal
/// (the implicit conversion from <c>T</c>, constants and everything <see cref="ExpressionValues"/> follows) is known;
/// a <c>ProvisioningParameter</c>, another resource's output or any other expression is unknown.
/// </summary>
internal sealed class ProvisionedResource
{
    private static readonly ImmutableHashSet<string> AddMethodName = ImmutableHashSet.Create("Add");

    private readonly Location? _addedValue;
    private readonly IInvocationOperation? _add;

    private ProvisionedResource(IObjectCreationOperation creation, TrackedObject resource, SyntaxNode member, IArgumentOperation? added)
    {
        Creation = creation;
        Resource = resource;
        Member = member;
        _add = added?.Parent as IInvocationOperation;
        _addedValue = added?.Value.Syntax.GetLocation();
    }

    /// <summary><c>new ManagedHsm(…)</c>: in the member, or in the helper that builds the resource.</summary>
    public IObjectCreationOperation Creation { get; }

    /// <summary>What the declaring member (and the helper that built it) sets on the resource.</summary>
    public TrackedObject Resource { get; }

    /// <summary>The member that declares the resource or adds what a helper built, where a diagnostic can be fixed.</summary>
    public SyntaxNode Member { get; }

    /// <summary>Calls <paramref name="action"/> for each Managed HSM declared with Azure.Provisioning whose
    /// declaration can be followed. Registers nothing in a project without Azure.Provisioning.KeyVault.</summary>
    public static void RegisterManagedHsm(HsmCompilationStartContext context, Action<HsmAnalysisContext, ProvisionedResource> action) =>
        Register(context, context.Symbols.Provisioning.ManagedHsm, action);

    /// <summary>Calls <paramref name="action"/> for each resource of <paramref name="resourceType"/> declared with
    /// Azure.Provisioning whose declaration can be followed: once where it is created in the member that holds or
    /// adds it, once where a helper's result is added to an infrastructure. Registers nothing in a project without the
    /// type, or without Azure.Provisioning.KeyVault's Managed HSM.</summary>
    public static void Register(HsmCompilationStartContext context, SdkType resourceType, Action<HsmAnalysisContext, ProvisionedResource> action)
    {
        var symbols = context.Symbols;
        if (!resourceType.Exists || !symbols.Provisioning.ManagedHsm.Exists)
        {
            return;
        }

        context.RegisterMemberObjectCreationAction(resourceType, (analysis, creation, member) =>
        {
            if (new ConfigurationTracker(symbols, context.Compilation, analysis.CancellationToken).TraceDeclaration(creation) is { } resource)
            {
                action(analysis, new ProvisionedResource(creation, resource, member, added: null));
            }
        });

        context.RegisterMemberInvocationAction(AddMethodName, (analysis, add, member) =>
        {
            if (symbols.Provisioning.Infrastructure.Matches(add.TargetMethod.ContainingType)
                && Arguments.ForParameter(add.Arguments, "resource") is { } added
                && resourceType.Matches(ConstantValues.Unwrap(added.Value)?.Type)
                && new ConfigurationTracker(symbols, context.Compilation, analysis.CancellationToken).TraceReturnedDeclaration(add, added) is { Creation: { } creation } resource)
            {
                action(analysis, new ProvisionedResource(creation, resource, member, added));
            }
        });
    }

    /// <summary>Where a finding at <paramref name="location"/> of <paramref name="node"/> goes: there when the node
    /// lies in the declaring member, so that it can be fixed; else (a helper builds the resource or its properties)
    /// on the value the member adds to the infrastructure, or the head of the resource's creation, where no fix
    /// applies.</summary>
    public (Location Location, bool Fixable) Locate(SyntaxNode node, Location location) =>
        DiagnosticLocations.IsWithin(node, Member) ? (location, true) : (_addedValue ?? DiagnosticLocations.CreationHead(Creation.Syntax), false);

    /// <summary>The one <c>Infrastructure.Add</c> call of the declaring member that adds the resource, directly or
    /// through the local that holds it; null when there is none, or more than one.</summary>
    public IInvocationOperation? AddedTo(SdkSymbols symbols)
    {
        if (_add is not null)
        {
            return _add;
        }

        var holder = Creation.Parent;
        while (holder is IConversionOperation { IsImplicit: true })
        {
            holder = holder.Parent;
        }

        if (holder is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
        {
            var adds = OperationIndex.Of(OperationTree.Root(Creation)).References(declarator.Symbol)
                .Select(reference => InfrastructureAdd(reference, symbols))
                .Where(add => add is not null)
                .Take(2)
                .ToList();
            return adds.Count == 1 ? adds[0] : null;
        }

        return InfrastructureAdd(Creation, symbols);
    }

    private static IInvocationOperation? InfrastructureAdd(IOperation value, SdkSymbols symbols)
    {
        while (value.Parent is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion;
        }

        return value.Parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Add" } add }
            && symbols.Provisioning.Infrastructure.Matches(add.TargetMethod.ContainingType)
                ? add
                : null;
    }
}
