using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1102: a key-using role assigned at the global ("/") or all-keys ("/keys") scope.</summary>
public sealed class HSM1102KeyRoleAtBroadScopeRule : HsmRule
{
    private static readonly ImmutableHashSet<string> KeyClientMethods = ImmutableHashSet.Create(
        "CreateKey", "CreateKeyAsync", "GetKey", "GetKeyAsync",
        "CreateRsaKey", "CreateRsaKeyAsync", "CreateEcKey", "CreateEcKeyAsync", "CreateOctKey", "CreateOctKeyAsync");

    /// <summary>The characters Key Vault allows in a key name; anything else is not written into a scope.</summary>
    private static readonly Regex ValidKeyName = new("^[0-9A-Za-z-]+$", RegexOptions.CultureInvariant);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1102KeyRoleAtBroadScope);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        context.RegisterInvocationAction(RoleAssignmentCall.MethodNames, (analysis, invocation) =>
        {
            if (RoleAssignmentCall.Read(invocation, symbols) is not { Role: { Kind: RoleKind.KeyUsing } role } call
                || BroadScope(call.Scope, symbols) is not { } scope)
            {
                return;
            }

            // The fixer offers one fix per key in reach, in source order.
            var keys = KeysInReach(invocation, symbols).Select(key => (key.Kind, key.Text)).ToList();
            analysis.Report(Descriptors.HSM1102KeyRoleAtBroadScope, call.Scope.Syntax.GetLocation(), FixProperties.None.WithKeys(keys), role.Name, scope);
        });
    }

    /// <summary>"/" or "/keys" when the scope is one of them in every case (each arm of a conditional or switch):
    /// <c>KeyVaultRoleScope.Global</c> or <c>.Keys</c>, or a string (constant, or through <c>new KeyVaultRoleScope(…)</c>)
    /// that is "/", "/keys" or either with trailing slashes, in any case.</summary>
    private static string? BroadScope(IOperation scope, SdkSymbols symbols)
    {
        var values = ExtensibleEnumValue.ResolveAll(scope, symbols.Administration.KeyVaultRoleScope);
        var broad = values.IsDefaultOrEmpty ? Array.Empty<string?>() : values.Select(value => value.Member switch
        {
            "Global" => "/",
            "Keys" => "/keys",
            null => Normalize(value.Text!),
            _ => null,
        }).ToArray();
        return broad.Length > 0 && broad.All(s => s is not null) ? broad[0] : null;
    }

    private static string? Normalize(string scope)
    {
        var trimmed = scope.Trim().TrimEnd('/');
        return trimmed.Length == 0 && scope.Trim().Length > 0 ? "/"
            : string.Equals(trimmed, "/keys", StringComparison.OrdinalIgnoreCase) ? "/keys"
            : null;
    }

    /// <summary>The keys the method holding the call can name, in source order: <c>KeyVaultKey</c> and
    /// <c>Response&lt;KeyVaultKey&gt;</c> locals (declared with a value before the call) and parameters in scope,
    /// and constant names given to <c>KeyClient</c> create or get calls before the call.</summary>
    private static List<(int Position, KeyReferenceKind Kind, string Text)> KeysInReach(IInvocationOperation invocation, SdkSymbols symbols)
    {
        var keys = new List<(int Position, KeyReferenceKind Kind, string Text)>();
        var declarations = new List<SyntaxNode>();
        var position = invocation.Syntax.SpanStart;
        foreach (var symbol in LocalsAndParametersInScope(invocation))
        {
            var (type, declaration) = symbol switch
            {
                ILocalSymbol { IsConst: false } local => (local.Type, local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax()),
                IParameterSymbol parameter => (parameter.Type, parameter.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax()),
                _ => (null, null),
            };
            KeyReferenceKind? kind = symbols.Keys.KeyVaultKey.Matches(type) ? KeyReferenceKind.Object
                : symbols.Response.Matches(type) && type is INamedTypeSymbol { TypeArguments.Length: 1 } response && symbols.Keys.KeyVaultKey.Matches(response.TypeArguments[0]) ? KeyReferenceKind.Response
                : null;
            if (kind is null || declaration is null || declaration.SyntaxTree != invocation.Syntax.SyntaxTree || declaration.Span.End > position
                || declaration is VariableDeclaratorSyntax { Initializer: null }
                || declaration is VariableDeclaratorSyntax { Initializer.Value: var initial } && MayHoldNoKey(initial))
            {
                continue;
            }

            declarations.Add(declaration);
            keys.Add((declaration.SpanStart, kind.Value, symbol.Name));
        }

        foreach (var call in KeyClientCalls(invocation))
        {
            if (call.Syntax.SpanStart < position
                && symbols.Keys.KeyClient.Declares(call.TargetMethod)
                && !declarations.Any(declaration => declaration.Span.Contains(call.Syntax.Span))
                && KeyNameOf(call, symbols) is { } name
                && ValidKeyName.IsMatch(name)
                && !keys.Any(key => key.Kind == KeyReferenceKind.Name && key.Text == name))
            {
                keys.Add((call.Syntax.SpanStart, KeyReferenceKind.Name, name));
            }
        }

        keys.Sort((left, right) => left.Position.CompareTo(right.Position));
        return keys;
    }

    /// <summary>Whether a local's initial value may be no key at all (<c>null</c>, <c>default</c>, or an arm of <c>?:</c>
    /// that is): naming it in the scope would throw when the key was not made.</summary>
    private static bool MayHoldNoKey(ExpressionSyntax value) => value switch
    {
        ParenthesizedExpressionSyntax parenthesized => MayHoldNoKey(parenthesized.Expression),
        PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression) => MayHoldNoKey(suppressed.Operand),
        ConditionalExpressionSyntax conditional => MayHoldNoKey(conditional.WhenTrue) || MayHoldNoKey(conditional.WhenFalse),
        LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.NullLiteralExpression) || literal.IsKind(SyntaxKind.DefaultLiteralExpression),
        DefaultExpressionSyntax => true,
        _ => false,
    };

    /// <summary>The locals and parameters the call can name: those of the member and of the lambdas and local functions
    /// around the call, and locals declared in a block that holds the call. Cheaper than <c>LookupSymbols</c>, which
    /// also lists every type and member in scope.</summary>
    private static IEnumerable<ISymbol> LocalsAndParametersInScope(IInvocationOperation invocation)
    {
        var position = invocation.Syntax.SpanStart;
        for (var scope = invocation.SemanticModel?.GetEnclosingSymbol(position); scope is IMethodSymbol method; scope = method.ContainingSymbol)
        {
            foreach (var parameter in method.Parameters)
            {
                yield return parameter;
            }
        }

        foreach (var declarator in Declarators(invocation))
        {
            // A declaration statement's local lives in its block; a foreach, for, using or catch variable in its statement.
            var scope = declarator.Parent?.Parent is IVariableDeclarationGroupOperation
                ? declarator.Syntax.Ancestors().FirstOrDefault(node => node is BlockSyntax or SwitchSectionSyntax)
                : declarator.Syntax.AncestorsAndSelf().FirstOrDefault(node => node is StatementSyntax or CatchClauseSyntax);
            if (scope is not null && scope.Span.Contains(position))
            {
                yield return declarator.Symbol;
            }
        }
    }

    /// <summary>The member's calls of <see cref="KeyClientMethods"/>, in tree order, listed once per member: every role
    /// assignment of the member looks at them, so that N assignments cost N, not N².</summary>
    private static List<IInvocationOperation> KeyClientCalls(IOperation operation) =>
        OperationIndex.Of(operation).GetOrAdd((typeof(HSM1102KeyRoleAtBroadScopeRule), nameof(KeyClientCalls)), index =>
            index.Root.Descendants().OfType<IInvocationOperation>().Where(call => KeyClientMethods.Contains(call.TargetMethod.Name)).ToList());

    /// <summary>The member's variable declarators, in tree order, listed once per member.</summary>
    private static List<IVariableDeclaratorOperation> Declarators(IOperation operation) =>
        OperationIndex.Of(operation).GetOrAdd((typeof(HSM1102KeyRoleAtBroadScopeRule), nameof(Declarators)), index =>
            index.Root.Descendants().OfType<IVariableDeclaratorOperation>().ToList());

    /// <summary>The constant name of the key a <c>KeyClient</c> call creates or gets: its <c>name</c> argument, or the
    /// <c>name</c> given to the options object created in the call or in a local written once.</summary>
    private static string? KeyNameOf(IInvocationOperation call, SdkSymbols symbols)
    {
        var argument = Arguments.ForParameter(call.Arguments, "name")?.Value;
        if (argument is null && KeyCreation.OptionsArgument(call, symbols)?.Value is { } options)
        {
            options = ConstantValues.Unwrap(options);
            if (options is ILocalReferenceOperation local)
            {
                options = ConstantValues.Unwrap(SingleWrite.Find(local)?.Value);
            }

            argument = options is IObjectCreationOperation creation ? Arguments.ForParameter(creation.Arguments, "name")?.Value : null;
        }

        return ConstantValues.Resolve(argument) is { IsSingle: true } values ? values.Values[0] as string : null;
    }
}
