using System.Collections.Immutable;

namespace HsmAnalyzers.Tests.Shapes;

/// <summary>What kind of value a snippet's <see cref="Snippet.Value"/> is, which decides the transformations that apply.</summary>
public enum ValueKind
{
    /// <summary>A compile-time constant (a string, number or bool literal): every value shape applies, <c>const</c> included.</summary>
    Constant,

    /// <summary>An immutable value that is not a C# constant (an SDK static member, <c>new ResourceIdentifier("…")</c>):
    /// every value shape but <c>const</c>.</summary>
    Immutable,

    /// <summary>An SDK model object made by a creation expression: the creation shapes (locals, helpers, top-level program).</summary>
    Model,
}

/// <summary>Which SDK surface a snippet is written against: the two cannot share a file's using directives (both name
/// a <c>ManagedHsmProperties</c>).</summary>
public enum Surface
{
    /// <summary>The Azure SDK's clients and the ARM management library.</summary>
    Sdk,

    /// <summary>The declarative resources of Azure.Provisioning.</summary>
    Provisioning,
}

/// <summary>
/// One rule's canonical snippet: the statements of <c>async Task Run(…)</c> in a class <c>C</c>, with the expression
/// under test written once as <c>{VALUE}</c>. The transformations rewrite where and how <see cref="Value"/> is written;
/// the findings (rule ID and the construct they sit on) must stay those of the canonical program.
/// </summary>
/// <param name="Name">The rule and what the snippet shows, as the test names it.</param>
/// <param name="Compliant">True for the compliant form: the canonical program must have no finding of <paramref name="RuleId"/>.</param>
/// <param name="RuleId">The rule the snippet is about: the non-compliant form must have a finding of it.</param>
/// <param name="Kind">What kind of value <paramref name="Value"/> is.</param>
/// <param name="ValueType">The type <paramref name="Value"/> is written as when it is moved out of the expression.</param>
/// <param name="Value">The expression under test.</param>
/// <param name="Body">The statements of <c>Run</c>, with <c>{VALUE}</c> where the value goes.</param>
/// <param name="Parameters">The parameters of <c>Run</c> (in a top-level program, locals set to <c>null!</c>).</param>
/// <param name="Members">Other members of <c>C</c>.</param>
/// <param name="NamedBody"><paramref name="Body"/> with the SDK call's arguments named and in another order; null
/// when <paramref name="NotApplicable"/> says why not.</param>
/// <param name="NotApplicable">Transformations that do not apply to this snippet beyond those its kind excludes, and why.</param>
/// <param name="AssignedBody"><paramref name="Body"/> with the property that holds the value set by an assignment after
/// the object's creation instead of in its initializer; null when the value is not set in an initializer.</param>
/// <param name="AssignedPath">How <paramref name="AssignedBody"/> writes the assigned property (<c>hsm.Properties.X</c>
/// for the initializer's <c>X</c>), undone before findings are compared.</param>
/// <param name="Surface">The SDK surface the snippet is written against.</param>
/// <param name="Options">Analyzer options (<c>.editorconfig</c> keys) the snippet's rule needs.</param>
public sealed record Snippet(
    string Name,
    bool Compliant,
    string RuleId,
    ValueKind Kind,
    string ValueType,
    string Value,
    string Body,
    string Parameters = "",
    string Members = "",
    string? NamedBody = null,
    ImmutableDictionary<string, string>? NotApplicable = null,
    string? AssignedBody = null,
    (string Assigned, string Initializer)? AssignedPath = null,
    Surface Surface = Surface.Sdk,
    ImmutableDictionary<string, string>? Options = null)
{
    public override string ToString() => Name;
}
