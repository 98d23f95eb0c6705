using System;
using System.Collections.Immutable;
using System.Threading;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Rules;

/// <summary>The calls that create a key on a Managed HSM: <c>KeyClient.CreateKey</c>, <c>CreateRsaKey</c>,
/// <c>CreateEcKey</c> and <c>CreateOctKey</c>, sync or async, on a client that is a Managed HSM
/// (<see cref="KeyVaultEndpoints.IsManagedHsmClient"/>).</summary>
internal static class KeyCreation
{
    public static readonly ImmutableHashSet<string> MethodNames = ImmutableHashSet.Create(
        "CreateKey", "CreateKeyAsync", "CreateRsaKey", "CreateRsaKeyAsync", "CreateEcKey", "CreateEcKeyAsync", "CreateOctKey", "CreateOctKeyAsync");

    /// <summary>True when <paramref name="invocation"/> creates a key on a client that key rules apply to.</summary>
    public static bool IsOnManagedHsm(IInvocationOperation invocation, SdkSymbols symbols, Compilation compilation, CancellationToken cancellationToken) =>
        MethodNames.Contains(invocation.TargetMethod.Name)
        && symbols.KeyClient.Declares(invocation.TargetMethod)
        && KeyVaultEndpoints.IsManagedHsmClient(invocation.Instance, symbols, compilation, cancellationToken);

    /// <summary>Calls <paramref name="action"/> for each key creation on a Managed HSM client whose options argument
    /// can be traced, with the member that holds the call (where findings stay fixable), the argument and the options.</summary>
    public static void RegisterTracedOptionsAction(
        HsmCompilationStartContext context,
        Action<HsmAnalysisContext, SyntaxNode, IArgumentOperation, TrackedObject> action)
    {
        var symbols = context.Symbols;
        if (!symbols.KeyClient.Exists)
        {
            return;
        }

        context.RegisterMemberInvocationAction(MethodNames, (analysis, invocation, member) =>
        {
            if (IsOnManagedHsm(invocation, symbols, context.Compilation, analysis.CancellationToken)
                && OptionsArgument(invocation, symbols) is { } optionsArgument
                && new ConfigurationTracker(symbols, context.Compilation, analysis.CancellationToken).Trace(optionsArgument.Value, invocation) is { } options)
            {
                action(analysis, member, optionsArgument, options);
            }
        });
    }

    /// <summary>The options argument (<c>keyOptions</c>, <c>rsaKeyOptions</c>, …), also when it was left out.</summary>
    public static IArgumentOperation? OptionsArgument(IInvocationOperation invocation, SdkSymbols symbols)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (symbols.IsKeyOptions(argument.Parameter?.Type))
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>The key's name as written: the <c>name</c> argument of <c>CreateKey</c>, or the <c>name</c> constructor
    /// argument of the traced options.</summary>
    public static IOperation? NameOf(IInvocationOperation invocation, TrackedObject? options) =>
        Arguments.ForParameter(invocation.Arguments, "name")?.Value ?? options?.ConstructorArgument("name")?.Value;
}
