using HsmAnalyzers.Engine;

namespace HsmAnalyzers.Tests;

/// <summary>The "names a person" heuristic of HSM1101 and HSM1103, word by word.</summary>
public class PrincipalNamesTests
{
    public static TheoryData<string> PersonWords() => [.. PrincipalNames.PersonWords];

    public static TheoryData<string> GroupWords() => [.. PrincipalNames.GroupWords];

    [Theory]
    [MemberData(nameof(PersonWords))]
    public void EveryPersonWordNamesAPerson(string word)
    {
        Assert.Equal(PrincipalSource.Person, PrincipalNames.ClassifyName(word + "ObjectId"));
        Assert.Equal(PrincipalSource.Person, PrincipalNames.ClassifyName("ADMIN_" + word.ToUpperInvariant() + "_OBJECT_ID"));
        Assert.Equal(PrincipalSource.Person, PrincipalNames.ClassifyName("the" + char.ToUpperInvariant(word[0]) + word.Substring(1) + "s"));
    }

    [Theory]
    [MemberData(nameof(GroupWords))]
    public void EveryGroupWordWinsOverAPersonWord(string word)
    {
        Assert.Equal(PrincipalSource.Group, PrincipalNames.ClassifyName(word + "Id"));
        Assert.Equal(PrincipalSource.Group, PrincipalNames.ClassifyName("user" + char.ToUpperInvariant(word[0]) + word.Substring(1) + "ObjectId"));
    }

    [Theory]
    [InlineData("signedInUpn", "Person")]
    [InlineData("SIGNED_IN_OBJECT_ID", "Person")]
    [InlineData("currentUserId", "Person")]
    [InlineData("CURRENTUSER", "Person")]
    [InlineData("adminUPNValue", "Person")]
    [InlineData("user1Id", "Person")]
    [InlineData("adminEmail", "Person")]
    [InlineData("adminObjectId", "Unknown")]
    [InlineData("principalId", "Unknown")]
    [InlineData("userNameSpace", "Person")]
    [InlineData("name", "Unknown")]
    [InlineData("mesh", "Unknown")]
    [InlineData("status", "Unknown")]
    [InlineData("hsmAdminsSg", "Group")]
    [InlineData("ADMIN_GROUP_OBJECT_ID", "Group")]
    [InlineData("", "Unknown")]
    public void Names(string name, string expected) => Assert.Equal(expected, PrincipalNames.ClassifyName(name).ToString());

    [Theory]
    [InlineData("signedInUPN", new[] { "signed", "in", "upn" })]
    [InlineData("MY_OBJECT_ID", new[] { "my", "object", "id" })]
    [InlineData("user2FA", new[] { "user", "2", "fa" })]
    [InlineData("__x", new[] { "x" })]
    public void Words(string name, string[] expected) => Assert.Equal(expected, PrincipalNames.Words(name));
}
