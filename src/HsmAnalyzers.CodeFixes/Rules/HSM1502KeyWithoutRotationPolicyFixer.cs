using System;
using System.Composition;
using System.Linq;
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

namespace HsmAnalyzers.CodeFixes.Rules;

/// <summary>
/// Inserts, right after the statement that creates the key, a rotation policy for it on the same <c>KeyClient</c>:
/// rotate 30 days before a two-year expiry. Offered when the creation is a statement of its own in a block and the
/// client is a simple name or member (<c>keys</c>, <c>_keys</c>, <c>this.keys</c>), so that the inserted statement
/// reaches the same client.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HSM1502KeyWithoutRotationPolicyFixer)), Shared]
public sealed class HSM1502KeyWithoutRotationPolicyFixer : HsmCodeFixProvider
{
    public const string EquivalenceKey = "HSM1502.AddRotationPolicy";


    public HSM1502KeyWithoutRotationPolicyFixer()
        : base(RuleIdentifiers.KeyWithoutRotationPolicy, EquivalenceKey)
    {
    }

    private protected override async Task<(string Title, Action<SyntaxEditor> Edit)?> EditAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (FixProperties.KeyName(diagnostic) is not { } keyName
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not
            { Expression: MemberAccessExpressionSyntax { Expression: var client, Name.Identifier.ValueText: var method } } creation
            || !IsSimpleReference(client)
            || creation.FirstAncestorOrSelf<StatementSyntax>() is not { Parent: BlockSyntax } statement
            || statement is not (ExpressionStatementSyntax or LocalDeclarationStatementSyntax)
            || creation.Ancestors().TakeWhile(node => node != statement).Any(node => node is AnonymousFunctionExpressionSyntax)
            || RunsOnSomePathsOnly(creation, statement)
            || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model
            || model.Compilation.GetTypeByMetadataName(SdkNames.Keys.KeyRotationPolicy) is null)
        {
            return null;
        }

        var (result, awaited) = SyntaxEdits.ResultOf(creation);
        if ((!awaited && method.EndsWith("Async", StringComparison.Ordinal))
            || (awaited && !SyntaxEdits.CanAwaitAfter(model, statement, cancellationToken)))
        {
            return null;
        }

        // Keep the creation's ConfigureAwait, if it has one, on the new call.
        var configureAwait = awaited && result is AwaitExpressionSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait" } } configured }
            ? "." + configured.Expression.GetLastToken().ValueText + configured.ArgumentList
            : string.Empty;
        string[] lines =
        [
            $"{(awaited ? "await " : string.Empty)}{client.WithoutTrivia()}.UpdateKeyRotationPolicy{(awaited ? "Async" : string.Empty)}({SyntaxFactory.Literal(keyName).Text}, new global::Azure.Security.KeyVault.Keys.KeyRotationPolicy",
            "{",
            "    ExpiresIn = \"P2Y\",",
            "    LifetimeActions = { new global::Azure.Security.KeyVault.Keys.KeyRotationLifetimeAction(global::Azure.Security.KeyVault.Keys.KeyRotationPolicyAction.Rotate) { TimeBeforeExpiry = \"P30D\" } },",
            $"}}){configureAwait};",
        ];
        var update = SyntaxEdits.ParseStatementLike(statement, lines);
        return ("Rotate the key 30 days before it expires, every two years", SyntaxEdits.InsertAfter(statement, update));
    }

    /// <summary>Whether the statement can complete without running the creation (an arm of <c>?:</c> or of a switch
    /// expression, the right of <c>&amp;&amp;</c>, <c>||</c>, <c>??</c> or <c>??=</c>): a policy set after it would then be
    /// set on a key that may not exist.</summary>
    private static bool RunsOnSomePathsOnly(SyntaxNode creation, StatementSyntax statement)
    {
        for (SyntaxNode child = creation, parent = creation.Parent!; parent != statement; child = parent, parent = parent.Parent!)
        {
            switch (parent)
            {
                case ConditionalExpressionSyntax conditional when child != conditional.Condition:
                case BinaryExpressionSyntax binary when child == binary.Right
                    && (binary.IsKind(SyntaxKind.LogicalAndExpression) || binary.IsKind(SyntaxKind.LogicalOrExpression) || binary.IsKind(SyntaxKind.CoalesceExpression)):
                case AssignmentExpressionSyntax assignment when child == assignment.Right && assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression):
                case ConditionalAccessExpressionSyntax access when child == access.WhenNotNull:
                case SwitchExpressionArmSyntax:
                    return true;
            }
        }

        return false;
    }

    private static bool IsSimpleReference(ExpressionSyntax client) => client switch
    {
        IdentifierNameSyntax => true,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or IdentifierNameSyntax, Name: IdentifierNameSyntax } => true,
        _ => false,
    };
}
