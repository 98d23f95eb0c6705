using System.Composition;
using HsmAnalyzers.CodeFixes.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace HsmAnalyzers.CodeFixes.Rules;

/// <summary>Makes the configured admin group the initial administrator in place of the individuals HSM1101 found.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HSM1101InitialAdminNotAGroupFixer)), Shared]
public sealed class HSM1101InitialAdminNotAGroupFixer : AdminGroupFixer
{
    public const string EquivalenceKey = "HSM1101.UseAdminGroup";

    public HSM1101InitialAdminNotAGroupFixer()
        : base(RuleIdentifiers.InitialAdminNotAGroup, EquivalenceKey)
    {
    }
}
