using System.Collections.Generic;
using System.Linq;
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

    /// <summary>True when one run of the member never reaches both operations: they sit on different arms of one
    /// <c>if</c>/<c>else</c>, conditional expression, <c>switch</c> statement (without <c>goto case</c>) or switch
    /// expression, and no loop around it can run one arm after the other.</summary>
    public static bool AreExclusive(IOperation first, IOperation second)
    {
        var pathOfFirst = new Dictionary<IOperation, IOperation>();
        for (var child = first; child.Parent is { } parent; child = parent)
        {
            pathOfFirst[parent] = child;
        }

        for (var child = second; child.Parent is { } parent; child = parent)
        {
            if (!pathOfFirst.TryGetValue(parent, out var childOfFirst))
            {
                continue;
            }

            var onDifferentArms = parent switch
            {
                IConditionalOperation conditional => childOfFirst != child
                    && (childOfFirst == conditional.WhenTrue || childOfFirst == conditional.WhenFalse)
                    && (child == conditional.WhenTrue || child == conditional.WhenFalse),
                ISwitchOperation @switch => childOfFirst is ISwitchCaseOperation && child is ISwitchCaseOperation && childOfFirst != child
                    && !@switch.Descendants().Any(operation => operation is IBranchOperation { BranchKind: BranchKind.GoTo }),
                ISwitchExpressionOperation => childOfFirst is ISwitchExpressionArmOperation && child is ISwitchExpressionArmOperation && childOfFirst != child,
                _ => false,
            };
            for (var ancestor = parent.Parent; onDifferentArms && ancestor is not null; ancestor = ancestor.Parent)
            {
                onDifferentArms = ancestor is not ILoopOperation;
            }

            return onDifferentArms;
        }

        return false;
    }
}
