using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using HsmAnalyzers.Engine;
using HsmAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1002SoftDeleteDisabledRule, HsmAnalyzers.CodeFixes.Rules.HSM1002SoftDeleteDisabledFixer>;

namespace HsmAnalyzers.Tests;

public class SdkSymbolsTests
{
    /// <summary>Two referenced assemblies define the same SDK type (say, two versions of a package side by side):
    /// <c>GetTypeByMetadataName</c> gives up on such a name; the rules must not.</summary>
    [Fact]
    public async Task TypeDefinedInTwoReferencedAssembliesIsStillMatched()
    {
        var shadow = CSharpCompilation.Create(
                "Shadow.KeyVault",
                [CSharpSyntaxTree.ParseText("namespace Azure.ResourceManager.KeyVault.Models { public class ManagedHsmProperties { public bool? EnableSoftDelete { get; set; } } }")],
                await AnalyzerRunner.ReferencesAsync(withAzureSdk: false),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .ToMetadataReference();

        var test = new Verify.Test
        {
            TestCode = Verify.Usings.Replace("using Azure.ResourceManager.KeyVault.Models;\n", string.Empty) + """
                class C
                {
                    void Run(ManagedHsmResource hsm) => [|hsm.Data.Properties.EnableSoftDelete = false|];
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(shadow);
        await test.RunAsync();
    }

    /// <summary>The driver clones the compilation for each document the IDE analyses, and an edit makes a new one:
    /// they get the symbols already resolved.</summary>
    [Fact]
    public async Task ClonedOrEditedCompilationReusesTheSymbols()
    {
        var compilation = await AnalyzerRunner.CompileAsync([("A.cs", "class A { }")]);
        var symbols = SdkSymbols.For(compilation);
        var tree = compilation.SyntaxTrees.Single();

        Assert.False(symbols.IsEmpty);
        Assert.Same(symbols, SdkSymbols.For(compilation.Clone()));
        Assert.Same(symbols, SdkSymbols.For(compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(0, 0, "// edited\n")))));
    }

    [Fact]
    public async Task OtherReferencesResolveAgain()
    {
        var compilation = await AnalyzerRunner.CompileAsync([("A.cs", "class A { }")]);
        Assert.False(SdkSymbols.For(compilation).IsEmpty);

        var withoutSdk = compilation.WithReferences(await AnalyzerRunner.ReferencesAsync(withAzureSdk: false));
        Assert.True(SdkSymbols.For(withoutSdk).IsEmpty);
    }

    /// <summary>A type of the project's own that only shares a simple name with one of the SDK's (a class named
    /// Environment or Response is common) does not make every clone resolve the symbols again.</summary>
    [Fact]
    public async Task SourceTypeSharingOnlyASimpleNameStillReusesTheSymbols()
    {
        var compilation = await AnalyzerRunner.CompileAsync([("A.cs", "namespace Contoso { class Environment { } class Response { } }")]);
        var symbols = SdkSymbols.For(compilation);

        Assert.Same(symbols, SdkSymbols.For(compilation.Clone()));
    }

    [Fact]
    public async Task SourceDeclaringAnSdkTypeResolvesAgain()
    {
        var compilation = await AnalyzerRunner.CompileAsync([("A.cs", "class A { }")]);
        var symbols = SdkSymbols.For(compilation);

        var withSourceType = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Azure.ResourceManager.KeyVault { public class ManagedHsmData { } }", AnalyzerRunner.ParseOptions));
        var again = SdkSymbols.For(withSourceType);

        Assert.NotSame(symbols, again);
        Assert.True(again.ArmKeyVault.ManagedHsmData.Matches(withSourceType.Assembly.GetTypeByMetadataName("Azure.ResourceManager.KeyVault.ManagedHsmData")));
    }

    /// <summary>Every type and property the rules name resolves against the stand-ins: a misspelt or renamed name fails
    /// here, where it would otherwise be a handle that never matches (and a rule that never reports).</summary>
    [Fact]
    public async Task EveryTypeAndPropertyTheRulesNameResolves()
    {
        var compilation = await AnalyzerRunner.CompileAsync([("A.cs", "class A { }")]);
        var handles = Handles(SdkSymbols.For(compilation), "SdkSymbols").ToList();

        Assert.Contains(handles, handle => handle.Value is SdkProperty);
        Assert.Empty(handles.Where(handle => handle.Value is SdkType { Exists: false } or SdkProperty { Exists: false }).Select(handle => handle.Path));
    }

    [Fact]
    public async Task EveryMetadataNameIsResolved()
    {
        var compilation = await AnalyzerRunner.CompileAsync([("A.cs", "class A { }")]);
        var resolved = Handles(SdkSymbols.For(compilation), "SdkSymbols").Select(handle => handle.Value).OfType<SdkType>().Select(type => type.MetadataName).ToHashSet();
        var names = typeof(SdkNames).GetNestedTypes()
            .SelectMany(area => area.GetFields().Where(field => field.IsLiteral && !field.Name.EndsWith("Namespace", System.StringComparison.Ordinal)))
            .Select(field => (string)field.GetRawConstantValue()!);

        // Looked up or written by one fixer or rule only, never matched: resolved here instead.
        string[] fixersOnly = [SdkNames.ArmKeyVault.ArmClient, SdkNames.ArmKeyVault.ArmOperation, SdkNames.ArmKeyVault.ManagedHsmNetworkRuleBypassOption,
            SdkNames.Core.Task, SdkNames.Core.DateTimeOffset,
        ];
        Assert.Empty(names.Except(resolved).Except(fixersOnly));
        Assert.All(fixersOnly, name => Assert.NotNull(compilation.GetTypeByMetadataName(name)));
    }

    private static IEnumerable<(string Path, object Value)> Handles(object area, string path)
    {
        foreach (var property in area.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(area);
            var at = path + "." + property.Name;
            switch (value)
            {
                case SdkType or SdkProperty:
                    yield return (at, value);
                    break;
                case IEnumerable elements and not string:
                    foreach (var element in elements)
                    {
                        yield return (at + "[]", element);
                    }

                    break;
                case not null when value.GetType().Namespace == typeof(SdkSymbols).Namespace:
                    foreach (var handle in Handles(value, at))
                    {
                        yield return handle;
                    }

                    break;
            }
        }
    }
}
