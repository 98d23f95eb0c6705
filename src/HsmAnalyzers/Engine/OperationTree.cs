using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Engine;

/// <summary>Questions about where an operation stands in its member's operation tree.</summary>
internal static class OperationTree
{
    public static IOperation Root(IOperation operation)
    {
        while (operation.Parent is not null)
        {
            operation = operation.Parent;
        }

        return operation;
    }

    /// <summary>The enclosing operations that may skip or repeat what is inside them: branches, loops, catch
    /// clauses, short-circuits and lambdas or local functions.</summary>
    public static IEnumerable<IOperation> BranchAncestors(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (IsBranch(current))
            {
                yield return current;
            }
        }
    }

    /// <summary>True for an operation that may skip or repeat what is inside it (see <see cref="BranchAncestors"/>).</summary>
    public static bool IsBranch(IOperation operation) => operation.Kind switch
    {
        OperationKind.Conditional or OperationKind.Switch or OperationKind.SwitchExpression or OperationKind.Loop
            or OperationKind.CatchClause or OperationKind.Coalesce or OperationKind.CoalesceAssignment
            or OperationKind.ConditionalAccess or OperationKind.AnonymousFunction or OperationKind.LocalFunction => true,
        OperationKind.Binary => ((IBinaryOperation)operation).OperatorKind is BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr,
        _ => false,
    };
}
