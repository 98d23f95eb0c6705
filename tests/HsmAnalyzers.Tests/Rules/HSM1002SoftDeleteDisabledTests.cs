using System.Threading.Tasks;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1002SoftDeleteDisabledRule, HsmAnalyzers.CodeFixes.Rules.HSM1002SoftDeleteDisabledFixer>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1002SoftDeleteDisabledTests
{
    public class Valid
    {
        [Theory]
        [InlineData("true")]
        [InlineData("null")]
        [InlineData("enabled")]
        [InlineData("(bool?)true")]
        public Task NotFalse(string value) => Verify.VerifyAnalyzerAsync($$"""
            class C
            {
                ManagedHsmProperties Build(bool? enabled) => new ManagedHsmProperties { EnableSoftDelete = {{value}} };
            }
            """);

        [Fact]
        public Task OtherTypesWithThePropertyName() => Verify.VerifyAnalyzerAsync("""
            class Settings { public bool EnableSoftDelete { get; set; } }

            class C
            {
                Settings Build() => new Settings { EnableSoftDelete = false };
            }
            """);

        [Fact]
        public Task OwnMembersWithThePropertyName() => Verify.VerifyAnalyzerAsync("""
            class Settings
            {
                public bool EnableSoftDelete { get; set; }

                void Reset()
                {
                    EnableSoftDelete = false;
                    this.EnableSoftDelete = false;
                }
            }
            """);
    }

    public class Diagnostics
    {
        [Fact]
        public Task InheritedProperty() => Verify.VerifyAnalyzerAsync("""
            class HardenedProperties : ManagedHsmProperties
            {
                void Relax()
                {
                    [|EnableSoftDelete = false|];
                    [|this.EnableSoftDelete = false|];
                    [|base.EnableSoftDelete = false|];
                }
            }

            partial class OtherPart
            {
                void Relax() => [|EnableSoftDelete = false|];
            }

            partial class OtherPart : ManagedHsmProperties
            {
            }
            """);

        [Fact]
        public Task InInitializer() => Verify.VerifyFixAsync("""
            class C
            {
                ManagedHsmProperties Build(Guid tenant) => new ManagedHsmProperties
                {
                    TenantId = tenant,
                    {|#0:EnableSoftDelete = false|},
                    EnablePurgeProtection = true,
                };
            }
            """, """
            class C
            {
                ManagedHsmProperties Build(Guid tenant) => new ManagedHsmProperties
                {
                    TenantId = tenant,
                    EnablePurgeProtection = true,
                };
            }
            """,
            expected: Verify.Diagnostic("HSM1002").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0));

        [Fact]
        public Task LastInSingleLineInitializer() => Verify.VerifyFixAsync("""
            class C
            {
                ManagedHsmProperties Build(Guid tenant) => new ManagedHsmProperties { TenantId = tenant, [|EnableSoftDelete = false|] };
            }
            """, """
            class C
            {
                ManagedHsmProperties Build(Guid tenant) => new ManagedHsmProperties { TenantId = tenant };
            }
            """);

        [Theory]
        [InlineData("false")]
        [InlineData("(bool?)false")]
        [InlineData("Disabled")]
        [InlineData("disabled")]
        [InlineData("production ? true : false")]
        public Task AsStatement(string value) => Verify.VerifyFixAsync($$"""
            class C
            {
                const bool Disabled = false;

                void Run(ManagedHsmResource hsm, bool production)
                {
                    var disabled = false;
                    var data = hsm.Data;
                    [|data.Properties.EnableSoftDelete = {{value}}|];
                    hsm.Update(WaitUntil.Completed, data);
                }
            }
            """, """
            class C
            {
                const bool Disabled = false;

                void Run(ManagedHsmResource hsm, bool production)
                {
                    var disabled = false;
                    var data = hsm.Data;
                    hsm.Update(WaitUntil.Completed, data);
                }
            }
            """);

        [Fact]
        public Task NoFixWhereRemovingWouldNotCompile()
        {
            const string Source = """
                class C
                {
                    void Run(ManagedHsmProperties properties, bool cleanup)
                    {
                        if (cleanup)
                            [|properties.EnableSoftDelete = false|];
                        var value = [|properties.EnableSoftDelete = false|];
                    }
                }
                """;
            return Verify.VerifyFixAsync(Source, Source);
        }
    }

    /// <summary>The same practice on a Managed HSM declared with Azure.Provisioning.</summary>
    public class Provisioning
    {
        [Fact]
        public Task OnOrUnknownIsSilent() => Verify.VerifyProvisioningAnalyzerAsync("""
            class C
            {
                void Build(Infrastructure infrastructure)
                {
                    var softDelete = new ProvisioningParameter("softDelete", typeof(bool));
                    var hsm = new ManagedHsm("hsm") { Properties = new ManagedHsmProperties { EnableSoftDelete = true } };
                    hsm.Properties.EnableSoftDelete = softDelete;
                    infrastructure.Add(hsm);
                }
            }
            """);

        [Fact]
        public Task TurnedOff() => Verify.VerifyProvisioningFixAsync("""
            class C
            {
                void Build(Infrastructure infrastructure, bool production)
                {
                    var hsm = new ManagedHsm("hsm") { Properties = new ManagedHsmProperties { [|EnableSoftDelete = false|] } };
                    [|hsm.Properties.EnableSoftDelete = production ? true : false|];
                    infrastructure.Add(hsm);
                }
            }
            """, """
            class C
            {
                void Build(Infrastructure infrastructure, bool production)
                {
                    var hsm = new ManagedHsm("hsm") { Properties = new ManagedHsmProperties { } };
                    infrastructure.Add(hsm);
                }
            }
            """);
    }
}
