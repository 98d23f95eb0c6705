using System;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using HsmAnalyzers.CodeFixes.Engine;
using HsmAnalyzers.Engine;
using HsmAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
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

    private protected override async Task<(string Title, Action<SyntaxEditor> Edit)?> EditAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (FixProperties.Fix(diagnostic) is not { } fix || FixProperties.Years(diagnostic) is not { } years)
        {
            return null;
        }

        var expiry = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxEdits.StaticMember(SdkNames.Core.DateTimeOffset, "UtcNow"), SyntaxFactory.IdentifierName("AddYears")),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(SyntaxEdits.Literal(years)))));
        var expiresOn = SyntaxEdits.MemberAssignment(nameof(KeyOptionsMembers.ExpiresOn), expiry);
        var newOptions = SyntaxFactory.ObjectCreationExpression(SyntaxEdits.ImportedType(SdkNames.Keys.CreateKeyOptions))
            .WithArgumentList(null)
            .WithInitializer(SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression, SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(expiresOn)))
            .WithAdditionalAnnotations(Formatter.Annotation);

        Action<SyntaxEditor>? edit;
        switch (fix)
        {
            case FixKind.SetExpiry when SyntaxEdits.FindAssignment(root, diagnostic) is { } assignment:
                edit = SyntaxEdits.ReplaceAssignedValue(assignment, expiry);
                break;
            case FixKind.AddToOptions:
                edit = SyntaxEdits.AddToReportedInitializer(root, diagnostic, expiresOn);
                break;
            case FixKind.ReplaceOptions when SyntaxEdits.FindExpression(root, diagnostic) is { } nullOptions:
                // CreateEcKey(default) or CreateRsaKey(null!) take options of another type: no CreateKeyOptions there.
                var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                edit = model is not null && SyntaxEdits.Converts(model, nullOptions, SdkNames.Keys.CreateKeyOptions, cancellationToken)
                    ? SyntaxEdits.Replace(nullOptions, newOptions)
                    : null;
                break;
            case FixKind.AddOptions when FindInvocation(root, diagnostic) is { } invocation:
                edit = SyntaxEdits.Rewrite(invocation.ArgumentList, current => SyntaxEdits.AddNamedArgument(current, "keyOptions", newOptions));
                break;
            default:
                edit = null;
                break;
        }

        return edit is null ? null : ($"Expire the key in {years} years", edit);
    }

    private static InvocationExpressionSyntax? FindInvocation(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>();
}
