using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;

namespace HsmAnalyzers.Tests.Shapes;

/// <summary>A snippet rewritten by a transformation: the text written where <c>{VALUE}</c> was, and what goes around it.</summary>
/// <param name="Replacement">What is written at <c>{VALUE}</c>.</param>
/// <param name="Body">The statements, with <c>{VALUE}</c> (the snippet's body or its named-argument form).</param>
/// <param name="Prefix">Statements before the body.</param>
/// <param name="LocalFunctions">Local functions after the body.</param>
/// <param name="Members">Members added to <c>C</c> (in a top-level program, to <c>Program</c>).</param>
/// <param name="Types">Types added to the file.</param>
/// <param name="TopLevel">The statements are a top-level program instead of the body of <c>C.Run</c>.</param>
/// <param name="SeparateMember">The value is now written in another member: a finding of a trace that sat inside it
/// may move to <paramref name="Replacement"/>, the use, where it can still be seen but not fixed.</param>
/// <param name="NamespaceUsings">Using directives of a file-scoped namespace around the program (there, unlike at the top
/// of the file, an alias may name a type imported by the file's usings).</param>
/// <param name="OtherFile">Types put in a second file of the project.</param>
/// <param name="Spelling">How the variant spells what the canonical program writes otherwise (<c>new(</c> for
/// <c>new T(</c>), undone before findings are compared.</param>
public sealed record Variant(
    string Replacement,
    string Body,
    string Prefix = "",
    string LocalFunctions = "",
    string Members = "",
    string Types = "",
    bool TopLevel = false,
    bool SeparateMember = false,
    (string Variant, string Canonical)? Spelling = null,
    string NamespaceUsings = "",
    string? OtherFile = null);

/// <summary>A semantics-preserving rewrite of a snippet, and the kinds of value it applies to (with why not, for the others).</summary>
public sealed record Transformation(string Name, ImmutableArray<ValueKind> Kinds, string WhyNotForOtherKinds, Func<Snippet, string?> WhyNot, Func<Snippet, Variant> Apply)
{
    public override string ToString() => Name;

    /// <summary>Why the transformation does not apply to <paramref name="snippet"/>; null when it applies.</summary>
    public string? NotApplicable(Snippet snippet) =>
        snippet.NotApplicable?.TryGetValue(Name, out var reason) == true ? reason
        : !Kinds.Contains(snippet.Kind) ? WhyNotForOtherKinds
        : WhyNot(snippet);
}

/// <summary>The table of transformations. A new shape is one entry here; it runs on every snippet it applies to.</summary>
public static class Transformations
{
    private static readonly ImmutableArray<ValueKind> Values = [ValueKind.Constant, ValueKind.Immutable];
    private static readonly ImmutableArray<ValueKind> AllKinds = [ValueKind.Constant, ValueKind.Immutable, ValueKind.Model];
    private static readonly ImmutableArray<ValueKind> Models = [ValueKind.Model];

    private const string NotForModels = "a model object is mutable: held in a field or built in one of two arms, any code may change it (docs/shapes.md)";
    private const string NotForValues = "a method's result is not a value known at compile time: values are not followed into methods (docs/shapes.md)";
    private const string NotConstant = "the value is not a C# constant";
    private const string NotAStringLiteral = "the value is not a string literal to split";
    private const string ReferenceType = "a reference type has no Nullable<T>.Value";
    private const string NotProvisioning = "only a property of an Azure.Provisioning resource holds a BicepValue<T>";
    private const string NotInAnInitializer = "the snippet sets no property in an object initializer";
    private const string NoExtensionCall = "the snippet calls no extension method of the SDK";

    /// <summary>The SDK's extension methods the snippets call, written as calls on the receiver, and the class that
    /// declares each: the static form is <c>Class.Method(receiver, arguments)</c>.</summary>
    private static readonly Regex ExtensionCall = new(@"\b(?<receiver>group|arm)\.(?<method>GetManagedHsms|GetDiagnosticSettings|GetRoleAssignments)\((?<arguments>[^()]*(\([^()]*\)[^()]*)*)\)");

    private static readonly ImmutableDictionary<string, string> ExtensionClasses = ImmutableDictionary<string, string>.Empty
        .Add("GetManagedHsms", "KeyVaultExtensions")
        .Add("GetDiagnosticSettings", "MonitorExtensions")
        .Add("GetRoleAssignments", "AuthorizationExtensions");

    private static readonly Regex StaticExtensionCall = new(@"\b(?<class>KeyVaultExtensions|MonitorExtensions|AuthorizationExtensions)\.(?<method>\w+)\((?<receiver>group|arm)(, )?(?<arguments>[^()]*(\([^()]*\)[^()]*)*)\)");

