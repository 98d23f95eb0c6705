using System.Composition;
using HsmAnalyzers.CodeFixes.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace HsmAnalyzers.CodeFixes.Rules;

/// <summary>Assigns the administrator-level role to the configured admin group instead of the principal HSM1103 found.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HSM1103AdminRoleNotToAGroupFixer)), Shared]
public sealed class HSM1103AdminRoleNotToAGroupFixer : AdminGroupFixer
{
    public const string EquivalenceKey = "HSM1103.UseAdminGroup";

    public HSM1103AdminRoleNotToAGroupFixer()
        : base(RuleIdentifiers.AdminRoleNotToAGroup, EquivalenceKey)
    {
    }
}
