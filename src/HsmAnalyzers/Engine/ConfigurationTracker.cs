using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Engine;

/// <summary>
/// Follows an SDK model object (<see cref="SdkSymbols.IsTrackedModel"/>) back from the point where it is used, for
/// example passed to <c>ManagedHsmCollection.CreateOrUpdate</c>, to its creation, and records what was set on it:
/// object and nested initializers, later assignments through a local, parameter or field and a property path,
/// constants, constant-valued locals and conditionals, and helper methods of the compilation that build and
/// return the object. For collection-typed properties (<c>InitialAdminObjectIds</c>, <c>Permissions</c>) it records
/// the elements added by collection initializers and <c>Add</c> calls. Assignments or <c>Add</c> calls that may not
/// run before the use (in a branch, loop or lambda), any other use of a collection, and objects handed to other code
/// make the affected properties unknown: the trace never guesses.
/// </summary>
internal sealed class ConfigurationTracker
{
    private const int MaximumHelperDepth = 3;

    /// <summary>Tags the traces in <see cref="OperationIndex.GetOrAdd"/>.</summary>
    private static readonly object TraceKey = new();

    private readonly SdkSymbols _symbols;
    private readonly Compilation _compilation;
    private readonly CancellationToken _cancellationToken;

    public ConfigurationTracker(SdkSymbols symbols, Compilation compilation, CancellationToken cancellationToken)
    {
        _symbols = symbols;
        _compilation = compilation;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The object <paramref name="value"/> evaluates to, as it stands when <paramref name="use"/> runs;
    /// null when it cannot be traced.</summary>
    /// <remarks>Traced once per (value, use) and kept with the use's <see cref="OperationIndex"/>: the rules that ask
    /// about the same object at the same call (the five key rules about a key's options, three about an HSM's data)
    /// share one trace. The result depends on nothing else, and no rule changes a traced object.</remarks>
    public TrackedObject? Trace(IOperation value, IOperation use) =>
        OperationIndex.Of(use).GetOrAdd((TraceKey, value, use), (Tracker: this, value, use), static (_, trace) => trace.Tracker.Trace(trace.value, new UsePoint(trace.use), 0));

    /// <summary>The argument of <paramref name="invocation"/> whose parameter is of type <paramref name="parameterType"/>,
    /// and the object it evaluates to at the call; null when there is no such argument or it cannot be traced.</summary>
    public (IArgumentOperation Argument, TrackedObject Object)? TraceArgument(IInvocationOperation invocation, SdkType parameterType) =>
        Arguments.ForParameterOfType(invocation.Arguments, parameterType) is { } argument
        && Trace(argument.Value, invocation) is { } traced
            ? (argument, traced)
            : null;

    /// <summary>A resource declared with Azure.Provisioning (<c>new ManagedHsm("hsm") { … }</c>, <c>new RoleAssignment(…)</c>) as the member that
    /// declares it leaves it. The library writes the Bicep from the object when the infrastructure is built, after
    /// the member has run, so every write the member makes through the local counts, also after
    /// <c>Infrastructure.Add</c>, not only those before a point of use; a write that may not run whenever the
    /// declaration does (in a branch, loop or lambda of its own) makes its property unknown. Null when the object
    /// is not held by a local written once or passed straight to <c>Infrastructure.Add</c>.</summary>
    public TrackedObject? TraceDeclaration(IObjectCreationOperation creation)
    {
        var use = new UsePoint(creation, atEndOfMember: true);
        var declared = TrackedObject.Created(creation);
        ApplyInitializer(declared, creation.Initializer, use, 0);

        IOperation held = creation;
        var holder = creation.Parent;
        while (holder is not null && IsTransparent(holder))
        {
            held = holder;
            holder = holder.Parent;
        }

        if (holder is IArgumentOperation && IsAddedToInfrastructure(creation))
        {
            return declared;
        }

        if (DeclaredLocal(holder, held) is not { } declaredLocal)
        {
            return null;
        }

        var (local, declaration) = declaredLocal;

        var references = OperationIndex.Of(use.Root).References(local);
        if (references.OfType<ILocalReferenceOperation>().FirstOrDefault() is { } reference
            && (SingleWrite.Find(reference) is not { } write || write.Write.Syntax != declaration.Syntax))
        {
            return null;
        }

        ApplyLaterWrites(declared, local, declaration, creation, use, 0);
        return declared;
    }

    /// <summary>A resource that a helper method or local function builds and returns, as the member that adds it to
    /// an <c>Infrastructure</c> leaves it: <c>infrastructure.Add(CreateHsm())</c>, or a local written once with the
    /// call and added. What the helper sets up to its only return counts, then every write of the adding member,
    /// as <see cref="TraceDeclaration"/> counts them. Null unless the added value is such a call (a resource declared
    /// in the adding member is <see cref="TraceDeclaration"/>'s) or the helper cannot be followed.</summary>
    public TrackedObject? TraceReturnedDeclaration(IInvocationOperation add, IArgumentOperation added)
    {
        var use = new UsePoint(add, atEndOfMember: true);
        var value = ConstantValues.Unwrap(added.Value);
        if (value is ILocalReferenceOperation local)
        {
            if (SingleWrite.Find(local) is not { } write
                || !IsHelperCall(write.Value)
                || Trace(write.Value, use, 0) is not { } fromLocal)
            {
                return null;
            }

            ApplyLaterWrites(fromLocal, local.Local, write.Write, value, use, 0);
            return fromLocal;
        }

        return IsHelperCall(value) ? Trace(value!, use, 0) : null;

        static bool IsHelperCall(IOperation? operation) => ConstantValues.Unwrap(operation) is IInvocationOperation or IAwaitOperation;
    }

    /// <summary>The local that <paramref name="holder"/> declares with <paramref name="held"/> as its value, and the
    /// operation that writes it: <c>var hsm = new ManagedHsm(…)</c>, <c>new ManagedHsm(…) is var hsm</c>, or
    /// <c>var (hsm, other) = (new ManagedHsm(…), …)</c>; null for anything else.</summary>
    private static (ILocalSymbol Local, IOperation Write)? DeclaredLocal(IOperation? holder, IOperation held) => holder switch
    {
        IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => (declarator.Symbol, declarator),
        IIsPatternOperation { Pattern: IDeclarationPatternOperation { MatchesNull: true, DeclaredSymbol: ILocalSymbol local } } isVar => (local, isVar),
        ITupleOperation tuple => DeconstructedInto(tuple, held),
        _ => null,
    };

    private TrackedObject? Trace(IOperation value, UsePoint use, int depth)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        use.Counters?.AddTrackerStep();
        var unwrapped = ConstantValues.Unwrap(value);
        if (unwrapped is null || !_symbols.IsTrackedModel(unwrapped.Type))
        {
            return null;
        }

        switch (unwrapped)
        {
            case IObjectCreationOperation creation:
                var created = TrackedObject.Created(creation);
                ApplyInitializer(created, creation.Initializer, use, depth);
                return created;

            case ILocalReferenceOperation local:
                if (SingleWrite.Find(local) is not { } write)
                {
                    return null;
                }

                var fromLocal = Trace(write.Value, use, depth) ?? TrackedObject.OfUnknownOrigin(unwrapped.Type!);
                ApplyLaterWrites(fromLocal, local.Local, write.Write, unwrapped, use, depth);
                return fromLocal;

            case IParameterReferenceOperation parameter:
                var fromParameter = TrackedObject.OfUnknownOrigin(unwrapped.Type!);
                ApplyLaterWrites(fromParameter, parameter.Parameter, null, unwrapped, use, depth);
                return fromParameter;

            case IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field:
                var fromField = TrackedObject.OfUnknownOrigin(unwrapped.Type!);
                ApplyLaterWrites(fromField, field.Field, null, unwrapped, use, depth);
                return fromField;

            case IInvocationOperation invocation when depth < MaximumHelperDepth:
                return TraceHelperMethod(invocation, depth);

            case IAwaitOperation awaited when depth < MaximumHelperDepth && AsyncHelperCall(awaited.Operation) is { } call:
                return TraceHelperMethod(call, depth);

            default:
                return null;
        }
    }

