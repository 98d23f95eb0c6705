using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace HsmAnalyzers.Tests.Robustness;

/// <summary>A mutant of a corpus file: the operator that made it, its text, and whether it is a program of top-level
/// statements (compiled as an executable).</summary>
internal sealed record Mutant(string Kind, string Text, bool IsProgram = false);

/// <summary>
/// Mutation operators that keep the code realistic, most of them compiling: argument swaps; values replaced by
/// <c>default</c>, <c>null!</c>, throw expressions, lambdas and method groups; deep nesting; duplicated members;
/// iterators and <c>async void</c>; <c>unsafe</c>, <c>checked</c>, <c>lock</c> and <c>fixed</c> wrappers; directives
/// inside expressions; <c>@keyword</c> and <c>\u</c> spellings of identifiers; <c>goto</c>; generic parameters and
/// user types named like SDK types; global using aliases; top-level programs; static lambdas and static local
/// functions; recursive helpers; very long files. Each returns null where the source has nothing to mutate.
/// </summary>
internal static class Mutators
{
    private static readonly string[] SdkTypeNames = ["KeyClient", "KeyVaultKey", "ManagedHsmData", "ManagedHsmProperties", "ArmClient", "AzureLocation", "KeyVaultRoleScope", "CreateKeyOptions", "KeyType"];

    private static readonly string[] Keywords = ["event", "class", "object", "string", "default", "params", "operator", "base"];

    private static readonly (string Kind, Func<SyntaxNode, Random, string?> Mutate)[] Operators =
    [
        ("arguments swapped", SwapArguments),
        ("value replaced", ReplaceValue),
        ("deep nesting", Nest),
        ("member duplicated", DuplicateMember),
        ("iterator or async void", IteratorOrAsyncVoid),
        ("statement wrapped", WrapStatement),
        ("directive in expression", DirectiveInExpression),
        ("identifier respelled", RespellIdentifier),
        ("goto", Goto),
        ("SDK name shadowed", ShadowSdkName),
        ("global using alias", GlobalUsingAlias),
        ("static lambda or local function", StaticFunction),
        ("recursive helper", RecursiveHelper),
        ("very long file", VeryLongFile),
    ];

    public static Mutant? Mutate(string text, Random random)
    {
        var root = CSharpSyntaxTree.ParseText(text).GetRoot();
        if (random.Next(Operators.Length + 1) == Operators.Length)
        {
            return TopLevelProgram(root, random) is { } program ? new Mutant("top-level program", program, IsProgram: true) : null;
        }

        var (kind, mutate) = Operators[random.Next(Operators.Length)];
        return mutate(root, random) is { } mutant ? new Mutant(kind, mutant) : null;
    }

    private static T? Pick<T>(IEnumerable<T> items, Random random)
        where T : class
    {
        var list = items as IList<T> ?? items.ToList();
        return list.Count == 0 ? null : list[random.Next(list.Count)];
    }

    private static string Replace(SyntaxNode root, TextSpan span, string replacement)
    {
        var text = root.ToFullString();
        return text.Substring(0, span.Start) + replacement + text.Substring(span.End);
    }

    private static string? SwapArguments(SyntaxNode root, Random random)
    {
        if (Pick(root.DescendantNodes().OfType<ArgumentListSyntax>().Where(a => a.Arguments.Count >= 2), random) is not { } list)
        {
            return null;
        }

        var first = random.Next(list.Arguments.Count);
        var second = (first + 1 + random.Next(list.Arguments.Count - 1)) % list.Arguments.Count;
        var (a, b) = (list.Arguments[Math.Min(first, second)], list.Arguments[Math.Max(first, second)]);
        var text = root.ToFullString();
        return text.Substring(0, a.Span.Start) + b + text.Substring(a.Span.End, b.Span.Start - a.Span.End) + a + text.Substring(b.Span.End);
    }

    private static string? ReplaceValue(SyntaxNode root, Random random)
    {
        var values = root.DescendantNodes()
            .Where(n => n is ArgumentSyntax or AssignmentExpressionSyntax or EqualsValueClauseSyntax)
            .Select(n => n switch
            {
                ArgumentSyntax argument => argument.Expression,
                AssignmentExpressionSyntax assignment => assignment.Right,
                _ => ((EqualsValueClauseSyntax)n).Value,
            });
        if (Pick(values, random) is not { } value)
        {
            return null;
        }

        string[] replacements = ["default", "null!", "throw new System.InvalidOperationException()", "() => default", "ToString", "static x => x", "default!"];
        return Replace(root, value.Span, replacements[random.Next(replacements.Length)]);
    }

