using System;
using System.Composition;
using HsmAnalyzers.CodeFixes.Engine;
using HsmAnalyzers.Engine;
using HsmAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace HsmAnalyzers.CodeFixes.Rules;

/// <summary>Turns purge protection on where HSM1001 found it off or missing.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HSM1001PurgeProtectionFixer)), Shared]
public sealed class HSM1001PurgeProtectionFixer : HsmCodeFixProvider
{
    public const string EquivalenceKey = "HSM1001.EnablePurgeProtection";

    private const string Title = "Enable purge protection";

    public HSM1001PurgeProtectionFixer()
        : base(RuleIdentifiers.PurgeProtectionDisabled, EquivalenceKey)
    {
    }

    private protected override (string Title, Action<SyntaxEditor> Edit)? Edit(SyntaxNode root, Diagnostic diagnostic) =>
        Rewrite(root, diagnostic) is { } edit ? (Title, edit) : null;

    private static Action<SyntaxEditor>? Rewrite(SyntaxNode root, Diagnostic diagnostic)
    {
        switch (FixProperties.Fix(diagnostic))
        {
            case FixKind.SetTrue:
                return SyntaxEdits.FindAssignment(root, diagnostic) is { } assignment
                    ? SyntaxEdits.ReplaceAssignedValue(assignment, SyntaxEdits.Literal(true))
                    : null;

            case FixKind.AddToProperties:
                return SyntaxEdits.AddToReportedInitializer(root, diagnostic, PurgeProtectionOn());

            case FixKind.AddProperties:
                return SyntaxEdits.AddToReportedInitializer(root, diagnostic, PropertiesWithPurgeProtection(FixProperties.ModelType(diagnostic, SdkNames.ArmKeyVault.ManagedHsmProperties)));

            default:
                return null;
        }
    }

    /// <summary><c>Properties = new ManagedHsmProperties { EnablePurgeProtection = true }</c>, of the surface's type.</summary>
    private static AssignmentExpressionSyntax PropertiesWithPurgeProtection(string propertiesType) =>
        SyntaxEdits.MemberAssignment(nameof(ManagedHsmDataMembers.Properties), SyntaxFactory.ObjectCreationExpression(SyntaxEdits.ImportedType(propertiesType))
            .WithInitializer(SyntaxFactory.InitializerExpression(
                SyntaxKind.ObjectInitializerExpression,
                SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(PurgeProtectionOn()))));

    private static AssignmentExpressionSyntax PurgeProtectionOn() => SyntaxEdits.MemberAssignment(nameof(ManagedHsmPropertiesMembers.EnablePurgeProtection), SyntaxEdits.Literal(true));
}
