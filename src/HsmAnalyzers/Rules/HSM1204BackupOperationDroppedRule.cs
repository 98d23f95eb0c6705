using System.Collections.Immutable;
using System.Linq;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1204: a backup or restore operation started and then dropped: its result is a statement of its
/// own, assigned to a discard, stored in a local that is never read, or its task handed on as a non-generic
/// <c>Task</c>, which completes with the start of the operation and no longer holds it.</summary>
public sealed class HSM1204BackupOperationDroppedRule : HsmRule
{
    private static readonly ImmutableHashSet<string> MethodNames = ImmutableHashSet.Create(
        "StartBackup", "StartBackupAsync", "StartRestore", "StartRestoreAsync", "StartSelectiveKeyRestore", "StartSelectiveKeyRestoreAsync");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1204BackupOperationDropped);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        var task = context.Compilation.GetTypeByMetadataName(SdkNames.Core.Task);
        context.RegisterInvocationAction(MethodNames, (analysis, invocation) =>
        {
            if (!symbols.Administration.KeyVaultBackupClient.Declares(invocation.TargetMethod))
            {
                return;
            }

            IOperation result = invocation;
            var handedOnAsTask = false;
            while (result.Parent is IAwaitOperation or IConversionOperation { IsImplicit: true })
            {
                result = result.Parent;
                handedOnAsTask |= result is IConversionOperation conversion && task is not null && SymbolEqualityComparer.Default.Equals(conversion.Type, task);
            }

            FixKind? fix;
            switch (result.Parent)
            {
                case var _ when handedOnAsTask:
                    // Returned, passed or stored as a Task: whoever awaits it gets no operation to wait for.
                    fix = null;
                    break;
                case IExpressionStatementOperation:
                case ISimpleAssignmentOperation { Target: IDiscardOperation } discard when discard.Value == result:
                    fix = FixFor(invocation);
                    break;
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } when !IsRead(declarator.Symbol, invocation):
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment when assignment.Value == result && !IsRead(local.Local, invocation):
                    fix = null;
                    break;
                default:
                    return;
            }

            analysis.ReportDiagnostic(Diagnostic.Create(
                Descriptors.HSM1204BackupOperationDropped,
                invocation.Syntax.GetLocation(),
                FixProperties.For(fix).Values,
                invocation.TargetMethod.Name));
        });
    }

    /// <summary>Await where it compiles; wait synchronously for a synchronous call elsewhere. A task of an Async
    /// call cannot be waited for without await: no fix.</summary>
    private static FixKind? FixFor(IInvocationOperation invocation) =>
        AwaitContext.IsAllowed(invocation.Syntax) ? FixKind.Await
        : invocation.TargetMethod.Name.EndsWith("Async", System.StringComparison.Ordinal) ? null
        : FixKind.Wait;

    /// <summary>True when the member reads <paramref name="local"/> anywhere: any read, however it uses the
    /// operation, is taken as handling it.</summary>
    private static bool IsRead(ILocalSymbol local, IOperation within) =>
        OperationTree.Root(within).Descendants().Any(operation => operation is ILocalReferenceOperation reference
            && SymbolEqualityComparer.Default.Equals(reference.Local, local)
            && !(reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference));
}
