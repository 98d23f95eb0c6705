using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Rules;

/// <summary>The call that creates a Managed HSM: <c>ManagedHsmCollection.CreateOrUpdate[Async]</c>. Other ARM
/// collections (diagnostic settings, alert rules) create with methods of the same names.</summary>
internal static class CreateOrUpdate
{
    public static readonly ImmutableHashSet<string> MethodNames = ImmutableHashSet.Create("CreateOrUpdate", "CreateOrUpdateAsync");

    /// <summary>The <c>ManagedHsmData</c> argument when <paramref name="invocation"/> creates a Managed HSM; null otherwise.</summary>
    public static IArgumentOperation? DataArgument(SdkSymbols symbols, IInvocationOperation invocation) =>
        symbols.ArmKeyVault.ManagedHsmCollection.Declares(invocation.TargetMethod)
            ? Arguments.ForParameterOfType(invocation.Arguments, symbols.ArmKeyVault.ManagedHsmData)
            : null;
}
