using System;
using System.Collections.Generic;
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

/// <summary>Scopes a key-using role assignment to one key the method has in reach; one fix per key. Fix All uses
/// the first key in source order.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HSM1102KeyRoleAtBroadScopeFixer)), Shared]
public sealed class HSM1102KeyRoleAtBroadScopeFixer : HsmCodeFixProvider
{
    public const string EquivalenceKey = "HSM1102.ScopeToKey";

    public HSM1102KeyRoleAtBroadScopeFixer()
        : base(RuleIdentifiers.KeyRoleAtBroadScope, EquivalenceKey)
    {
    }

    private protected override (string Title, Action<SyntaxEditor> Edit)? Edit(SyntaxNode root, Diagnostic diagnostic) =>
        Rewrite(root, diagnostic, 0) is ({ } title, { } replacement, { } scope) && SyntaxEdits.Replace(scope, replacement) is { } edit ? (title, edit) : null;

    private protected override IEnumerable<(string Title, SyntaxNode Root, string EquivalenceKey)> AlternativeFixes(SyntaxNode root, Diagnostic diagnostic)
    {
        var count = FixProperties.KeyCount(diagnostic);
        for (var index = 1; index < count; index++)
        {
            if (Rewrite(root, diagnostic, index) is ({ } title, { } replacement, { } scope) && !SyntaxEdits.HoldsDirectives(scope))
            {
                yield return (title, SyntaxEdits.ReplaceExpression(root, scope, replacement), EquivalenceKey + "." + title);
            }
        }
    }

    /// <summary>The fix's title, the new scope and the expression it replaces.</summary>
    private static (string Title, ExpressionSyntax Replacement, ExpressionSyntax Scope)? Rewrite(SyntaxNode root, Diagnostic diagnostic, int index)
    {
        if (FixProperties.Key(diagnostic, index) is not var (kind, key) || SyntaxEdits.FindExpression(root, diagnostic) is not { } scope)
        {
            return null;
        }

        ExpressionSyntax? replacement = kind switch
        {
            KeyReferenceKind.Object => ScopeOf(SyntaxEdits.Escaped(key)),
            KeyReferenceKind.Response => ScopeOf(SyntaxEdits.Escaped(key) + ".Value"),
            KeyReferenceKind.Name => SyntaxEdits.Literal("/keys/" + key),
            _ => null,
        };
        return replacement is null ? null : ($"Scope the role assignment to key '{key}'", replacement, scope);
    }

    /// <summary><c>new KeyVaultRoleScope(key.Id)</c>, with its using directive added when missing. Parsed from text, so
    /// that it has no elastic trivia: the formatter would format each such replacement over its whole method.</summary>
    private static ExpressionSyntax ScopeOf(string key)
    {
        var creation = (ObjectCreationExpressionSyntax)SyntaxFactory.ParseExpression($"new global::{SdkNames.Administration.KeyVaultRoleScope}({key}.Id)");
        return creation.WithType(creation.Type.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation));
    }
}
