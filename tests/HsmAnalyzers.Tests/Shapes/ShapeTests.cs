using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace HsmAnalyzers.Tests.Shapes;

/// <summary>
/// Metamorphic tests (issue 13): every value-following rule's canonical snippets (<see cref="ShapeSnippets"/>), rewritten
/// by every semantics-preserving transformation that applies (<see cref="Transformations"/>), have the findings of the
/// canonical program: the same rule IDs on the same constructs. A finding that sat inside a value moved to another
/// member sits on the use instead (where it can still be seen but not fixed), which the comparison maps back.
/// </summary>
public class ShapeTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Cases() =>
        from snippet in ShapeSnippets.All
        from transformation in Transformations.All
        where transformation.Name != "canonical"
        select new object[] { snippet.Name, transformation.Name };

    public static IEnumerable<object[]> Snippets() => ShapeSnippets.All.Select(snippet => new object[] { snippet.Name });

    [Theory]
    [MemberData(nameof(Snippets))]
    public async Task CanonicalSnippetShowsItsRule(string snippetName)
    {
        var snippet = ShapeSnippets.Named(snippetName);
        var canonical = Transformations.All.Single(t => t.Name == "canonical").Apply(snippet);
        var findings = await ShapeRunner.FindingsAsync(ShapeRunner.Program(snippet, canonical), topLevel: false, snippet.Options);
        Assert.Equal(!snippet.Compliant, findings.Any(f => f.Id == snippet.RuleId));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task TransformationKeepsTheFindings(string snippetName, string transformationName)
    {
        var snippet = ShapeSnippets.Named(snippetName);
        var transformation = Transformations.All.Single(t => t.Name == transformationName);
        if (transformation.NotApplicable(snippet) is { } reason)
        {
            output.WriteLine($"Not applicable: {reason}");
            return;
        }

        var canonicalVariant = Transformations.All.Single(t => t.Name == "canonical").Apply(snippet);
        var canonical = await ShapeRunner.FindingsAsync(ShapeRunner.Program(snippet, canonicalVariant), topLevel: false, snippet.Options);
        var variant = transformation.Apply(snippet);
        var source = ShapeRunner.Program(snippet, variant);
        var found = await ShapeRunner.FindingsAsync(source, variant.TopLevel, snippet.Options, ShapeRunner.OtherFile(snippet, variant));

        var value = ShapeRunner.Normalize(snippet.Value);
        var expected = canonical.Select(f => f.Id + " on " + f.Construct).OrderBy(f => f, System.StringComparer.Ordinal).ToList();
        var actual = found
            .Select(f => f.Id + " on " + BackToCanonical(f.Construct, variant, snippet))
            .Select(f => variant.SeparateMember && !expected.Contains(f) && f.EndsWith(" on " + value, System.StringComparison.Ordinal)
                ? expected.FirstOrDefault(e => e.StartsWith(f.Substring(0, f.IndexOf(' ')) + " on ", System.StringComparison.Ordinal) && value.Contains(e.Substring(e.IndexOf(" on ") + 4))) ?? f
                : f)
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .ToList();
        Assert.True(expected.SequenceEqual(actual), $"Expected:\n  {string.Join("\n  ", expected)}\nFound:\n  {string.Join("\n  ", actual)}\n\n{source}");
    }

    /// <summary>The construct's text with the variant's rewrites undone: the replacement written back as the value,
    /// and a call whose arguments were named and reordered written as its receiver and method.</summary>
    private static string BackToCanonical(string construct, Variant variant, Snippet snippet)
    {
        var replacement = ShapeRunner.Normalize(variant.Replacement);
        var value = ShapeRunner.Normalize(snippet.Value);
        if (replacement != value)
        {
            construct = construct.Replace(replacement, value);
            if (replacement.StartsWith('(') && replacement.EndsWith(')'))
            {
                construct = construct.Replace(replacement.Substring(1, replacement.Length - 2), value);
            }
        }

        if (variant.Spelling is { } spelling)
        {
            construct = construct.Replace(spelling.Variant, spelling.Canonical);
        }

        construct = Transformations.UndoStaticExtensionCalls(construct);

        if (snippet.NamedBody is { } named && variant.Body == named)
        {
            // A construct that holds the reordered arguments is the canonical one that starts at the same place: the
            // two bodies differ only inside it.
            var canonicalBody = ShapeRunner.Normalize(snippet.Body.Replace("{VALUE}", snippet.Value));
            var namedBody = ShapeRunner.Normalize(named.Replace("{VALUE}", snippet.Value));
            var start = namedBody.IndexOf(construct, System.StringComparison.Ordinal);
            var length = construct.Length + canonicalBody.Length - namedBody.Length;
            if (!canonicalBody.Contains(construct) && start >= 0 && start + length <= canonicalBody.Length && length > 0
                && canonicalBody.Substring(start + length) == namedBody.Substring(start + construct.Length))
            {
                construct = canonicalBody.Substring(start, length);
            }
        }

        return construct;
    }
}
