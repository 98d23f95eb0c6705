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

/// <summary>Removes the SAS token, so that the service uses the HSM's managed identity; positional arguments after it
/// become named, so that they still bind to their parameters.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HSM1205BackupSasTokenFixer)), Shared]
public sealed class HSM1205BackupSasTokenFixer : HsmCodeFixProvider
{
    public const string EquivalenceKey = "HSM1205.RemoveSasToken";

    public HSM1205BackupSasTokenFixer()
        : base(RuleIdentifiers.BackupSasToken, EquivalenceKey)
    {
    }

    private protected override (string Title, Action<SyntaxEditor> Edit)? Edit(SyntaxNode root, Diagnostic diagnostic)
    {
        if (FixProperties.FollowingParameters(diagnostic) is not { } parameterNames
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<ArgumentSyntax>() is not { Parent: ArgumentListSyntax argumentList } sasToken)
        {
            return null;
        }

        // The arguments are rewritten from their text: directives between them would lose their pair.
        if (SyntaxEdits.HoldsDirectives(argumentList))
        {
            return null;
        }

        var index = argumentList.Arguments.IndexOf(sasToken);
        if (argumentList.Arguments.Skip(index + 1).Count(a => a.NameColon is null) != parameterNames.Length)
        {
            return null;
        }

        var arguments = argumentList.Arguments.ToList();
        var named = 0;
        for (var i = index + 1; i < arguments.Count; i++)
        {
            if (arguments[i].NameColon is null)
            {
                var nameColon = SyntaxFactory.NameColon(
                    SyntaxFactory.IdentifierName(parameterNames[named++]).WithLeadingTrivia(arguments[i].GetLeadingTrivia()),
                    SyntaxFactory.Token(SyntaxKind.ColonToken).WithTrailingTrivia(SyntaxFactory.Space));
                arguments[i] = arguments[i].WithoutLeadingTrivia().WithNameColon(nameColon);
            }
        }

        var rewritten = SyntaxFactory.SeparatedList(arguments, argumentList.Arguments.GetSeparators()).RemoveAt(index);
        return ("Remove the SAS token: use the HSM's managed identity", SyntaxEdits.Rewrite(argumentList, _ => argumentList.WithArguments(rewritten)));
    }
}
