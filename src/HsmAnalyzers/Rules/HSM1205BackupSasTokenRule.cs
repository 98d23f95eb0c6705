using System.Collections.Immutable;
using System.Linq;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1205: a <c>sasToken</c> that may be non-null, passed to a backup or restore call of
/// <c>KeyVaultBackupClient</c>.</summary>
public sealed class HSM1205BackupSasTokenRule : HsmRule
{
    /// <summary>Diagnostic property: the parameter names of the positional arguments that follow the SAS token, in
    /// order, comma-separated. Removing the token shifts them, so the fixer writes them as named arguments.</summary>
    public const string FollowingParametersProperty = "FollowingParameters";

    private const string SasTokenParameter = "sasToken";

    private static readonly ImmutableHashSet<string> MethodNames = ImmutableHashSet.Create(
        "StartBackup", "StartBackupAsync", "StartPreBackup", "StartPreBackupAsync",
        "StartRestore", "StartRestoreAsync", "StartPreRestore", "StartPreRestoreAsync",
        "StartSelectiveKeyRestore", "StartSelectiveKeyRestoreAsync");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1205BackupSasToken);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        context.RegisterInvocationAction(MethodNames, (analysis, invocation) =>
        {
            if (!symbols.KeyVaultBackupClient.Declares(invocation.TargetMethod)
                || invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == SasTokenParameter) is not { ArgumentKind: ArgumentKind.Explicit, Syntax: ArgumentSyntax sasToken } argument
                || ConstantValues.Resolve(argument.Value).All(value => value is null)
                || sasToken.Parent is not ArgumentListSyntax argumentList)
            {
                return;
            }

            var following = argumentList.Arguments
                .SkipWhile(a => a != sasToken)
                .Skip(1)
                .Where(a => a.NameColon is null)
                .Select(a => invocation.Arguments.FirstOrDefault(o => o.Syntax == a)?.Parameter?.Name)
                .ToList();
            var properties = following.All(name => name is not null)
                ? ImmutableDictionary<string, string?>.Empty.Add(FollowingParametersProperty, string.Join(",", following))
                : ImmutableDictionary<string, string?>.Empty;
            analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1205BackupSasToken, sasToken.GetLocation(), properties, invocation.TargetMethod.Name));
        });
    }
}
