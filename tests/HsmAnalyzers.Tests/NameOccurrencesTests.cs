using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace HsmAnalyzers.Tests;

/// <summary>The text prefilter in front of member-wide rules (HSM1001): it may let a member through for nothing, never
/// skip one that holds a call.</summary>
public class NameOccurrencesTests
{
    private static readonly string[] Names = ["CreateOrUpdate", "CreateOrUpdateAsync"];

    [Fact]
    public void FindsTheNamesInsideTheSpanOnly()
    {
        var text = "class C { void A() { x.CreateOrUpdateAsync(); } void B() { y.Update(); } }";
        var tree = CSharpSyntaxTree.ParseText(text);
        var occurrences = new NameOccurrences(Names);
        var a = text.IndexOf("void A", System.StringComparison.Ordinal);
        var b = text.IndexOf("void B", System.StringComparison.Ordinal);
        Assert.True(occurrences.MayOccurIn(tree, TextSpan.FromBounds(a, b)));
        Assert.False(occurrences.MayOccurIn(tree, TextSpan.FromBounds(b, text.Length)));
        Assert.False(occurrences.MayOccurIn(tree, new TextSpan(0, 5)));
    }

    [Fact]
    public void AUnicodeEscapeLetsEveryMemberThrough()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { void A() { x.Create\\u004FrUpdate(); } void B() { } }");
        Assert.True(new NameOccurrences(Names).MayOccurIn(tree, new TextSpan(0, 5)));
    }
}
