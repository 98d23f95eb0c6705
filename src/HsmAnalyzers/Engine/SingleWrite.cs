using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Engine;

/// <summary>The one place a local is written, when it is written exactly once by a declaration initializer or a
/// plain assignment. Locals written by loops, patterns, out or ref arguments, deconstruction or compound
/// assignments have no single write.</summary>
internal readonly struct SingleWrite
{
    private SingleWrite(IOperation write, IOperation value)
    {
        Write = write;
        Value = value;
    }

    /// <summary>The declarator or the assignment.</summary>
    public IOperation Write { get; }

    public IOperation Value { get; }

    public static SingleWrite? Find(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        if (local.IsRef)
        {
            return null;
        }

        SingleWrite? found = null;
        var writes = 0;
        var index = OperationIndex.Of(reference);
        foreach (var declaration in index.Declarations(local))
        {
            if (declaration is not IVariableDeclaratorOperation declarator)
            {
                return null; // declared by a pattern
            }

            if (declarator.Initializer is { } initializer)
            {
                writes++;
                found = new SingleWrite(declarator, initializer.Value);
            }
            else if (declarator.Parent?.Parent is not IVariableDeclarationGroupOperation)
            {
                return null; // foreach, catch or using variable: written without an initializer
            }
        }

        foreach (var other in index.References(local))
        {
            switch (other.Parent)
            {
                case ISimpleAssignmentOperation assignment when assignment.Target == other:
                    writes++;
                    found = new SingleWrite(assignment, assignment.Value);
                    break;
                case ICompoundAssignmentOperation compound when compound.Target == other:
                case ICoalesceAssignmentOperation coalesce when coalesce.Target == other:
                case IIncrementOrDecrementOperation increment when increment.Target == other:
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }:
                case ITupleOperation or IDeclarationExpressionOperation:
                    return null;
            }
        }

        return writes == 1 ? found : null;
    }
}
