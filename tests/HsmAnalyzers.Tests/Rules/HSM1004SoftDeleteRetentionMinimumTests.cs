using System.Threading.Tasks;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1004SoftDeleteRetentionMinimumRule, HsmAnalyzers.CodeFixes.Rules.HSM1004SoftDeleteRetentionMinimumFixer>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1004SoftDeleteRetentionMinimumTests
{
    public class Valid
    {
        [Theory]
        [InlineData("90")]
        [InlineData("null")]
        [InlineData("days")]
        [InlineData("3")]
        [InlineData("120")]
        [InlineData("production ? 90 : 30")]
        public Task AtMinimumUnknownOrOutOfRange(string value) => Verify.VerifyAnalyzerAsync($$"""
            class C
            {
                ManagedHsmProperties Build(int days, bool production) => new ManagedHsmProperties { SoftDeleteRetentionInDays = {{value}} };
            }
            """);

        [Theory]
        [InlineData("hsm_analyzers.minimum_soft_delete_retention_days = 30")]
        [InlineData("hsm_analyzers.minimum_soft_delete_retention_days = 7")]
        public Task AtConfiguredMinimum(string option) => Verify.VerifyAnalyzerAsync("""
            class C
            {
                ManagedHsmProperties Build() => new ManagedHsmProperties { SoftDeleteRetentionInDays = 30 };
            }
            """,
            option);
    }

    public class Diagnostics
    {
        [Theory]
        [InlineData("7", "7")]
        [InlineData("89", "89")]
        [InlineData("(int?)30", "30")]
        [InlineData("Retention", "30")]
        [InlineData("retention", "14")]
        public Task BelowDefaultMinimum(string value, string shown) => Verify.VerifyFixAsync($$"""
            class C
            {
                const int Retention = 30;

                ManagedHsmProperties Build()
                {
                    var retention = 14;
                    return new ManagedHsmProperties { {|#0:SoftDeleteRetentionInDays = {{value}}|} };
                }
            }
            """, """
            class C
            {
                const int Retention = 30;

                ManagedHsmProperties Build()
                {
                    var retention = 14;
                    return new ManagedHsmProperties { SoftDeleteRetentionInDays = 90 };
                }
            }
            """,
            expected: Verify.Diagnostic("HSM1004").WithLocation(0).WithArguments(shown, 90));

        [Theory]
        [InlineData("hsm_analyzers.minimum_soft_delete_retention_days = 60", 60)]
        [InlineData("hsm_analyzers.minimum_soft_delete_retention_days = 60 ", 60)]
        [InlineData("hsm_analyzers.minimum_soft_delete_retention_days = sixty", 90)]
        [InlineData("hsm_analyzers.minimum_soft_delete_retention_days = 400", 90)]
        [InlineData("hsm_analyzers.minimum_soft_delete_retention_days = -1", 90)]
        public Task ConfiguredMinimum(string option, int minimum) => Verify.VerifyFixAsync("""
            class C
            {
                void Run(ManagedHsmProperties properties)
                {
                    {|#0:properties.SoftDeleteRetentionInDays = 30|};
                }
            }
            """, $$"""
            class C
            {
                void Run(ManagedHsmProperties properties)
                {
                    properties.SoftDeleteRetentionInDays = {{minimum}};
                }
            }
            """,
            option,
            Verify.Diagnostic("HSM1004").WithLocation(0).WithArguments(30, minimum));

        [Fact]
        public Task BothBranchesBelowMinimumHasNoFix()
        {
            const string Source = """
                class C
                {
                    ManagedHsmProperties Build(bool production) => new ManagedHsmProperties { {|#0:SoftDeleteRetentionInDays = production ? 30 : 7|} };
                }
                """;
            return Verify.VerifyFixAsync(Source, Source, expected: Verify.Diagnostic("HSM1004").WithLocation(0).WithArguments(30, 90));
        }
    }

    /// <summary>The same practice on a Managed HSM declared with Azure.Provisioning.</summary>
    public class Provisioning
    {
        [Fact]
        public Task AtTheMinimumOrUnknownIsSilent() => Verify.VerifyProvisioningAnalyzerAsync("""
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
        public Task BelowTheMinimum() => Verify.VerifyProvisioningFixAsync("""
            class C
            {
                void Build(Infrastructure infrastructure)
                {
                    var hsm = new ManagedHsm("hsm") { Properties = new ManagedHsmProperties { {|#0:SoftDeleteRetentionInDays = 30|} } };
                    infrastructure.Add(hsm);
                }
            }
            """, """
            class C
            {
                void Build(Infrastructure infrastructure)
                {
                    var hsm = new ManagedHsm("hsm") { Properties = new ManagedHsmProperties { SoftDeleteRetentionInDays = 60 } };
                    infrastructure.Add(hsm);
                }
            }
            """,
            "hsm_analyzers.minimum_soft_delete_retention_days = 60",
            Verify.Diagnostic("HSM1004").WithLocation(0).WithArguments(30, 60));
    }
}
