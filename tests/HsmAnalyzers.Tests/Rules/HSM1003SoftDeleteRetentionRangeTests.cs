using System.Threading.Tasks;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1003SoftDeleteRetentionRangeRule, HsmAnalyzers.CodeFixes.Rules.HSM1003SoftDeleteRetentionRangeFixer>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1003SoftDeleteRetentionRangeTests
{
    public class Valid
    {
        [Theory]
        [InlineData("7")]
        [InlineData("90")]
        [InlineData("null")]
        [InlineData("days")]
        [InlineData("production ? 90 : 7")]
        public Task InRangeOrUnknown(string value) => Verify.VerifyAnalyzerAsync($$"""
            class C
            {
                ManagedHsmProperties Build(int days, bool production) => new ManagedHsmProperties { SoftDeleteRetentionInDays = {{value}} };
            }
            """);

        [Fact]
        public Task LocalWrittenTwice() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                ManagedHsmProperties Build(bool production)
                {
                    var days = 3;
                    if (production)
                    {
                        days = 90;
                    }

                    return new ManagedHsmProperties { SoftDeleteRetentionInDays = days };
                }
            }
            """);
    }

    public class Diagnostics
    {
        [Theory]
        [InlineData("0", "0", "7")]
        [InlineData("6", "6", "7")]
        [InlineData("91", "91", "90")]
        [InlineData("365", "365", "90")]
        [InlineData("(int?)365", "365", "90")]
        [InlineData("Retention", "120", "90")]
        [InlineData("retention", "5", "7")]
        public Task OutOfRange(string value, string shown, string fixedValue) => Verify.VerifyFixAsync($$"""
            class C
            {
                const int Retention = 120;

                ManagedHsmProperties Build()
                {
                    var retention = 5;
                    return new ManagedHsmProperties { {|#0:SoftDeleteRetentionInDays = {{value}}|} };
                }
            }
            """, $$"""
            class C
            {
                const int Retention = 120;

                ManagedHsmProperties Build()
                {
                    var retention = 5;
                    return new ManagedHsmProperties { SoftDeleteRetentionInDays = {{fixedValue}} };
                }
            }
            """,
            expected: Verify.Diagnostic("HSM1003").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0).WithArguments(shown));

        [Fact]
        public Task OneBranchOutOfRangeHasNoFix()
        {
            const string Source = """
                class C
                {
                    void Run(ManagedHsmResource hsm, bool production)
                    {
                        var data = hsm.Data;
                        {|#0:data.Properties.SoftDeleteRetentionInDays = production ? 90 : 3|};
                    }
                }
                """;
            return Verify.VerifyFixAsync(Source, Source, expected: Verify.Diagnostic("HSM1003").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0).WithArguments(3));
        }
    }

    /// <summary>The same practice on a Managed HSM declared with Azure.Provisioning.</summary>
    public class Provisioning
    {
        [Fact]
        public Task InRangeOrUnknownIsSilent() => Verify.VerifyProvisioningAnalyzerAsync("""
            class C
            {
                void Build(Infrastructure infrastructure, ProvisioningParameter retention)
                {
                    var hsm = new ManagedHsm("hsm") { Properties = new ManagedHsmProperties { SoftDeleteRetentionInDays = 90 } };
                    hsm.Properties.SoftDeleteRetentionInDays = retention;
                    infrastructure.Add(hsm);
                }
            }
            """);

        [Fact]
        public Task OutOfRange() => Verify.VerifyProvisioningFixAsync("""
            class C
            {
                const int Retention = 365;

                void Build(Infrastructure infrastructure)
                {
                    var hsm = new ManagedHsm("hsm") { Properties = new ManagedHsmProperties { [|SoftDeleteRetentionInDays = 3|] } };
                    [|hsm.Properties.SoftDeleteRetentionInDays = Retention|];
                    infrastructure.Add(hsm);
                }
            }
            """, """
            class C
            {
                const int Retention = 365;

                void Build(Infrastructure infrastructure)
                {
                    var hsm = new ManagedHsm("hsm") { Properties = new ManagedHsmProperties { SoftDeleteRetentionInDays = 7 } };
                    hsm.Properties.SoftDeleteRetentionInDays = 90;
                    infrastructure.Add(hsm);
                }
            }
            """);
    }
}
