using System;
using System.Composition;
using System.Linq;
using HsmAnalyzers.CodeFixes.Engine;
using HsmAnalyzers.Engine;
using HsmAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace HsmAnalyzers.CodeFixes.Rules;

/// <summary>Adds <c>new LogSettings(true) { CategoryGroup = "audit" }</c> (Azure.Provisioning: <c>new LogSettings {
/// CategoryGroup = "audit", IsEnabled = true }</c>) to the diagnostic setting's logs: to its <c>Logs = { … }</c>
/// initializer when it has one, else as a new <c>Logs = { … }</c> entry of its initializer.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HSM1302AuditCategoryFixer)), Shared]
public sealed class HSM1302AuditCategoryFixer : HsmCodeFixProvider
{
    public const string EquivalenceKey = "HSM1302.AddAuditCategoryGroup";

    public HSM1302AuditCategoryFixer()
        : base(RuleIdentifiers.AuditLogsNotEnabled, EquivalenceKey)
    {
    }

    private protected override (string Title, Action<SyntaxEditor> Edit)? Edit(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!FixProperties.AddsAuditEntry(diagnostic)
            || SyntaxEdits.FindCreation(root, diagnostic) is not { } creation)
        {
            return null;
        }

        var auditGroup = SyntaxEdits.MemberAssignment(nameof(LogSettingsMembers.CategoryGroup), SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("audit")));
        var auditEntry = FixProperties.IsOnProvisioning(diagnostic)
            ? SyntaxFactory.ObjectCreationExpression(SyntaxEdits.ImportedType(SdkNames.Provisioning.LogSettings))
                .WithInitializer(SyntaxFactory.InitializerExpression(
                    SyntaxKind.ObjectInitializerExpression,
                    SyntaxFactory.SeparatedList<ExpressionSyntax>([auditGroup, SyntaxEdits.MemberAssignment(nameof(LogSettingsMembers.IsEnabled), SyntaxEdits.Literal(true))])))
            : SyntaxFactory.ObjectCreationExpression(SyntaxEdits.ImportedType(SdkNames.ArmMonitor.LogSettings))
                .WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(SyntaxEdits.Literal(true)))))
                .WithInitializer(SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression, SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(auditGroup)));

        var logs = creation.Initializer?.Expressions.OfType<AssignmentExpressionSyntax>()
            .FirstOrDefault(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: nameof(DiagnosticSettingDataMembers.Logs) } && a.Right.IsKind(SyntaxKind.CollectionInitializerExpression));
        var edit = logs is { Right: InitializerExpressionSyntax entries }
            ? SyntaxEdits.Rewrite(entries, current => SyntaxEdits.Append(current, auditEntry))
            : SyntaxEdits.AddToReportedInitializer(root, diagnostic, SyntaxEdits.MemberAssignment(
                nameof(DiagnosticSettingDataMembers.Logs),
                SyntaxFactory.InitializerExpression(SyntaxKind.CollectionInitializerExpression, SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(auditEntry))));
        return edit is null ? null : ("Send the audit category group", edit);
    }
}
