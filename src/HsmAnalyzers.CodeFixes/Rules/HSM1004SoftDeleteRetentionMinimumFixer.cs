using System.Composition;
using HsmAnalyzers.CodeFixes.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace HsmAnalyzers.CodeFixes.Rules;

/// <summary>Raises the soft-delete retention to the configured minimum.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HSM1004SoftDeleteRetentionMinimumFixer)), Shared]
public sealed class HSM1004SoftDeleteRetentionMinimumFixer : ReplaceValueFixer
{
    public const string EquivalenceKey = "HSM1004.RaiseSoftDeleteRetention";

    public HSM1004SoftDeleteRetentionMinimumFixer()
        : base(RuleIdentifiers.SoftDeleteRetentionBelowMinimum, "Raise SoftDeleteRetentionInDays to {0}", EquivalenceKey)
    {
    }
}
