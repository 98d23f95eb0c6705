using System.Collections.Immutable;
using System.Linq;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1205: a <c>sasToken</c> that is certainly a token, passed to a backup or restore call of
/// <c>KeyVaultBackupClient</c>. A value the code does not show (a parameter, a field, configuration) is null whenever
/// the caller chose the managed identity: unknown, no finding.</summary>
public sealed class HSM1205BackupSasTokenRule : HsmRule
{
    private const string SasTokenParameter = "sasToken";

    private const int MaximumDepth = 4;

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
            if (!symbols.Administration.KeyVaultBackupClient.Declares(invocation.TargetMethod)
                || Arguments.ForParameter(invocation.Arguments, SasTokenParameter) is not { ArgumentKind: ArgumentKind.Explicit } argument
                || Written(argument) is not { } sasToken
                || !IsToken(argument.Value, 0)
                || sasToken.Parent is not ArgumentListSyntax argumentList)
            {
                return;
            }

            var following = argumentList.Arguments
                .SkipWhile(a => a != sasToken)
                .Skip(1)
                .Where(a => a.NameColon is null)
                .Select(a => invocation.Arguments.FirstOrDefault(o => Written(o) == a)?.Parameter?.Name)
                .ToList();
            var properties = following.All(name => name is not null)
                ? FixProperties.None.WithFollowingParameters(following!)
                : FixProperties.None;
            analysis.Report(Descriptors.HSM1205BackupSasToken, sasToken.GetLocation(), properties, invocation.TargetMethod.Name);
        });
    }

    /// <summary>The argument as written: the operation of a parenthesized argument has the inner expression's syntax.</summary>
    private static ArgumentSyntax? Written(IArgumentOperation argument) => argument.Syntax.FirstAncestorOrSelf<ArgumentSyntax>();

    /// <summary>True when <paramref name="value"/> is a token in at least one branch the code shows: a constant string,
    /// an interpolated string, a string concatenation or a <c>ToString()</c> call (a token built in code), a
    /// conditional with such an arm, or a local written once with one of these. Parameters, fields, properties and
    /// calls are unknown: null whenever the caller chose the managed identity.</summary>
    private static bool IsToken(IOperation? value, int depth)
    {
        if (depth > MaximumDepth || value is null)
        {
            return false;
        }

        var constant = ConstantValues.Resolve(value);
        if (constant.IsKnown)
        {
            return constant.Any(text => text is string);
        }

        return ConstantValues.Unwrap(value) switch
        {
            IInterpolatedStringOperation => true,
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } => true,
            IInvocationOperation { TargetMethod: { Name: "ToString", Parameters.Length: 0 } } => true,
            IConditionalOperation { WhenFalse: { } whenFalse } conditional => IsToken(conditional.WhenTrue, depth + 1) || IsToken(whenFalse, depth + 1),
            ILocalReferenceOperation local => IsToken(SingleWrite.Find(local)?.Value, depth + 1),
            _ => false,
        };
    }
}
