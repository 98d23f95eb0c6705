using System.Composition;
using System.Globalization;
using HsmAnalyzers.CodeFixes.Engine;
using HsmAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace HsmAnalyzers.CodeFixes.Rules;

/// <summary>Gives the key an expiry, <c>DateTimeOffset.UtcNow.AddYears(N)</c> with N from the option
/// <c>hsm_analyzers.key_lifetime_years</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HSM1501KeyWithoutExpiryFixer)), Shared]
public sealed class HSM1501KeyWithoutExpiryFixer : HsmCodeFixProvider
{
    public const string EquivalenceKey = "HSM1501.SetExpiresOn";

    public HSM1501KeyWithoutExpiryFixer()
        : base(RuleIdentifiers.KeyWithoutExpiry, EquivalenceKey)
    {
    }

    private protected override (string Title, SyntaxNode Root)? Fix(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(HSM1501KeyWithoutExpiryRule.FixProperty, out var fix)
            || !diagnostic.Properties.TryGetValue(HSM1501KeyWithoutExpiryRule.YearsProperty, out var yearsText)
            || !int.TryParse(yearsText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var years))
        {
            return null;
        }

        var expiry = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxEdits.StaticMember("System.DateTimeOffset", "UtcNow"), SyntaxFactory.IdentifierName("AddYears")),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(SyntaxEdits.Literal(years)))));
        var expiresOn = SyntaxEdits.MemberAssignment("ExpiresOn", expiry);
        var newOptions = SyntaxFactory.ObjectCreationExpression(SyntaxEdits.ImportedType("Azure.Security.KeyVault.Keys.CreateKeyOptions"))
            .WithArgumentList(null)
            .WithInitializer(SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression, SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(expiresOn)))
            .WithAdditionalAnnotations(Formatter.Annotation);

        var newRoot = fix switch
        {
            HSM1501KeyWithoutExpiryRule.FixSetExpiry when SyntaxEdits.FindAssignment(root, diagnostic) is { } assignment =>
                SyntaxEdits.ReplaceAssignedValue(root, assignment, expiry),
            HSM1501KeyWithoutExpiryRule.FixAddToOptions => SyntaxEdits.AddToReportedCreation(root, diagnostic, expiresOn),
            HSM1501KeyWithoutExpiryRule.FixReplaceOptions when SyntaxEdits.FindExpression(root, diagnostic) is { } nullOptions =>
                SyntaxEdits.ReplaceExpression(root, nullOptions, newOptions),
            HSM1501KeyWithoutExpiryRule.FixAddOptions when FindInvocation(root, diagnostic) is { } invocation =>
                root.ReplaceNode(invocation.ArgumentList, SyntaxEdits.AddNamedArgument(invocation.ArgumentList, "keyOptions", newOptions)),
            _ => null,
        };
        return newRoot is null ? null : ($"Expire the key in {years} years", newRoot);
    }

    private static InvocationExpressionSyntax? FindInvocation(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>();
}
