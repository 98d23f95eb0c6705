using System.Composition;
using HsmAnalyzers.CodeFixes.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace HsmAnalyzers.CodeFixes.Rules;

/// <summary>Makes the call encrypt or wrap with RSA-OAEP-256 instead of RSA-OAEP (SHA-1) (see <see cref="RsaOaep256Rewrite"/>).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HSM1702RsaOaepSha1Fixer)), Shared]
public sealed class HSM1702RsaOaepSha1Fixer : HsmCodeFixProvider
{
    public const string EquivalenceKey = "HSM1702.RsaOaep256";

    public HSM1702RsaOaepSha1Fixer()
        : base(RuleIdentifiers.RsaOaepSha1, EquivalenceKey)
    {
    }

    private protected override (string Title, SyntaxNode Root)? Fix(SyntaxNode root, Diagnostic diagnostic) =>
        RsaOaep256Rewrite.Fix(root, diagnostic) is { } newRoot ? (RsaOaep256Rewrite.Title, newRoot) : null;
}
