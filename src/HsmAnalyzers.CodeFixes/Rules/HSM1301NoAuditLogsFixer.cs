using System;
using System.Collections.Generic;
using System.Composition;
using System.Linq;
using System.Runtime.CompilerServices;
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
/// Inserts, right after the statement that creates the HSM, a diagnostic setting scoped to the created HSM that sends
/// the <c>audit</c> category group to the Log Analytics workspace of the option <c>hsm_analyzers.log_analytics_workspace_id</c>,
/// through an <c>ArmClient</c> already in reach. Without the option or an <c>ArmClient</c>, no fix: a made-up
/// destination would compile and then fail at run time.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HSM1301NoAuditLogsFixer)), Shared]
public sealed class HSM1301NoAuditLogsFixer : HsmCodeFixProvider
{
    public const string EquivalenceKey = "HSM1301.AddAuditDiagnosticSetting";

    private const string DefaultResultName = "managedHsm";

    private static readonly ConditionalWeakTable<MemberDeclarationSyntax, HashSet<string>> Identifiers = new();

    public HSM1301NoAuditLogsFixer()
        : base(RuleIdentifiers.NoAuditLogs, EquivalenceKey)
    {
    }

    private protected override async Task<(string Title, Action<SyntaxEditor> Edit)?> EditAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (FixProperties.WorkspaceId(diagnostic) is not { } workspaceId
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } creation
            || creation.FirstAncestorOrSelf<StatementSyntax>() is not { Parent: BlockSyntax block } statement
            || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model
            || model.Compilation.GetTypeByMetadataName(SdkNames.ArmMonitor.DiagnosticSettingData) is null
            || FindArmClient(model, statement, cancellationToken) is not { } armClient)
        {
            return null;
        }

        var (result, awaited) = SyntaxEdits.ResultOf(creation);
        if ((!awaited && creation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CreateOrUpdateAsync" })
            || (awaited && !SyntaxEdits.CanAwaitAfter(model, statement, cancellationToken)))
        {
            return null;
        }

        var replacement = statement;
        string scope;
        switch (statement)
        {
            case LocalDeclarationStatementSyntax { Declaration.Variables.Count: 1 } declaration
                when declaration.Declaration.Variables[0].Initializer?.Value is { } initializer
                    && model.GetDeclaredSymbol(declaration.Declaration.Variables[0], cancellationToken) is ILocalSymbol local:
                var managedHsm = model.Compilation.GetTypeByMetadataName(SdkNames.ArmKeyVault.ManagedHsmResource);
                var armOperation = model.Compilation.GetTypeByMetadataName(SdkNames.ArmKeyVault.ArmOperation);
                if (initializer == result && local.Type is INamedTypeSymbol { TypeArguments.Length: 1 } operation
                    && SymbolEqualityComparer.Default.Equals(operation.OriginalDefinition, armOperation)
                    && SymbolEqualityComparer.Default.Equals(operation.TypeArguments[0], managedHsm))
                {
                    scope = SyntaxEdits.Escaped(local.Name) + ".Value.Id";
                }
                else if (initializer is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value", Expression: var operationExpression }
                    && Unparenthesized(operationExpression) == result
                    && SymbolEqualityComparer.Default.Equals(local.Type, managedHsm))
                {
                    scope = SyntaxEdits.Escaped(local.Name) + ".Id";
                }
                else
                {
                    return null;
                }

                break;

            case ExpressionStatementSyntax { Expression: var expression } when expression == result:
                // The result needs a name; two statements of the block that would pick the same one get no fix.
                var name = ResultName(creation, model, cancellationToken);
                if (model.LookupSymbols(statement.SpanStart, name: name).Any()
                    || statement.FirstAncestorOrSelf<MemberDeclarationSyntax>() is not { } member
                    || IdentifiersIn(member).Contains(name)
                    || block.Statements.Any(other => other != statement
                        && other is ExpressionStatementSyntax { Expression: AwaitExpressionSyntax { Expression: InvocationExpressionSyntax } or InvocationExpressionSyntax } otherStatement
                        && (otherStatement.Expression as InvocationExpressionSyntax ?? (InvocationExpressionSyntax)((AwaitExpressionSyntax)otherStatement.Expression).Expression) is var otherCall
                        && otherCall.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CreateOrUpdate" or "CreateOrUpdateAsync" }
                        && ResultName(otherCall, model, cancellationToken) == name))
                {
                    return null;
                }

                replacement = SyntaxFactory.LocalDeclarationStatement(SyntaxFactory.VariableDeclaration(
                        SyntaxFactory.IdentifierName("var"),
                        SyntaxFactory.SingletonSeparatedList(SyntaxFactory.VariableDeclarator(SyntaxFactory.Identifier(name))
                            .WithInitializer(SyntaxFactory.EqualsValueClause(expression.WithoutTrivia())))))
                    .WithTriviaFrom(statement);
                scope = name + ".Value.Id";
                break;

            default:
                return null;
        }

        string[] lines =
        [
            $"{(awaited ? "await " : string.Empty)}{armClient}.GetDiagnosticSettings({scope}).CreateOrUpdate{(awaited ? "Async" : string.Empty)}(",
            "    global::Azure.WaitUntil.Completed,",
            "    \"audit-logs\",",
            "    new global::Azure.ResourceManager.Monitor.DiagnosticSettingData",
            "    {",
            $"        WorkspaceId = new global::Azure.Core.ResourceIdentifier({SyntaxFactory.Literal(workspaceId).Text}),",
            "        Logs = { new global::Azure.ResourceManager.Monitor.Models.LogSettings(true) { CategoryGroup = \"audit\" } },",
            "    });",
        ];
        var setting = SyntaxEdits.ParseStatementLike(statement, lines);

        return ("Send the HSM's audit logs to the configured Log Analytics workspace", editor =>
        {
            SyntaxEdits.InsertAfter(statement, setting)(editor);
            if (replacement != statement)
            {
                SyntaxEdits.Rewrite(statement, _ => replacement)(editor);
            }
        }
        );
    }

    /// <summary>The names a member's identifiers spell, read once per member: Fix All asks for every creation in it.</summary>
    private static HashSet<string> IdentifiersIn(MemberDeclarationSyntax member) =>
        Identifiers.GetValue(member, m => new HashSet<string>(
            m.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText),
            StringComparer.Ordinal));

    /// <summary>A name for the creation's result: the HSM's name in camel case when it is a constant ("contoso-hsm"
    /// gives contosoHsm), else managedHsm.</summary>
    private static string ResultName(InvocationExpressionSyntax creation, SemanticModel model, CancellationToken cancellationToken)
    {
        var argument = creation.ArgumentList.Arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == "name")
            ?? creation.ArgumentList.Arguments.Skip(1).FirstOrDefault();
        if (argument is null || model.GetConstantValue(argument.Expression, cancellationToken) is not { HasValue: true, Value: string text })
        {
            return DefaultResultName;
        }

        var words = text.Split(['-', '_', '.', ' '], System.StringSplitOptions.RemoveEmptyEntries)
            .Select(word => new string(word.Where(char.IsLetterOrDigit).ToArray()))
            .Where(word => word.Length > 0)
            .ToList();
        if (words.Count == 0 || !char.IsLetter(words[0][0]))
        {
            return DefaultResultName;
        }

        var name = string.Concat(words.Select((word, i) => (i == 0 ? char.ToLowerInvariant(word[0]) : char.ToUpperInvariant(word[0])) + word.Substring(1)));
        return SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None && SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None ? name : DefaultResultName;
    }

    private static ExpressionSyntax Unparenthesized(ExpressionSyntax expression) =>
        expression is ParenthesizedExpressionSyntax parenthesized ? Unparenthesized(parenthesized.Expression) : expression;

    /// <summary>An <c>ArmClient</c> the statement can use, as code spells it: a parameter or a local definitely assigned
    /// after the statement first, then a field or property; none that a static lambda or local function, or a static
    /// member, keeps out.</summary>
    private static string? FindArmClient(SemanticModel model, StatementSyntax statement, CancellationToken cancellationToken)
    {
        var armClient = model.Compilation.GetTypeByMetadataName(SdkNames.ArmKeyVault.ArmClient);
        if (armClient is null)
        {
            return null;
        }

        var candidates = model.LookupSymbols(statement.SpanStart)
            .Where(symbol => symbol switch
            {
                ILocalSymbol local => SymbolEqualityComparer.Default.Equals(local.Type, armClient)
                    && local.DeclaringSyntaxReferences.All(r => r.Span.End <= statement.SpanStart),
                IParameterSymbol parameter => SymbolEqualityComparer.Default.Equals(parameter.Type, armClient),
                IFieldSymbol field => SymbolEqualityComparer.Default.Equals(field.Type, armClient),
                IPropertySymbol property => SymbolEqualityComparer.Default.Equals(property.Type, armClient) && property.GetMethod is not null,
                _ => false,
            })
            .Where(symbol => SyntaxEdits.IsUsableAt(model, symbol, statement, cancellationToken))
            .OrderBy(symbol => symbol is ILocalSymbol or IParameterSymbol ? 0 : 1)
            .ToList();
        return candidates.FirstOrDefault() is { } found ? SyntaxEdits.Escaped(found.Name) : null;
    }
}
