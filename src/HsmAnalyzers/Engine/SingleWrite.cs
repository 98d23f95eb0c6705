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
        foreach (var operation in OperationTree.Root(reference).Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    if (declarator.Initializer is { } initializer)
                    {
                        writes++;
                        found = new SingleWrite(declarator, initializer.Value);
                    }
                    else if (declarator.Parent?.Parent is not IVariableDeclarationGroupOperation)
                    {
                        return null; // foreach, catch or using variable: written without an initializer
                    }

                    break;
                case ISimpleAssignmentOperation assignment when IsLocal(assignment.Target, local):
                    writes++;
                    found = new SingleWrite(assignment, assignment.Value);
                    break;
                case ICompoundAssignmentOperation compound when IsLocal(compound.Target, local):
                case ICoalesceAssignmentOperation coalesce when IsLocal(coalesce.Target, local):
                case IIncrementOrDecrementOperation increment when IsLocal(increment.Target, local):
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument when IsLocal(argument.Value, local):
                case IDeclarationPatternOperation pattern when SymbolEqualityComparer.Default.Equals(pattern.DeclaredSymbol, local):
                case IRecursivePatternOperation recursive when SymbolEqualityComparer.Default.Equals(recursive.DeclaredSymbol, local):
                case ILocalReferenceOperation { Parent: ITupleOperation or IDeclarationExpressionOperation } tupleElement when IsLocal(tupleElement, local):
                    return null;
            }
        }

        return writes == 1 ? found : null;
    }

    private static bool IsLocal(IOperation? operation, ILocalSymbol local) =>
        operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local);
}
