using System;
using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1203: a project that creates a Managed HSM and never starts a full backup. Whether a backup is
/// started anywhere is known only once the whole compilation is seen: the calls are collected as they are
/// analyzed, and the decision is taken at compilation end.</summary>
public sealed class HSM1203NoBackupRule : HsmRule
{
    private static readonly ImmutableHashSet<string> MethodNames = CreateOrUpdate.MethodNames.Union(["StartBackup", "StartBackupAsync"]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1203NoBackup);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        if (!symbols.ArmKeyVault.ManagedHsmCollection.Exists)
        {
            return;
        }

        context.RegisterProjectRequirement(
            MethodNames,
            invocation => CreateOrUpdate.DataArgument(symbols, invocation) is not null ? RequirementRole.Site
                : invocation.TargetMethod.Name.StartsWith("StartBackup", StringComparison.Ordinal) && symbols.Administration.KeyVaultBackupClient.Declares(invocation.TargetMethod) ? RequirementRole.Satisfier
                : RequirementRole.None,
            (analysis, unmet) => analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1203NoBackup, unmet.Location, unmet.AdditionalLocations)));
    }
}
