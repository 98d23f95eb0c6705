using System.Composition;
using HsmAnalyzers.CodeFixes.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace HsmAnalyzers.CodeFixes.Rules;

/// <summary>Brings an out-of-range soft-delete retention to the nearest value the service accepts.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HSM1003SoftDeleteRetentionRangeFixer)), Shared]
public sealed class HSM1003SoftDeleteRetentionRangeFixer : ReplaceValueFixer
{
    public const string EquivalenceKey = "HSM1003.ClampSoftDeleteRetention";

    public HSM1003SoftDeleteRetentionRangeFixer()
        : base(RuleIdentifiers.SoftDeleteRetentionOutOfRange, "Set SoftDeleteRetentionInDays to {0}", EquivalenceKey)
    {
    }
}
