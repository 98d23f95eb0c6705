using System.Composition;
using HsmAnalyzers.CodeFixes.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace HsmAnalyzers.CodeFixes.Rules;

/// <summary>Makes the call encrypt or wrap with RSA-OAEP-256 instead of RSA1_5 (see <see cref="RsaOaep256Rewrite"/>).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HSM1701Rsa15PaddingFixer)), Shared]
public sealed class HSM1701Rsa15PaddingFixer : HsmCodeFixProvider
{
    public const string EquivalenceKey = "HSM1701.RsaOaep256";

    public HSM1701Rsa15PaddingFixer()
        : base(RuleIdentifiers.Rsa15Padding, EquivalenceKey)
    {
    }

    private protected override (string Title, SyntaxNode Root)? Fix(SyntaxNode root, Diagnostic diagnostic) =>
        RsaOaep256Rewrite.Fix(root, diagnostic) is { } newRoot ? (RsaOaep256Rewrite.Title, newRoot) : null;
}
