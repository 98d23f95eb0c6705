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
using Microsoft.CodeAnalysis.Simplification;

namespace HsmAnalyzers.CodeFixes.Rules;

/// <summary>Moves the Managed HSM to the recommended zone-redundant region of the same geography.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HSM1201RegionWithoutAvailabilityZonesFixer)), Shared]
public sealed class HSM1201RegionWithoutAvailabilityZonesFixer : HsmCodeFixProvider
{
    public const string EquivalenceKey = "HSM1201.UseZoneRedundantRegion";

    public HSM1201RegionWithoutAvailabilityZonesFixer()
        : base(RuleIdentifiers.RegionWithoutAvailabilityZones, EquivalenceKey)
    {
    }

    private protected override (string Title, Action<SyntaxEditor> Edit)? Edit(SyntaxNode root, Diagnostic diagnostic)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax location)
        {
            return null;
        }

        var azureLocation = SyntaxFactory.ParseTypeName("global::" + SdkNames.Core.AzureLocation)
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        ExpressionSyntax replacement;
        string shown;
        if (FixProperties.ReplacementMember(diagnostic) is { } member)
        {
            replacement = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, azureLocation, SyntaxFactory.IdentifierName(member));
            shown = "AzureLocation." + member;
        }
        else if (FixProperties.ReplacementName(diagnostic) is { } name)
        {
            replacement = SyntaxFactory.ObjectCreationExpression(
                SyntaxFactory.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space),
                azureLocation,
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(
                    SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name))))),
                initializer: null);
            shown = $"new AzureLocation(\"{name}\")";
        }
        else
        {
            return null;
        }

        return SyntaxEdits.Replace(location, replacement) is { } edit ? ("Use the zone-redundant region " + shown, edit) : null;
    }
}
