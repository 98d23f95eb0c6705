using HsmAnalyzers.CodeFixes.Engine;
using HsmAnalyzers.Engine;
using HsmAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HsmAnalyzers.CodeFixes.Rules;

/// <summary>The rewrite HSM1701 and HSM1702 share: encrypt or wrap with RSA-OAEP-256, at the call site only. A
/// constant or local the call reads may serve a Decrypt or UnwrapKey of existing data as well, which must keep the
/// old algorithm. <c>EncryptParameters.Rsa15Parameters(x)</c> becomes <c>EncryptParameters.RsaOaep256Parameters(x)</c>:
/// the same parameter list, so the arguments stay as written.</summary>
internal static class RsaOaep256Rewrite
{
    public const string Title = "Use RSA-OAEP-256";

    private const string Replacement = "RsaOaep256";

    private const string ParametersReplacement = "RsaOaep256Parameters";

    public static SyntaxNode? Fix(SyntaxNode root, Diagnostic diagnostic)
    {
        return FixProperties.Fix(diagnostic) switch
        {
            FixKind.Algorithm
                when FixProperties.AlgorithmType(diagnostic) is { } algorithmType && SyntaxEdits.FindExpression(root, diagnostic) is { } value =>
                SyntaxEdits.ReplaceExpression(root, value, SyntaxEdits.StaticMember(SdkNames.Keys.CryptographyNamespace + "." + algorithmType, Replacement)),
            FixKind.ParametersFactory
                when SyntaxEdits.FindExpression(root, diagnostic) is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: IdentifierNameSyntax factory } } =>
                root.ReplaceNode(factory, SyntaxFactory.IdentifierName(ParametersReplacement).WithTriviaFrom(factory)),
            _ => null,
        };
    }
}
