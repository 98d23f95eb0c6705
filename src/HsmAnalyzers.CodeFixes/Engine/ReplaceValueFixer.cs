using System;
using System.Globalization;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Editing;

namespace HsmAnalyzers.CodeFixes.Engine;

/// <summary>A fix that writes the integer the analyzer chose (<see cref="FixProperties.Replacement"/>) in place
/// of an assigned value. No property, no fix.</summary>
public abstract class ReplaceValueFixer : HsmCodeFixProvider
{
    private readonly string _titleFormat;

    private protected ReplaceValueFixer(string diagnosticId, string titleFormat, string equivalenceKey)
        : base(diagnosticId, equivalenceKey) => _titleFormat = titleFormat;

    private protected sealed override (string Title, Action<SyntaxEditor> Edit)? Edit(SyntaxNode root, Diagnostic diagnostic) =>
        FixProperties.Replacement(diagnostic) is { } value
        && SyntaxEdits.FindAssignment(root, diagnostic) is { } assignment
        && SyntaxEdits.ReplaceAssignedValue(assignment, SyntaxEdits.Literal(value)) is { } edit
            ? (string.Format(CultureInfo.InvariantCulture, _titleFormat, value), edit)
            : null;
}