    private static string? Nest(SyntaxNode root, Random random)
    {
        var depth = random.Next(20, 120);
        if (random.Next(2) == 0 && Pick(root.DescendantNodes().OfType<StatementSyntax>().Where(s => s.Parent is BlockSyntax && s is not LocalDeclarationStatementSyntax), random) is { } statement)
        {
            var wrappers = new[] { "{ ", "if (true) { ", "do { ", "try { " };
            var closers = new[] { " }", " }", " } while (false);", " } finally { }" };
            var open = new StringBuilder();
            var close = new StringBuilder();
            for (var i = 0; i < depth; i++)
            {
                var w = random.Next(wrappers.Length);
                open.Append(wrappers[w]);
                close.Insert(0, closers[w]);
            }

            return Replace(root, statement.Span, open + statement.ToString() + close);
        }

        return Pick(root.DescendantNodes().OfType<ExpressionSyntax>().Where(e => e.Parent is ArgumentSyntax or EqualsValueClauseSyntax or AssignmentExpressionSyntax), random) is { } expression
            ? Replace(root, expression.Span, new string('(', depth) + expression + new string(')', depth))
            : null;
    }

    private static string? DuplicateMember(SyntaxNode root, Random random)
    {
        SyntaxNode? duplicated = random.Next(3) switch
        {
            0 => Pick(root.DescendantNodes().OfType<MethodDeclarationSyntax>(), random),
            1 => Pick(root.DescendantNodes().OfType<ExpressionStatementSyntax>(), random),
            _ => Pick(root.DescendantNodes().OfType<AssignmentExpressionSyntax>().Where(a => a.Parent is InitializerExpressionSyntax), random),
        };
        if (duplicated is null)
        {
            return null;
        }

        var separator = duplicated.Parent is InitializerExpressionSyntax ? ", " : "\n";
        return Replace(root, duplicated.Span, duplicated + separator + duplicated);
    }

    private static string? IteratorOrAsyncVoid(SyntaxNode root, Random random)
    {
        if (Pick(root.DescendantNodes().OfType<MethodDeclarationSyntax>().Where(m => m.Body is not null), random) is not { Body: { } body } method)
        {
            return null;
        }

        if (method.Modifiers.Any(SyntaxKind.AsyncKeyword) && random.Next(2) == 0)
        {
            return Replace(root, method.ReturnType.Span, "void");
        }

        // An iterator: the body's statements, then yield break; awaits and returns with values make it not compile.
        var text = root.ToFullString();
        return text.Substring(0, method.ReturnType.Span.Start) + "System.Collections.Generic.IEnumerable<int>"
            + text.Substring(method.ReturnType.Span.End, body.CloseBraceToken.SpanStart - method.ReturnType.Span.End)
            + "yield break; " + text.Substring(body.CloseBraceToken.SpanStart);
    }

    private static string? WrapStatement(SyntaxNode root, Random random)
    {
        if (Pick(root.DescendantNodes().OfType<StatementSyntax>().Where(s => s.Parent is BlockSyntax && s is not LocalDeclarationStatementSyntax), random) is not { } statement)
        {
            return null;
        }

        string[] wrappers = ["checked { {0} }", "unchecked { {0} }", "lock (typeof(object)) { {0} }", "unsafe { {0} }", "unsafe { fixed (int* pinned = new int[1]) { {0} } }"];
        return Replace(root, statement.Span, wrappers[random.Next(wrappers.Length)].Replace("{0}", statement.ToString()));
    }

    private static string? DirectiveInExpression(SyntaxNode root, Random random)
    {
        if (Pick(root.DescendantNodes().OfType<ExpressionSyntax>().Where(e => e.Parent is ArgumentSyntax or EqualsValueClauseSyntax or AssignmentExpressionSyntax), random) is not { } expression)
        {
            return null;
        }

        var replacement = random.Next(4) switch
        {
            0 => $"\n#if HSM_MUTANT\n default\n#else\n {expression}\n#endif\n",
            1 => $"\n#if !HSM_MUTANT\n {expression}\n#else\n default\n#endif\n",
            2 => $"\n#region mutant\n {expression}\n#endregion\n",
            _ => $"{expression}\n#pragma warning disable CS0162\n",
        };
        return Replace(root, expression.Span, replacement);
    }