    private static string StaticExtensionCalls(string body) => ExtensionCall.Replace(body, match =>
        $"{ExtensionClasses[match.Groups["method"].Value]}.{match.Groups["method"].Value}({match.Groups["receiver"].Value}{(match.Groups["arguments"].Length == 0 ? "" : ", " + match.Groups["arguments"].Value)})");

    /// <summary>A construct of the static-call variant written back as the canonical program writes it.</summary>
    public static string UndoStaticExtensionCalls(string construct) => StaticExtensionCall.Replace(construct, match =>
        $"{match.Groups["receiver"].Value}.{match.Groups["method"].Value}({match.Groups["arguments"].Value})");

    /// <summary>Reference types among the snippets' value types: no nullable shape for them.</summary>
    private static readonly ImmutableHashSet<string> ReferenceTypes = ImmutableHashSet.Create("string", "ResourceIdentifier", "Uri");

    public static ImmutableArray<Transformation> All { get; } =
    [
        new("canonical", AllKinds, "", _ => null, s => new(s.Value, s.Body)),
        new("named arguments in another order", AllKinds, "", s => s.NamedBody is null ? "the snippet has no call with arguments to reorder" : null,
            s => new(s.Value, s.NamedBody!)),
        new("var local", AllKinds, "", _ => null, s => new("shapeValue", s.Body, Prefix: $"var shapeValue = {s.Value};")),
        new("explicitly typed local", AllKinds, "", _ => null, s => new("shapeValue", s.Body, Prefix: $"{s.ValueType} shapeValue = {s.Value};")),
        new("target-typed new() local", AllKinds, "", s => IsCreation(s) ? null : "the value is not a creation",
            s => new("shapeValue", s.Body, Prefix: $"{s.ValueType} shapeValue = new{s.Value.Substring(("new " + s.ValueType).Length)};", Spelling: ("new(", $"new {s.ValueType}("))),
        new("const", [ValueKind.Constant], NotConstant, _ => null,
            s => new("ShapeValue", s.Body, Members: $"const {s.ValueType} ShapeValue = {s.Value};")),
        new("static readonly field", Values, NotForModels, _ => null,
            s => new("ShapeValue", s.Body, Members: $"static readonly {s.ValueType} ShapeValue = {s.Value};")),
        new("readonly instance field", Values, NotForModels, _ => null,
            s => new("_shapeValue", s.Body, Members: $"private readonly {s.ValueType} _shapeValue = {s.Value};")),
        new("get-only static auto-property", Values, NotForModels, _ => null,
            s => new("ShapeValue", s.Body, Members: $"static {s.ValueType} ShapeValue {{ get; }} = {s.Value};")),
        new("expression-bodied static property", Values, NotForModels, _ => null,
            s => new("ShapeValue", s.Body, Members: $"static {s.ValueType} ShapeValue => {s.Value};")),
        new("static readonly field of another class", Values, NotForModels, _ => null,
            s => new("ShapeSettings.Value", s.Body, Types: $"static class ShapeSettings {{ public static readonly {s.ValueType} Value = {s.Value}; }}")),
        new("conditional with equal arms", Values, NotForModels, _ => null,
            s => new($"(Environment.Is64BitProcess ? {s.Value} : {s.Value})", s.Body)),
        new("switch expression with equal arms", Values, NotForModels, _ => null,
            s => new($"(Environment.ProcessorCount switch {{ 1 => {s.Value}, _ => {s.Value} }})", s.Body)),
        new("nullable local read with .Value", Values, NotForModels, s => ReferenceTypes.Contains(s.ValueType) ? ReferenceType : null,
            s => new("shapeValue.Value", s.Body, Prefix: $"{s.ValueType}? shapeValue = {s.Value};")),
        new("interpolation with a const hole", Values, NotForModels, s => IsStringLiteral(s) ? null : NotAStringLiteral,
            s => new($"$\"{{ShapePart}}{Tail(s)}\"", s.Body, Members: $"const string ShapePart = \"{Head(s)}\";")),
        new("interpolation with a static readonly hole", Values, NotForModels, s => IsStringLiteral(s) ? null : NotAStringLiteral,
            s => new($"$\"{{ShapePart}}{Tail(s)}\"", s.Body, Members: $"static readonly string ShapePart = \"{Head(s)}\";")),
        new("concatenation with a static readonly part", Values, NotForModels, s => IsStringLiteral(s) ? null : NotAStringLiteral,
            s => new($"(ShapePart + \"{Tail(s)}\")", s.Body, Members: $"static readonly string ShapePart = \"{Head(s)}\";")),
        new("local function, expression-bodied", Models, NotForValues, _ => null,
            s => new("ShapeMake()", s.Body, LocalFunctions: $"{s.ValueType} ShapeMake() => {s.Value};")),
        new("static local function, block", Models, NotForValues, _ => null,
            s => new("ShapeMake()", s.Body, LocalFunctions: $"static {s.ValueType} ShapeMake() {{ var made = {s.Value}; return made; }}")),
        new("async local function", Models, NotForValues, _ => null,
            s => new("await ShapeMakeAsync()", s.Body, LocalFunctions: $"async Task<{s.ValueType}> ShapeMakeAsync() {{ await Task.Yield(); return {s.Value}; }}")),
        new("private helper, expression-bodied", Models, NotForValues, _ => null,
            s => new("ShapeMake()", s.Body, Members: $"private static {s.ValueType} ShapeMake() => {s.Value};", SeparateMember: true)),
        new("private helper, block", Models, NotForValues, _ => null,
            s => new("ShapeMake()", s.Body, Members: $"private static {s.ValueType} ShapeMake() {{ var made = {s.Value}; return made; }}", SeparateMember: true)),
        new("async private helper", Models, NotForValues, _ => null,
            s => new("await ShapeMakeAsync()", s.Body, Members: $"private static async Task<{s.ValueType}> ShapeMakeAsync() {{ await Task.Yield(); return {s.Value}; }}", SeparateMember: true)),
        new("parenthesized", AllKinds, "", _ => null, s => new($"({s.Value})", s.Body)),
        new("cast to its own type", AllKinds, "", _ => null, s => new($"(({s.ValueType})({s.Value}))", s.Body)),
        new("const local", [ValueKind.Constant], NotConstant, _ => null,
            s => new("shapeValue", s.Body, Prefix: $"const {s.ValueType} shapeValue = {s.Value};")),
        new("local of a using alias type", AllKinds, "", _ => null,
            s => new("shapeValue", s.Body, Prefix: $"ShapeType shapeValue = {s.Value};", NamespaceUsings: $"using ShapeType = {s.ValueType};")),
        new("static readonly field in another file", Values, NotForModels, _ => null,
            s => new("ShapeSettings.Value", s.Body, OtherFile: $"static class ShapeSettings {{ public static readonly {s.ValueType} Value = {s.Value}; }}")),
        new("tuple deconstruction into a local", AllKinds, "", _ => null,
            s => new("shapeValue", s.Body, Prefix: $"var (shapeValue, shapeOther) = ({s.Value}, 0); GC.KeepAlive(shapeOther);")),
        new("assignment after the creation instead of the initializer", AllKinds, "", s => s.AssignedBody is null ? NotInAnInitializer : null,
            s => new(s.Value, s.AssignedBody!, Spelling: s.AssignedPath)),
        new("explicit BicepValue<T> creation", Values, NotForModels, s => s.Surface == Surface.Provisioning ? null : NotProvisioning,
            s => new($"new BicepValue<{s.ValueType}>({s.Value})", s.Body)),
        new("extension methods called as static methods", AllKinds, "", s => StaticExtensionCalls(s.Body) == s.Body ? NoExtensionCall : null,
            s => new(s.Value, StaticExtensionCalls(s.Body))),
        new("var pattern instead of a local", AllKinds, "", _ => null,
            s => new("shapeValue", s.Body, Prefix: $"if (!({s.Value} is var shapeValue)) {{ return; }}")),
        new("top-level program", AllKinds, "", _ => null, s => new(s.Value, s.Body, TopLevel: true)),
        new("top-level program with a local", AllKinds, "", _ => null, s => new("shapeValue", s.Body, Prefix: $"var shapeValue = {s.Value};", TopLevel: true)),
        new("top-level program with a local function", Models, NotForValues, _ => null,
            s => new("ShapeMake()", s.Body, LocalFunctions: $"{s.ValueType} ShapeMake() => {s.Value};", TopLevel: true)),
    ];

    private static bool IsCreation(Snippet snippet) => snippet.Value.StartsWith("new " + snippet.ValueType + "(", StringComparison.Ordinal);

    private static bool IsStringLiteral(Snippet snippet) =>
        snippet.Value.Length >= 2 && snippet.Value[0] == '"' && snippet.Value[snippet.Value.Length - 1] == '"' && snippet.Value.IndexOf('\\') < 0;

    private static string Text(Snippet snippet) => snippet.Value.Substring(1, snippet.Value.Length - 2);

    private static string Head(Snippet snippet) => Text(snippet).Substring(0, Text(snippet).Length / 2);

    private static string Tail(Snippet snippet) => Text(snippet).Substring(Text(snippet).Length / 2);
}
