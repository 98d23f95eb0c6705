using System.Threading.Tasks;
using HsmAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1002SoftDeleteDisabledAnalyzer, HsmAnalyzers.CodeFixes.Rules.HSM1002SoftDeleteDisabledFixer>;

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
}
