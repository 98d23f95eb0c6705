using System;
using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Rules;

/// <summary>The calls that create a key: <c>KeyClient.CreateKey</c>, <c>CreateRsaKey</c>, <c>CreateEcKey</c> and
/// <c>CreateOctKey</c>, sync or async, on any key client. The key rules that use them are right for vault and Managed
/// HSM keys alike (Azure Policy has the same built-ins for both), so they never ask which one the endpoint is.</summary>
internal static class KeyCreation
{
    public static readonly ImmutableHashSet<string> MethodNames = ImmutableHashSet.Create(
        "CreateKey", "CreateKeyAsync", "CreateRsaKey", "CreateRsaKeyAsync", "CreateEcKey", "CreateEcKeyAsync", "CreateOctKey", "CreateOctKeyAsync");

    /// <summary>True when <paramref name="invocation"/> creates a key.</summary>
    public static bool IsKeyCreation(IInvocationOperation invocation, SdkSymbols symbols) =>
        MethodNames.Contains(invocation.TargetMethod.Name) && symbols.Keys.KeyClient.Declares(invocation.TargetMethod);

    /// <summary>Calls <paramref name="action"/> for each key creation whose options argument
    /// can be traced, with the member that holds the call (where findings stay fixable), the argument and the options.</summary>
    public static void RegisterTracedOptionsAction(
        HsmCompilationStartContext context,
        Action<HsmAnalysisContext, SyntaxNode, IArgumentOperation, TrackedObject> action)
    {
        var symbols = context.Symbols;
        if (!symbols.Keys.KeyClient.Exists)
        {
            return;
        }

        context.RegisterMemberInvocationAction(MethodNames, (analysis, invocation, member) =>
        {
            if (IsKeyCreation(invocation, symbols)
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
            if (symbols.Keys.IsKeyOptions(argument.Parameter?.Type))
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
