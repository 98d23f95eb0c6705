using System.Composition;
using HsmAnalyzers.CodeFixes.Engine;
using HsmAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HsmAnalyzers.CodeFixes.Rules;

/// <summary>Encrypts or wraps with RSA-OAEP-256 instead of RSA1_5, at the call site only: a constant or local the
/// call reads may serve a Decrypt or UnwrapKey of existing data as well, which must keep the old algorithm.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HSM1701Rsa15PaddingFixer)), Shared]
public sealed class HSM1701Rsa15PaddingFixer : HsmCodeFixProvider
{
    public const string EquivalenceKey = "HSM1701.RsaOaep256";

    private const string Title = "Use RSA-OAEP-256";

    private const string CryptographyNamespace = "Azure.Security.KeyVault.Keys.Cryptography";

    private const string Replacement = "RsaOaep256";

    private const string ParametersReplacement = "RsaOaep256Parameters";

    public HSM1701Rsa15PaddingFixer()
        : base(RuleIdentifiers.Rsa15Padding, EquivalenceKey)
    {
    }

    private protected override (string Title, SyntaxNode Root)? Fix(SyntaxNode root, Diagnostic diagnostic)
    {
        diagnostic.Properties.TryGetValue(HSM1701Rsa15PaddingRule.FixProperty, out var fix);
        var newRoot = fix switch
        {
            HSM1701Rsa15PaddingRule.FixAlgorithm
                when diagnostic.Properties.TryGetValue(HSM1701Rsa15PaddingRule.AlgorithmTypeProperty, out var algorithmType) && algorithmType is not null
                    && SyntaxEdits.FindExpression(root, diagnostic) is { } value =>
                SyntaxEdits.ReplaceExpression(root, value, SyntaxEdits.StaticMember(CryptographyNamespace + "." + algorithmType, Replacement)),
            HSM1701Rsa15PaddingRule.FixParametersFactory
                when SyntaxEdits.FindExpression(root, diagnostic) is InvocationExpressionSyntax { Expression: var callee } =>
                RenameCallee(root, callee),
            _ => null,
        };
        return newRoot is null ? null : (Title, newRoot);
    }

    /// <summary><c>EncryptParameters.Rsa15Parameters(x)</c> (or the bare name under <c>using static</c>) becomes
    /// <c>…RsaOaep256Parameters(x)</c>: the same parameter list, so the arguments stay as written.</summary>
    private static SyntaxNode? RenameCallee(SyntaxNode root, ExpressionSyntax callee)
    {
        SimpleNameSyntax? name = callee switch
        {
            MemberAccessExpressionSyntax { Name: IdentifierNameSyntax memberName } => memberName,
            IdentifierNameSyntax identifier => identifier,
            _ => null,
        };
        return name is null
            ? null
            : root.ReplaceNode(name, SyntaxFactory.IdentifierName(ParametersReplacement).WithTriviaFrom(name));
    }
}