    private static string? RespellIdentifier(SyntaxNode root, Random random)
    {
        var declared = root.DescendantNodes()
            .Select(n => n switch
            {
                ParameterSyntax parameter => parameter.Identifier,
                VariableDeclaratorSyntax variable => variable.Identifier,
                _ => default,
            })
            .Where(t => t.IsKind(SyntaxKind.IdentifierToken))
            .ToList();
        if (declared.Count == 0)
        {
            return null;
        }

        var name = declared[random.Next(declared.Count)].ValueText;
        var scope = declared.First(t => t.ValueText == name).Parent!.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? root;
        string spelling;
        if (random.Next(2) == 0)
        {
            var keyword = Keywords[random.Next(Keywords.Length)];
            if (root.DescendantTokens().Any(t => t.ValueText == keyword && t.IsKind(SyntaxKind.IdentifierToken)))
            {
                return null;
            }

            spelling = "@" + keyword;
        }
        else
        {
            spelling = $"\\u{(int)name[0]:X4}" + name.Substring(1);
        }

        var text = root.ToFullString();
        var result = new StringBuilder();
        var last = 0;
        foreach (var token in scope.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken) && t.ValueText == name && t.Parent is not (MemberAccessExpressionSyntax or NameColonSyntax) && !(t.Parent?.Parent is MemberAccessExpressionSyntax access && access.Name.Identifier == t) && t.Parent?.Parent is not (NameColonSyntax or AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax })))
        {
            result.Append(text, last, token.SpanStart - last).Append(spelling);
            last = token.Span.End;
        }

        return result.Append(text, last, text.Length - last).ToString();
    }

    private static string? Goto(SyntaxNode root, Random random)
    {
        if (Pick(root.DescendantNodes().OfType<StatementSyntax>().Where(s => s.Parent is BlockSyntax && s is not LocalDeclarationStatementSyntax), random) is not { } statement)
        {
            return null;
        }

        var label = "mutant_label_" + random.Next(1000);
        return random.Next(2) == 0
            ? Replace(root, statement.Span, $"if (System.Environment.TickCount > 0) goto {label}; {statement} {label}: ;")
            : Replace(root, statement.Span, $"goto {label}; {label}: {statement}");
    }

    private static string? ShadowSdkName(SyntaxNode root, Random random)
    {
        var name = SdkTypeNames[random.Next(SdkTypeNames.Length)];
        if (random.Next(2) == 0)
        {
            // A generic parameter named like the SDK type, on a method that uses the name.
            return Pick(root.DescendantNodes().OfType<MethodDeclarationSyntax>().Where(m => m.TypeParameterList is null && m.DescendantTokens().Any(t => t.ValueText == name)), random) is { } method
                ? Replace(root, method.Identifier.Span, method.Identifier.Text + "<" + name + ">")
                : null;
        }

        // A user type of the same name next to the code that uses it.
        var type = Pick(root.DescendantNodes().OfType<TypeDeclarationSyntax>().Where(t => t.Parent is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax), random);
        return type is null ? null : Replace(root, new TextSpan(type.SpanStart, 0), $"internal sealed class {name} {{ public {name}(params object[] values) {{ }} public object? Value => null; }}\n");
    }

    private static string? GlobalUsingAlias(SyntaxNode root, Random random)
    {
        var model = new[] { ("Azure.Security.KeyVault.Keys.KeyClient", "KeyClient"), ("Azure.ResourceManager.KeyVault.ManagedHsmData", "ManagedHsmData"), ("Azure.ResourceManager.KeyVault.Models.ManagedHsmProperties", "ManagedHsmProperties"), ("Azure.Core.AzureLocation", "AzureLocation") };
        var (full, name) = model[random.Next(model.Length)];
        var alias = "Aliased" + name;
        var text = root.ToFullString();
        var renamed = new StringBuilder("global using " + alias + " = " + full + ";\n");
        var last = 0;
        foreach (var token in root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken) && t.ValueText == name && t.Parent is IdentifierNameSyntax && t.Parent.Parent is not QualifiedNameSyntax and not MemberAccessExpressionSyntax { Name: IdentifierNameSyntax }
            || (t.Parent?.Parent is MemberAccessExpressionSyntax access && access.Expression == t.Parent)))
        {
            renamed.Append(text, last, token.SpanStart - last).Append(alias);
            last = token.Span.End;
        }

        return last == 0 ? null : renamed.Append(text, last, text.Length - last).ToString();
    }

    private static string? StaticFunction(SyntaxNode root, Random random)
    {
        if (random.Next(2) == 0 && Pick(root.DescendantNodes().OfType<LambdaExpressionSyntax>().Where(l => !l.Modifiers.Any(SyntaxKind.StaticKeyword)), random) is { } lambda)
        {
            return Replace(root, new TextSpan(lambda.SpanStart, 0), "static ");
        }

        // The method's body moves to a static local function of the same signature, which the method calls.
        if (Pick(root.DescendantNodes().OfType<MethodDeclarationSyntax>().Where(m => m.Body is not null && m.TypeParameterList is null && m.ParameterList.Parameters.All(p => p.Modifiers.Count == 0)), random) is not { Body: { } body } method)
        {
            return null;
        }

        var isVoid = method.ReturnType is PredefinedTypeSyntax { Keyword.ValueText: "void" };
        var call = $"Inner({string.Join(", ", method.ParameterList.Parameters.Select(p => p.Identifier.Text))})";
        var modifiers = method.Modifiers.Any(SyntaxKind.AsyncKeyword) ? "static async" : "static";
        var local = $"{modifiers} {method.ReturnType} Inner{method.ParameterList} {body}";
        var newBody = $"{{ {(isVoid ? call + ";" : "return " + call + ";")} {local} }}";
        var text = root.ToFullString();
        var withoutAsync = method.Modifiers.FirstOrDefault(m => m.IsKind(SyntaxKind.AsyncKeyword)) is { RawKind: not 0 } asyncKeyword
            ? (Start: asyncKeyword.SpanStart, Length: asyncKeyword.Span.Length + 1)
            : (Start: body.SpanStart, Length: 0);
        var replaced = text.Substring(0, body.SpanStart) + newBody + text.Substring(body.Span.End);
        return replaced.Remove(withoutAsync.Start, withoutAsync.Length);
    }

    private static string? RecursiveHelper(SyntaxNode root, Random random)
    {
        if (Pick(root.DescendantNodes().OfType<MethodDeclarationSyntax>().Where(m => m.Body is { Statements.Count: > 0 } && m.TypeParameterList is null && m.ParameterList.Parameters.All(p => p.Modifiers.Count == 0)), random) is not { Body: { } body } method)
        {
            return null;
        }

        var call = $"{method.Identifier.Text}({string.Join(", ", method.ParameterList.Parameters.Select(p => p.Identifier.Text))})";
        var recursion = method.ReturnType is PredefinedTypeSyntax { Keyword.ValueText: "void" }
            ? $"if (System.Environment.TickCount < 0) {{ {call}; }} "
            : $"if (System.Environment.TickCount < 0) {{ _ = {call}; }} ";
        return Replace(root, new TextSpan(body.OpenBraceToken.Span.End, 0), " " + recursion);
    }

    private static string? VeryLongFile(SyntaxNode root, Random random)
    {
        if (root is not CompilationUnitSyntax { Members: [FileScopedNamespaceDeclarationSyntax scoped] } unit)
        {
            return null;
        }

        var copies = random.Next(10, 40);
        var head = unit.ToFullString().Substring(0, scoped.FullSpan.Start);
        var body = string.Concat(scoped.Members.Select(m => m.ToFullString()));
        var text = new StringBuilder(head);
        for (var i = 0; i < copies; i++)
        {
            text.Append("namespace ").Append(scoped.Name).Append(".Copy").Append(i).Append("\n{\n").Append(body).Append("\n}\n");
        }

        return text.ToString();
    }

    /// <summary>A method's body as a program of top-level statements: its parameters become locals set to <c>default!</c>,
    /// and the file's types follow.</summary>
    private static string? TopLevelProgram(SyntaxNode root, Random random)
    {
        if (root is not CompilationUnitSyntax unit
            || Pick(root.DescendantNodes().OfType<MethodDeclarationSyntax>().Where(m => m.Body is not null && m.TypeParameterList is null && m.ParameterList.Parameters.All(p => p.Modifiers.Count == 0 && p.Type is not null && p.Default is null)), random) is not { Body: { } body } method)
        {
            return null;
        }

        var text = unit.ToFullString();
        var usingsEnd = unit.Usings.Count > 0 ? unit.Usings.Last().FullSpan.End : 0;
        var locals = string.Concat(method.ParameterList.Parameters.Select(p => $"{p.Type} {p.Identifier.Text} = default!;\n"));
        var statements = string.Concat(body.Statements.Select(s => s.ToFullString()));
        var rest = text.Substring(usingsEnd);
        if (unit.Members is [FileScopedNamespaceDeclarationSyntax scoped])
        {
            // Top-level statements cannot precede a file-scoped namespace: the types go into a block namespace.
            rest = $"namespace {scoped.Name}\n{{\n{string.Concat(scoped.Members.Select(m => m.ToFullString()))}\n}}\n";
        }

        return text.Substring(0, usingsEnd) + locals + statements + rest;
    }
}
