using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HsmAnalyzers.Engine;

/// <summary>The nodes of one syntax tree that rules start from, grouped by the name read from syntax: invocations by
/// invoked method name and assignments by assigned property name (found without those that can only reach a member
/// declared in source, see <see cref="SyntaxNames.NamesOnlySourceMember"/>), object creations by created type name,
/// and string literals. Built by one walk of the tree, once per tree for every rule: the analyzer driver would otherwise call
/// each rule back for every invocation, assignment and literal of every file, and that dispatch, not the rules'
/// own work, was most of their cost.</summary>
internal sealed class SyntaxIndex
{
    private static readonly ConditionalWeakTable<SyntaxTree, SyntaxIndex> Cache = new();
    private static readonly ConditionalWeakTable<SyntaxTree, SyntaxIndex>.CreateValueCallback Build = tree => new SyntaxIndex(tree.GetRoot());

    private readonly NamedNodes _invocations;
    private readonly NamedNodes _assignments;
    private readonly NamedNodes _creations;

    private SyntaxIndex(SyntaxNode root)
    {
        var invocations = new List<(string, SyntaxNode)>();
        var assignments = new List<(string, SyntaxNode)>();
        var creations = new List<(string, SyntaxNode)>();
        var targetTypedCreations = ImmutableArray.CreateBuilder<ImplicitObjectCreationExpressionSyntax>();
        var strings = ImmutableArray.CreateBuilder<SyntaxNode>();
        Dictionary<string, string>? aliases = null;
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                // Using directives come before the code they apply to: a walk meets them first.
                case UsingDirectiveSyntax { Alias: { } alias } usingDirective when SyntaxNames.AliasTarget(usingDirective) is { } target:
                    (aliases ??= new(StringComparer.Ordinal))[alias.Name.Identifier.ValueText] = target;
                    break;
                case InvocationExpressionSyntax invocation when SyntaxNames.InvokedName(invocation) is { } name:
                    invocations.Add((name, invocation));
                    break;
                case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && SyntaxNames.AssignedName(assignment) is { } name:
                    assignments.Add((name, assignment));
                    break;
                case ObjectCreationExpressionSyntax creation when SyntaxNames.CreatedTypeName(creation) is { } name:
                    AddCreation(name, creation);
                    break;
                case ImplicitObjectCreationExpressionSyntax creation when SyntaxNames.DeclaredTargetTypeName(creation) is { } name:
                    AddCreation(name, creation);
                    break;
                case ImplicitObjectCreationExpressionSyntax creation:
                    targetTypedCreations.Add(creation);
                    break;
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                case InterpolatedStringTextSyntax:
                    strings.Add(node);
                    break;
            }
        }

        // A type written with a using alias of this file is found under the aliased type's name too.
        void AddCreation(string name, SyntaxNode creation)
        {
            creations.Add((name, creation));
            if (aliases is not null && aliases.TryGetValue(name, out var target) && target != name)
            {
                creations.Add((target, creation));
            }
        }

        _invocations = new NamedNodes(invocations);
        _assignments = new NamedNodes(assignments);
        _creations = new NamedNodes(creations);
        TargetTypedCreations = targetTypedCreations.ToImmutable();
        StringLiterals = strings.ToImmutable();
    }

    /// <summary>Target-typed <c>new(...)</c> whose type the syntax does not say (an argument, an assignment, a
    /// return): only binding tells what they create.</summary>
    public ImmutableArray<ImplicitObjectCreationExpressionSyntax> TargetTypedCreations { get; }

    /// <summary>String literals, UTF-8 string literals and the text parts of interpolated strings.</summary>
    public ImmutableArray<SyntaxNode> StringLiterals { get; }

    public static SyntaxIndex For(SyntaxTree tree) => Cache.GetValue(tree, Build);

    /// <summary>Invocations of a method with one of <paramref name="names"/> that may reach an SDK member, in source order.</summary>
    public IReadOnlyList<SyntaxNode> Invocations(string[] names) => _invocations.Find(names, MayReachSdkMember);

    /// <summary>Simple assignments to a member with one of <paramref name="names"/> that may be an SDK property, in source order.</summary>
    public IReadOnlyList<SyntaxNode> Assignments(string[] names) => _assignments.Find(names, MayReachSdkMember);

    /// <summary><c>new T(...)</c> written with the type name <paramref name="typeName"/> (or a using alias of it in
    /// this file), and <c>new(...)</c> initializing a variable, field or property declared with it, in source order.</summary>
    public IReadOnlyList<SyntaxNode> Creations(string typeName) => _creations.Find(typeName, static _ => true);

    private static bool MayReachSdkMember(SyntaxNode node) => !SyntaxNames.NamesOnlySourceMember(node switch
    {
        InvocationExpressionSyntax invocation => invocation.Expression,
        _ => ((AssignmentExpressionSyntax)node).Left,
    });

    /// <summary>Nodes sorted by name (then source order), looked up by binary search.</summary>
    private readonly struct NamedNodes
    {
        private readonly string[] _names;
        private readonly SyntaxNode[] _nodes;

        public NamedNodes(List<(string Name, SyntaxNode Node)> entries)
        {
            // The walk met the nodes in source order; a stable sort keeps it within each name.
            var ordered = new (string Name, SyntaxNode Node, int Order)[entries.Count];
            for (var i = 0; i < ordered.Length; i++)
            {
                ordered[i] = (entries[i].Name, entries[i].Node, i);
            }

            Array.Sort(ordered, static (a, b) => string.CompareOrdinal(a.Name, b.Name) is var byName && byName != 0 ? byName : a.Order.CompareTo(b.Order));
            _names = new string[ordered.Length];
            _nodes = new SyntaxNode[ordered.Length];
            for (var i = 0; i < ordered.Length; i++)
            {
                (_names[i], _nodes[i], _) = ordered[i];
            }
        }

        public IReadOnlyList<SyntaxNode> Find(string[] names, Func<SyntaxNode, bool> include)
        {
            IReadOnlyList<SyntaxNode>? first = null;
            List<SyntaxNode>? merged = null;
            foreach (var name in names)
            {
                var found = Find(name, include);
                if (found.Count == 0)
                {
                    continue;
                }

                if (first is null)
                {
                    first = found;
                    continue;
                }

                merged ??= new List<SyntaxNode>(first);
                merged.AddRange(found);
            }

            if (merged is null)
            {
                return first ?? Array.Empty<SyntaxNode>();
            }

            // Source order, the outer of two nodes that start together first: the order of a walk of the tree.
            merged.Sort(static (a, b) => a.SpanStart != b.SpanStart ? a.SpanStart.CompareTo(b.SpanStart) : b.Span.Length.CompareTo(a.Span.Length));
            return merged;
        }

        /// <summary>The nodes named <paramref name="name"/> that <paramref name="include"/> accepts, in source order:
        /// a slice of the index, copied only when some are left out. Read only: the index is shared by every rule and thread.</summary>
        public IReadOnlyList<SyntaxNode> Find(string name, Func<SyntaxNode, bool> include)
        {
            var start = LowerBound(name);
            var end = start;
            while (end < _names.Length && string.Equals(_names[end], name, StringComparison.Ordinal))
            {
                end++;
            }

            List<SyntaxNode>? included = null;
            for (var i = start; i < end; i++)
            {
                if (include(_nodes[i]))
                {
                    included?.Add(_nodes[i]);
                }
                else if (included is null)
                {
                    included = new List<SyntaxNode>(end - start);
                    included.AddRange(new ArraySegment<SyntaxNode>(_nodes, start, i - start));
                }
            }

            if (included is not null)
            {
                return included;
            }

            return start == end ? Array.Empty<SyntaxNode>() : new ArraySegment<SyntaxNode>(_nodes, start, end - start);
        }

        private int LowerBound(string name)
        {
            var low = 0;
            var high = _names.Length;
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                if (string.CompareOrdinal(_names[middle], name) < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }
    }
}