    private void ApplyInitializer(TrackedObject target, IObjectOrCollectionInitializerOperation? initializer, UsePoint use, int depth)
    {
        if (initializer is null)
        {
            return;
        }

        foreach (var entry in initializer.Initializers)
        {
            switch (entry)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment:
                    target.Set(property.Property.Name, StateOf(assignment, use, depth));
                    MakeAssignedCollectionUnknown(target, property);
                    break;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation property } memberInitializer
                    when _symbols.IsTrackedModel(property.Type):
                    ApplyInitializer(target.Nested(property.Property.Name, property.Type!), memberInitializer.Initializer, use, depth);
                    break;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation property } collectionInitializer
                    when IsCollection(property.Type):
                    foreach (var element in collectionInitializer.Initializer.Initializers)
                    {
                        if (AddedElement(element) is { } added)
                        {
                            target.AddElement(property.Property.Name, added);
                        }
                        else
                        {
                            target.MakeCollectionUnknown(property.Property.Name);
                        }
                    }

                    break;
            }
        }
    }

    private PropertyState StateOf(ISimpleAssignmentOperation assignment, UsePoint use, int depth)
    {
        if (_symbols.IsTrackedModel(assignment.Target.Type))
        {
            return Trace(assignment.Value, use, depth) is { } nested
                ? new PropertyState(PropertyStateKind.Set, assignment, @object: nested)
                : new PropertyState(PropertyStateKind.Unknown, assignment);
        }

        return new PropertyState(PropertyStateKind.Set, assignment, ConstantValues.Resolve(assignment.Value));
    }

    /// <summary>Applies, in source order, what the code between the object's write and the use does to it through
    /// <paramref name="root"/>: assignments along a property path, and hand-overs to other code.</summary>
    private void ApplyLaterWrites(TrackedObject target, ISymbol root, IOperation? write, IOperation tracedReference, UsePoint use, int depth)
    {
        List<IOperation>? references = null;
        foreach (var operation in OperationIndex.Of(use.Root).References(root))
        {
            if (operation != tracedReference
                && operation.Syntax.SpanStart < use.Position
                && (write is null || !write.Syntax.Span.Contains(operation.Syntax.Span) && operation.Syntax.SpanStart > write.Syntax.SpanStart))
            {
                (references ??= []).Add(operation);
            }
        }

        if (references is null)
        {
            return;
        }

        // The index lists them in tree order, nearly always source order already: sorted (stably) only when not.
        if (!IsInSourceOrder(references))
        {
            references = references.OrderBy(operation => operation.Syntax.SpanStart).ToList();
        }

        foreach (var reference in references)
        {
            use.Counters?.AddTrackerStep();
            var path = new List<IPropertyReferenceOperation>();
            IOperation end = reference;
            while (end.Parent is IPropertyReferenceOperation property && property.Instance == end && _symbols.IsTrackedModel(end.Type))
            {
                path.Add(property);
                end = property;
            }

            if (path.Count > 0 && IsCollection(end.Type))
            {
                // Anything but an unconditional Add (a read, an indexer, Remove, a hand-over) leaves the elements unknown.
                var owner = Follow(target, path.Take(path.Count - 1));
                var name = path[path.Count - 1].Property.Name;
                if (end.Parent is IInvocationOperation add && add.Instance == end && AddedElement(add) is { } added && use.SeesUnconditionally(add))
                {
                    owner.AddElement(name, added);
                }
                else
                {
                    owner.MakeCollectionUnknown(name);
                }
            }
            else if (end.Parent is ISimpleAssignmentOperation assignment && assignment.Target == end)
            {
                if (path.Count == 0)
                {
                    target.Escape(); // the parameter or field now holds another object
                    continue;
                }

                var state = use.SeesUnconditionally(assignment)
                    ? StateOf(assignment, use, depth)
                    : new PropertyState(PropertyStateKind.Unknown, assignment);
                var owner = Follow(target, path.Take(path.Count - 1));
                owner.Set(path[path.Count - 1].Property.Name, state);
                MakeAssignedCollectionUnknown(owner, path[path.Count - 1]);
            }
            else if (_symbols.IsTrackedModel(end.Type) && end.Parent is not IInvocationOperation && !IsAddedToTrackedCollection(end)
                && !(path.Count == 0 && IsAddedToInfrastructure(end)))
            {
                Follow(target, path).Escape();
            }
        }
    }

    private static bool IsInSourceOrder(List<IOperation> operations)
    {
        for (var i = 1; i < operations.Count; i++)
        {
            if (operations[i].Syntax.SpanStart < operations[i - 1].Syntax.SpanStart)
            {
                return false;
            }
        }

        return true;
    }

    private static TrackedObject Follow(TrackedObject target, IEnumerable<IPropertyReferenceOperation> path)
    {
        foreach (var step in path)
        {
            target = target.Nested(step.Property.Name, step.Type!);
        }

        return target;
    }

    /// <summary>A collection-typed property assigned a whole collection (Azure.Provisioning's settable
    /// <c>BicepList&lt;T&gt;</c>, a parameter or a new list) holds elements the trace does not follow.</summary>
    private void MakeAssignedCollectionUnknown(TrackedObject owner, IPropertyReferenceOperation property)
    {
        if (IsCollection(property.Type))
        {
            owner.MakeCollectionUnknown(property.Property.Name);
        }
    }

    /// <summary>A type the trace records elements of: one that implements <c>ICollection&lt;T&gt;</c>.</summary>
    /// <remarks>Asked of every property assigned: strings, numbers, enums and other non-generic types the compiler
    /// knows by name are answered without listing their interfaces.</remarks>
    private bool IsCollection(ITypeSymbol? type)
    {
        if (type is null || type.TypeKind == TypeKind.Enum || type.SpecialType != SpecialType.None && type is not INamedTypeSymbol { IsGenericType: true })
        {
            return false;
        }

        var collection = _compilation.GetSpecialType(SpecialType.System_Collections_Generic_ICollection_T);
        if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, collection))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, collection))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The value a collection initializer entry or an <c>Add</c> call adds, when it adds exactly one.</summary>
    private static IOperation? AddedElement(IOperation operation) =>
        operation is IInvocationOperation { TargetMethod.Name: "Add" } add ? Arguments.OfOnlyParameter(add.Arguments, add.TargetMethod)?.Value : null;

    /// <summary>The object is stored in a collection of a traced model (<c>options.Permissions.Add(permission)</c>,
    /// <c>Permissions = { permission }</c>): the trace follows it there, so it is not handed to other code.</summary>
    private bool IsAddedToTrackedCollection(IOperation reference) =>
        reference.Parent is IArgumentOperation { Parent: IInvocationOperation add }
        && AddedElement(add) == reference
        && (add.Instance is IPropertyReferenceOperation list ? list
            : add.Parent?.Parent is IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation initialized } ? initialized
            : null) is { } collection
        && _symbols.IsTrackedModel(collection.Property.ContainingType)
        && IsCollection(collection.Type);

    /// <summary>The local that <paramref name="element"/> of <paramref name="tuple"/> is deconstructed into
    /// (<c>var (hsm, other) = (new ManagedHsm(…), …);</c>) and the deconstruction, or null.</summary>
    private static (ILocalSymbol Local, IOperation Write)? DeconstructedInto(ITupleOperation tuple, IOperation element)
    {
        IOperation value = tuple;
        while (value.Parent is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion;
        }

        if (value.Parent is not IDeconstructionAssignmentOperation deconstruction || deconstruction.Value != value)
        {
            return null;
        }

        var index = tuple.Elements.IndexOf(element);
        return ((deconstruction.Target as IDeclarationExpressionOperation)?.Expression ?? deconstruction.Target) is ITupleOperation targets
            && targets.Elements.Length == tuple.Elements.Length
            && index >= 0
            && targets.Elements[index] is ILocalReferenceOperation local
                ? (local.Local, deconstruction)
                : null;
    }

    /// <summary>A conversion that leaves the object as it is: an implicit one, or a cast to the type it already has.</summary>
    private static bool IsTransparent(IOperation operation) =>
        operation is IConversionOperation { IsImplicit: true } or IConversionOperation { Conversion.IsIdentity: true };

    /// <summary>The resource is added to an Azure.Provisioning <c>Infrastructure</c> (<c>infrastructure.Add(hsm)</c>),
    /// which only records it for the Bicep it writes later: the object is not changed there.</summary>
    private bool IsAddedToInfrastructure(IOperation reference)
    {
        var argument = reference;
        while (argument.Parent is { } parent && IsTransparent(parent))
        {
            argument = parent;
        }

        return argument.Parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Add" } add }
            && _symbols.Provisioning.Infrastructure.Matches(add.TargetMethod.ContainingType);
    }

    /// <summary>The call an <c>await</c> waits for when it is a call of an <c>async</c> method of this compilation
    /// (<c>await BuildAsync()</c>, also with <c>.ConfigureAwait(…)</c>): the awaited result is what the method returns.</summary>
    private static IInvocationOperation? AsyncHelperCall(IOperation awaited)
    {
        var call = ConstantValues.Unwrap(awaited) as IInvocationOperation;
        if (call is { TargetMethod.Name: "ConfigureAwait", Instance: { } configured })
        {
            call = ConstantValues.Unwrap(configured) as IInvocationOperation;
        }

        return call is { TargetMethod.IsAsync: true } ? call : null;
    }

    /// <summary>A method or local function of this compilation that builds the object and returns it from its only
    /// return (an <c>async</c> one: the result its task completes with).</summary>
    private TrackedObject? TraceHelperMethod(IInvocationOperation invocation, int depth)
    {
        var method = invocation.TargetMethod;
        if (method.IsVirtual || method.IsAbstract || method.IsOverride || method.IsExtern
            || method.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
        if (!_compilation.ContainsSyntaxTree(syntax.SyntaxTree))
        {
            return null;
        }

#pragma warning disable RS1030 // The helper lives in another tree; the analyzer driver caches the semantic models it hands out.
        var model = invocation.SemanticModel is { } own && own.SyntaxTree == syntax.SyntaxTree ? own : _compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
        if (model.GetOperation(syntax, _cancellationToken) is not { } body)
        {
            return null;
        }

        // The returns of the helper itself: those of a lambda or local function inside it return from that.
        var owner = body is ILocalFunctionOperation ? body.Syntax : null;
        var returns = OperationIndex.Of(body).Returns
            .Where(r => body.Syntax.Span.Contains(r.Syntax.Span) && FunctionOf(r)?.Syntax == owner)
            .Take(2)
            .ToList();

        return returns.Count == 1 && returns[0].ReturnedValue is { } returned
            ? Trace(returned, new UsePoint(returns[0]), depth + 1)
            : null;
    }

    /// <summary>The lambda or local function whose body holds <paramref name="operation"/>; null for the member's own body.</summary>
    private static IOperation? FunctionOf(IOperation operation) =>
        OperationTree.BranchAncestors(operation).FirstOrDefault(a => a.Kind is OperationKind.AnonymousFunction or OperationKind.LocalFunction);

    /// <summary>Where the traced object is used, and what could keep code before it from running.</summary>
    private sealed class UsePoint
    {
        private readonly IOperation _use;

        /// <summary>Made when a write inside a branch is first checked: most traces meet none.</summary>
        private HashSet<IOperation>? _branchAncestors;

        /// <param name="use">The operation that uses the object.</param>
        /// <param name="atEndOfMember">Count the writes up to the end of the member, not only those before
        /// <paramref name="use"/>, for an object whose configuration is read after the member has run.</param>
        public UsePoint(IOperation use, bool atEndOfMember = false)
        {
            Root = OperationTree.Root(use);
            Position = atEndOfMember ? Root.Syntax.Span.End : use.Syntax.SpanStart;
            _use = use;
            Counters = WorkCounters.For(use.Syntax.SyntaxTree);
        }

        public IOperation Root { get; }

        /// <summary>Where the trace counts its steps; null unless a test counts them.</summary>
        public WorkCounters? Counters { get; }

        public int Position { get; }

        /// <summary>True when <paramref name="operation"/> runs whenever the use is reached after it.</summary>
        /// <remarks>Only the nearest branch around <paramref name="operation"/> is looked at: when the use is inside it, it
        /// is inside every branch around it too. Looking at all of them cost the depth of the nesting for each write.</remarks>
        public bool SeesUnconditionally(IOperation operation)
        {
            var steps = 0L;
            IOperation? nearest = null;
            for (var current = operation.Parent; current is not null && nearest is null; current = current.Parent)
            {
                steps++;
                nearest = OperationTree.IsBranch(current) ? current : null;
            }

            Counters?.AddNodesVisited(steps);
            return nearest is null || (_branchAncestors ??= new HashSet<IOperation>(OperationTree.BranchAncestors(_use))).Contains(nearest);
        }
    }
}
