using System.Threading;
using System.Threading.Tasks;
using HsmAnalyzers.CodeFixes.Rules;
using HsmAnalyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1001PurgeProtectionRule, HsmAnalyzers.CodeFixes.Rules.HSM1001PurgeProtectionFixer>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1001PurgeProtectionTests
{
    public class Valid
    {
        [Theory]
        [InlineData("EnablePurgeProtection = true")]
        [InlineData("EnablePurgeProtection = (bool?)true")]
        [InlineData("EnablePurgeProtection = enable")]
        [InlineData("EnablePurgeProtection = production ? true : false")]
        [InlineData("EnablePurgeProtection = production")]
        public Task Initializer(string setting) => Verify.VerifyAnalyzerAsync($$"""
            class C
            {
                async Task Run(ResourceGroupResource group, Guid tenant, bool? enable, bool production)
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope)
                    {
                        Properties = new ManagedHsmProperties { TenantId = tenant, {{setting}} },
                    };
                    await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", data);
                }
            }
            """);

        [Fact]
        public Task AssignedAfterConstruction() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(ResourceGroupResource group)
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties() };
                    data.Properties.EnablePurgeProtection = true;
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                }
            }
            """);

        [Fact]
        public Task AssignedThroughPropertiesLocalAfterItIsAttached() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(ResourceGroupResource group)
                {
                    var properties = new ManagedHsmProperties();
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = properties };
                    properties.EnablePurgeProtection = true;
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                }
            }
            """);

        [Fact]
        public Task NestedMemberInitializer() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(ResourceGroupResource group)
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties() };
                    var copy = new ManagedHsmData(AzureLocation.WestEurope) { Properties = { EnablePurgeProtection = true } };
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", copy);
                }
            }
            """);

        [Fact]
        public Task HandedToOtherCodeBeforeCreation() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(ResourceGroupResource group)
                {
                    var properties = new ManagedHsmProperties();
                    ApplyCompanyDefaults(properties);
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = properties };
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                }

                static void ApplyCompanyDefaults(ManagedHsmProperties properties) => properties.EnablePurgeProtection = true;
            }
            """);

        [Fact]
        public Task DataHandedToOtherCodeBeforeCreation() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                async Task Run(ResourceGroupResource group)
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties() };
                    Harden(data);
                    await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", data);
                }

                static void Harden(ManagedHsmData data) => data.Properties.EnablePurgeProtection = true;
            }
            """);

        [Fact]
        public Task SetInsideTheSameBranchAsTheCall() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(ResourceGroupResource group, bool production)
                {
                    if (production)
                    {
                        var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties() };
                        data.Properties.EnablePurgeProtection = true;
                        group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                    }
                }
            }
            """);

        [Fact]
        public Task SetOnlyInOneBranch() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(ResourceGroupResource group, bool production)
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties() };
                    if (production)
                    {
                        data.Properties.EnablePurgeProtection = true;
                    }

                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                }
            }
            """);

        [Fact]
        public Task DataOfUnknownOrigin() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                private readonly ManagedHsmData _template = new ManagedHsmData(AzureLocation.WestEurope);

                void FromParameter(ResourceGroupResource group, ManagedHsmData data) =>
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);

                void FromField(ResourceGroupResource group) =>
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", _template);

                void FromModelFactory(ResourceGroupResource group)
                {
                    var data = ArmKeyVaultModelFactory.ManagedHsmData(properties: ArmKeyVaultModelFactory.ManagedHsmProperties());
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                }

                void FromExistingResource(ManagedHsmResource hsm)
                {
                    var data = hsm.Data;
                    data.Properties.SoftDeleteRetentionInDays = 90;
                    hsm.Update(WaitUntil.Completed, data);
                }
            }
            """);

        [Fact]
        public Task HelperSetsIt() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(ResourceGroupResource group) =>
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", BuildData());

                static ManagedHsmData BuildData()
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties() };
                    data.Properties.EnablePurgeProtection = true;
                    return data;
                }
            }
            """);

        [Fact]
        public Task GeneratedCodeAttribute() => Verify.VerifyAnalyzerAsync("""
            [System.CodeDom.Compiler.GeneratedCode("provisioning-generator", "1.0")]
            class C
            {
                void Run(ResourceGroupResource group) =>
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties { EnablePurgeProtection = false } });
            }
            """);

        [Fact]
        public async Task GeneratedCode()
        {
            var test = new Verify.Test();
            test.TestState.Sources.Add(("Provisioning.g.cs", Verify.Usings + """
                class C
                {
                    void Run(ResourceGroupResource group) =>
                        group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties { EnablePurgeProtection = false } });
                }
                """));
            await test.RunAsync();
        }
    }

    public class Diagnostics
    {
        [Theory]
        [InlineData("false")]
        [InlineData("(bool?)false")]
        [InlineData("Off")]
        [InlineData("off")]
        [InlineData("production ? false : false")]
        public Task SetToFalseInInitializer(string value) => Verify.VerifyFixAsync($$"""
            class C
            {
                const bool Off = false;

                async Task Run(ResourceGroupResource group, bool production)
                {
                    var off = false;
                    var data = new ManagedHsmData(AzureLocation.WestEurope)
                    {
                        Properties = new ManagedHsmProperties { [|EnablePurgeProtection = {{value}}|] },
                    };
                    await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", data);
                }
            }
            """, """
            class C
            {
                const bool Off = false;

                async Task Run(ResourceGroupResource group, bool production)
                {
                    var off = false;
                    var data = new ManagedHsmData(AzureLocation.WestEurope)
                    {
                        Properties = new ManagedHsmProperties { EnablePurgeProtection = true },
                    };
                    await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", data);
                }
            }
            """);

        [Fact]
        public Task SetToFalseOnUpdate() => Verify.VerifyFixAsync("""
            class C
            {
                void Run(ManagedHsmResource hsm)
                {
                    var data = hsm.Data;
                    [|data.Properties.EnablePurgeProtection = false|];
                    hsm.Update(WaitUntil.Completed, data);
                }
            }
            """, """
            class C
            {
                void Run(ManagedHsmResource hsm)
                {
                    var data = hsm.Data;
                    data.Properties.EnablePurgeProtection = true;
                    hsm.Update(WaitUntil.Completed, data);
                }
            }
            """);

        [Fact]
        public Task SetToNullBeforeCreation() => Verify.VerifyFixAsync("""
            class C
            {
                void Run(ResourceGroupResource group)
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties() };
                    [|data.Properties.EnablePurgeProtection = null|];
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                }
            }
            """, """
            class C
            {
                void Run(ResourceGroupResource group)
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties() };
                    data.Properties.EnablePurgeProtection = true;
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                }
            }
            """);

        [Fact]
        public Task FalseOrNullBeforeCreation() => Verify.VerifyFixAsync("""
            class C
            {
                void Run(ResourceGroupResource group, bool production)
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties { {|#0:EnablePurgeProtection = production ? false : null|} } };
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                }
            }
            """, """
            class C
            {
                void Run(ResourceGroupResource group, bool production)
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties { EnablePurgeProtection = true } };
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                }
            }
            """,
            expected: Verify.Diagnostic("HSM1001").WithLocation(0).WithArguments("EnablePurgeProtection is set to false or null, which leaves it off either way"));

        [Fact]
        public Task NeverSetInMultiLineInitializer() => Verify.VerifyFixAsync("""
            class C
            {
                async Task Run(ResourceGroupResource group, Guid tenant)
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope)
                    {
                        Properties = [|new ManagedHsmProperties()|]
                        {
                            TenantId = tenant,
                            SoftDeleteRetentionInDays = 90
                        },
                    };
                    await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", data);
                }
            }
            """, """
            class C
            {
                async Task Run(ResourceGroupResource group, Guid tenant)
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope)
                    {
                        Properties = new ManagedHsmProperties()
                        {
                            TenantId = tenant,
                            SoftDeleteRetentionInDays = 90,
                            EnablePurgeProtection = true
                        },
                    };
                    await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", data);
                }
            }
            """);

        [Fact]
        public Task CommentsAtTheEndOfTheLastLineStayThere() => Verify.VerifyFixAsync("""
            class C
            {
                void Run(ResourceGroupResource group, Guid tenant)
                {
                    var properties = [|new ManagedHsmProperties|]
                    {
                        TenantId = tenant, // the directory
                        SoftDeleteRetentionInDays = 90 // the maximum
                    };
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope) { Properties = properties });
                }
            }
            """, """
            class C
            {
                void Run(ResourceGroupResource group, Guid tenant)
                {
                    var properties = new ManagedHsmProperties
                    {
                        TenantId = tenant, // the directory
                        SoftDeleteRetentionInDays = 90, // the maximum
                        EnablePurgeProtection = true
                    };
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope) { Properties = properties });
                }
            }
            """);

        [Fact]
        public Task NeverSetWithTrailingComma() => Verify.VerifyFixAsync("""
            class C
            {
                void Run(ResourceGroupResource group, Guid tenant)
                {
                    var properties = [|new ManagedHsmProperties|]
                    {
                        TenantId = tenant,
                    };
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope) { Properties = properties });
                }
            }
            """, """
            class C
            {
                void Run(ResourceGroupResource group, Guid tenant)
                {
                    var properties = new ManagedHsmProperties
                    {
                        TenantId = tenant,
                        EnablePurgeProtection = true
                    };
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope) { Properties = properties });
                }
            }
            """);

        [Fact]
        public Task NeverSetTargetTypedWithoutInitializer() => Verify.VerifyFixAsync("""
            class C
            {
                void Run(ResourceGroupResource group)
                {
                    ManagedHsmProperties properties = [|new()|];
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = properties };
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                }
            }
            """, """
            class C
            {
                void Run(ResourceGroupResource group)
                {
                    ManagedHsmProperties properties = new() { EnablePurgeProtection = true };
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = properties };
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                }
            }
            """);

        [Fact]
        public Task PropertiesAssignedAfterConstruction() => Verify.VerifyFixAsync("""
            class C
            {
                void Run(ResourceGroupResource group, Guid tenant, bool production)
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope);
                    data.Properties = [|new ManagedHsmProperties()|] { TenantId = tenant };
                    if (production)
                    {
                        data.Properties.SoftDeleteRetentionInDays = 90;
                    }

                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                }
            }
            """, """
            class C
            {
                void Run(ResourceGroupResource group, Guid tenant, bool production)
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope);
                    data.Properties = new ManagedHsmProperties() { TenantId = tenant, EnablePurgeProtection = true };
                    if (production)
                    {
                        data.Properties.SoftDeleteRetentionInDays = 90;
                    }

                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                }
            }
            """);

        [Fact]
        public Task ThroughAFieldPathInTheSameMethod() => Verify.VerifyFixAsync("""
            class C
            {
                private ManagedHsmData _data = new ManagedHsmData(AzureLocation.WestEurope);

                void Run(ResourceGroupResource group)
                {
                    _data.Properties = new ManagedHsmProperties();
                    [|_data.Properties.EnablePurgeProtection = null|];
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", _data);
                }
            }
            """, """
            class C
            {
                private ManagedHsmData _data = new ManagedHsmData(AzureLocation.WestEurope);

                void Run(ResourceGroupResource group)
                {
                    _data.Properties = new ManagedHsmProperties();
                    _data.Properties.EnablePurgeProtection = true;
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", _data);
                }
            }
            """);

        [Fact]
        public Task NoPropertiesAtAll() => Verify.VerifyFixAsync("""
            class C
            {
                void Run(ResourceGroupResource group)
                {
                    var data = [|new ManagedHsmData(AzureLocation.WestEurope)|];
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                }
            }
            """, """
            class C
            {
                void Run(ResourceGroupResource group)
                {
                    var data = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties { EnablePurgeProtection = true } };
                    group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", data);
                }
            }
            """);

        [Fact]
        public Task NeverSetInHelperIsReportedAtEachUseWithoutFix()
        {
            const string Source = """
                class C
                {
                    void Run(ResourceGroupResource group)
                    {
                        group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "one", {|#0:BuildData()|});
                        group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "two", {|#1:BuildData()|});
                    }

                    static ManagedHsmData BuildData() =>
                        new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties() { TenantId = Guid.Empty } };
                }
                """;
            const string Reason = "EnablePurgeProtection is never set and defaults to off in the code that builds this data";
            return Verify.VerifyFixAsync(
                Source,
                Source,
                expected: [Verify.Diagnostic("HSM1001").WithLocation(0).WithArguments(Reason), Verify.Diagnostic("HSM1001").WithLocation(1).WithArguments(Reason)]);
        }

        [Fact]
        public Task FixAllInDocument() => Verify.VerifyFixAsync("""
            class C
            {
                async Task Run(ResourceGroupResource group)
                {
                    var first = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties { [|EnablePurgeProtection = false|] } };
                    await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "one", first);
                    var second = new ManagedHsmData(AzureLocation.NorthEurope) { Properties = [|new ManagedHsmProperties()|] };
                    await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "two", second);
                }
            }
            """, """
            class C
            {
                async Task Run(ResourceGroupResource group)
                {
                    var first = new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties { EnablePurgeProtection = true } };
                    await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "one", first);
                    var second = new ManagedHsmData(AzureLocation.NorthEurope) { Properties = new ManagedHsmProperties() { EnablePurgeProtection = true } };
                    await group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "two", second);
                }
            }
            """);

        [Fact]
        public async Task FixAddsTheUsingDirectiveItNeeds()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using Azure;
                    using Azure.Core;
                    using Azure.ResourceManager.KeyVault;
                    using Azure.ResourceManager.Resources;

                    class C
                    {
                        void Run(ResourceGroupResource group) =>
                            group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", [|new ManagedHsmData(AzureLocation.WestEurope)|]);
                    }
                    """,
                FixedCode = """
                    using Azure;
                    using Azure.Core;
                    using Azure.ResourceManager.KeyVault;
                    using Azure.ResourceManager.KeyVault.Models;
                    using Azure.ResourceManager.Resources;

                    class C
                    {
                        void Run(ResourceGroupResource group) =>
                            group.GetManagedHsms().CreateOrUpdate(WaitUntil.Completed, "hsm", new ManagedHsmData(AzureLocation.WestEurope) { Properties = new ManagedHsmProperties { EnablePurgeProtection = true } });
                    }
                    """,
            };
            await test.RunAsync();
        }
    }

    /// <summary>The same practice on a Managed HSM declared with Azure.Provisioning.</summary>
    public class Provisioning
    {
        [Theory]
        [InlineData("EnablePurgeProtection = true")]
        [InlineData("EnablePurgeProtection = new BicepValue<bool>(true)")]
        [InlineData("EnablePurgeProtection = purgeProtection")]
        [InlineData("EnablePurgeProtection = enable")]
        public Task SetOrUnknownIsSilent(string setting) => Verify.VerifyProvisioningAnalyzerAsync($$"""
            class C
            {
                void Build(Infrastructure infrastructure, BicepValue<bool> enable)
                {
                    var purgeProtection = new ProvisioningParameter("purgeProtection", typeof(bool));
                    infrastructure.Add(purgeProtection);
                    var hsm = new ManagedHsm("hsm")
                    {
                        Properties = new ManagedHsmProperties { {{setting}} },
                    };
                    infrastructure.Add(hsm);
                }
            }
            """);

        [Fact]
        public Task SetAfterTheResourceIsAdded() => Verify.VerifyProvisioningAnalyzerAsync("""
            class C
            {
                void Build(Infrastructure infrastructure, Guid tenant)
                {
                    var hsm = new ManagedHsm("hsm") { Properties = new ManagedHsmProperties { TenantId = tenant } };
                    infrastructure.Add(hsm);
                    hsm.Properties.EnablePurgeProtection = true;
                }
            }
            """);

        [Fact]
        public Task SetConditionallyOrByOtherCodeIsUnknown() => Verify.VerifyProvisioningAnalyzerAsync("""
            class C
            {
                void Build(Infrastructure infrastructure, bool production)
                {
                    var first = new ManagedHsm("first") { Properties = new ManagedHsmProperties() };
                    if (production)
                    {
                        first.Properties.EnablePurgeProtection = true;
                    }

                    var second = new ManagedHsm("second");
                    ApplyCompanyDefaults(second);
                    infrastructure.Add(first);
                    infrastructure.Add(second);
                }

                static void ApplyCompanyDefaults(ManagedHsm hsm) { }
            }
            """);

        [Fact]
        public Task SetToFalse() => Verify.VerifyProvisioningFixAsync("""
            class C
            {
                const bool Off = false;

                void Build(Infrastructure infrastructure)
                {
                    var hsm = new ManagedHsm("hsm") { Properties = new ManagedHsmProperties { [|EnablePurgeProtection = false|] } };
                    infrastructure.Add(hsm);
                    [|hsm.Properties.EnablePurgeProtection = Off|];
                }
            }
            """, """
            class C
            {
                const bool Off = false;

                void Build(Infrastructure infrastructure)
                {
                    var hsm = new ManagedHsm("hsm") { Properties = new ManagedHsmProperties { EnablePurgeProtection = true } };
                    infrastructure.Add(hsm);
                    hsm.Properties.EnablePurgeProtection = true;
                }
            }
            """);

        [Fact]
        public Task NeverSet() => Verify.VerifyProvisioningFixAsync("""
            class C
            {
                void Build(Infrastructure infrastructure, Guid tenant)
                {
                    var hsm = [|new ManagedHsm("hsm")|]
                    {
                        Location = AzureLocation.NorthEurope,
                    };
                    infrastructure.Add(hsm);
                    infrastructure.Add(new ManagedHsm("other") { Properties = [|new ManagedHsmProperties()|] { TenantId = tenant } });
                }
            }
            """, """
            class C
            {
                void Build(Infrastructure infrastructure, Guid tenant)
                {
                    var hsm = new ManagedHsm("hsm")
                    {
                        Location = AzureLocation.NorthEurope,
                        Properties = new ManagedHsmProperties { EnablePurgeProtection = true }
                    };
                    infrastructure.Add(hsm);
                    infrastructure.Add(new ManagedHsm("other") { Properties = new ManagedHsmProperties() { TenantId = tenant, EnablePurgeProtection = true } });
                }
            }
            """);

        /// <summary>A resource a helper builds is read from where its caller adds it to the infrastructure; what the
        /// helper leaves out is reported there, without a fix, and a local function is part of the member.</summary>
        [Fact]
        public Task BuiltByAHelper()
        {
            DiagnosticResult[] unfixable =
            [
                Verify.Diagnostic("HSM1001").WithLocation(0).WithArguments("EnablePurgeProtection is never set and defaults to off in the code that builds the properties"),
                Verify.Diagnostic("HSM1001").WithLocation(1).WithArguments("EnablePurgeProtection is never set and defaults to off in the code that builds the properties"),
                Verify.Diagnostic("HSM1001").WithLocation(2).WithArguments("Properties is never set, so EnablePurgeProtection keeps its default, off in the code that builds the resource"),
            ];
            var test = new Verify.Test
            {
                TestCode = Verify.ProvisioningUsings + """
                class C
                {
                    void Build(Infrastructure infrastructure, Guid tenant)
                    {
                        infrastructure.Add({|#0:CreateHsm("first", tenant)|});

                        var second = CreateHsm("second", tenant);
                        infrastructure.Add({|#1:second|});

                        var completed = CreateHsm("completed", tenant);
                        infrastructure.Add(completed);
                        completed.Properties.EnablePurgeProtection = true;

                        infrastructure.Add(Protected(tenant));
                        infrastructure.Add(Configured(tenant));
                        infrastructure.Add({|#2:Bare()|});
                        infrastructure.Add(Local());

                        ManagedHsm Local() => new ManagedHsm("local") { Properties = [|new ManagedHsmProperties()|] { TenantId = tenant } };
                    }

                    static ManagedHsm CreateHsm(string name, Guid tenant) =>
                        new ManagedHsm(name) { Properties = new ManagedHsmProperties { TenantId = tenant } };

                    static ManagedHsm Protected(Guid tenant)
                    {
                        var hsm = CreateHsm("protected", tenant);
                        hsm.Properties.EnablePurgeProtection = true;
                        return hsm;
                    }

                    static ManagedHsm Configured(Guid tenant)
                    {
                        var hsm = new ManagedHsm("configured");
                        ApplyCompanyDefaults(hsm);
                        return hsm;
                    }

                    static ManagedHsm Bare() => new ManagedHsm("bare");

                    static void ApplyCompanyDefaults(ManagedHsm hsm) { }
                }
                """,
                FixedCode = Verify.ProvisioningUsings + """
                class C
                {
                    void Build(Infrastructure infrastructure, Guid tenant)
                    {
                        infrastructure.Add({|#0:CreateHsm("first", tenant)|});

                        var second = CreateHsm("second", tenant);
                        infrastructure.Add({|#1:second|});

                        var completed = CreateHsm("completed", tenant);
                        infrastructure.Add(completed);
                        completed.Properties.EnablePurgeProtection = true;

                        infrastructure.Add(Protected(tenant));
                        infrastructure.Add(Configured(tenant));
                        infrastructure.Add({|#2:Bare()|});
                        infrastructure.Add(Local());

                        ManagedHsm Local() => new ManagedHsm("local") { Properties = new ManagedHsmProperties() { TenantId = tenant, EnablePurgeProtection = true } };
                    }

                    static ManagedHsm CreateHsm(string name, Guid tenant) =>
                        new ManagedHsm(name) { Properties = new ManagedHsmProperties { TenantId = tenant } };

                    static ManagedHsm Protected(Guid tenant)
                    {
                        var hsm = CreateHsm("protected", tenant);
                        hsm.Properties.EnablePurgeProtection = true;
                        return hsm;
                    }

                    static ManagedHsm Configured(Guid tenant)
                    {
                        var hsm = new ManagedHsm("configured");
                        ApplyCompanyDefaults(hsm);
                        return hsm;
                    }

                    static ManagedHsm Bare() => new ManagedHsm("bare");

                    static void ApplyCompanyDefaults(ManagedHsm hsm) { }
                }
                """,
            };
            test.TestState.ExpectedDiagnostics.AddRange(unfixable);
            test.FixedState.ExpectedDiagnostics.AddRange(unfixable);
            return test.RunAsync(CancellationToken.None);
        }
    }
}
