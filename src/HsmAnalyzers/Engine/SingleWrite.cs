using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Engine;

/// <summary>The one place a local is written, when it is written exactly once by a declaration initializer, a
/// plain assignment, a <c>var</c> pattern of an <c>is</c> expression (<c>x is var a</c>, which always matches) or
/// the deconstruction of a tuple written out (<c>var (a, b) = (x, y);</c>, where <c>a</c> is <c>x</c>). Locals
/// written by loops, other patterns, out or ref arguments, the deconstruction of anything else or compound
/// assignments have no single write.</summary>
internal readonly struct SingleWrite
{
    private SingleWrite(IOperation write, IOperation value)
    {
        Write = write;
        Value = value;
    }

    /// <summary>The declarator, the assignment, the <c>is</c> expression or the deconstruction.</summary>
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
            if (declaration is IDeclarationPatternOperation { MatchesNull: true, Parent: IIsPatternOperation isVar } varPattern && isVar.Pattern == varPattern)
            {
                writes++; // x is var local: always matches, with x
                found = new SingleWrite(isVar, isVar.Value);
                continue;
            }

            if (declaration is not IVariableDeclaratorOperation declarator)
            {
                return null; // declared by another pattern
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
                case ITupleOperation target when Deconstructed(target, other) is { } element:
                    writes++;
                    found = element;
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

    /// <summary>The write of <paramref name="local"/>, an element of <paramref name="target"/>, when the tuple is the
    /// whole target of a deconstruction (declaring or not) whose value is a tuple written out with as many elements.</summary>
    private static SingleWrite? Deconstructed(ITupleOperation target, IOperation local)
    {
        var whole = target.Parent is IDeclarationExpressionOperation declaration ? declaration : (IOperation)target;
        if (whole.Parent is not IDeconstructionAssignmentOperation deconstruction
            || deconstruction.Target != whole
            || ConstantValues.Unwrap(deconstruction.Value) is not ITupleOperation value
            || value.Elements.Length != target.Elements.Length)
        {
            return null;
        }

        var index = target.Elements.IndexOf(local);
        return index < 0 ? null : new SingleWrite(deconstruction, value.Elements[index]);
    }
}
