using System.Threading.Tasks;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1402FirewallDefaultAllowRule, HsmAnalyzers.CodeFixes.Rules.HSM1402FirewallDefaultAllowFixer>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1402FirewallDefaultAllowTests
{
    public class Valid
    {
        [Theory]
        [InlineData("ManagedHsmNetworkRuleAction.Deny")]
        [InlineData("\"Deny\"")]
        [InlineData("action")]
        public Task DenyOrUnknown(string value) => Verify.VerifyAnalyzerAsync($$"""
            class C
            {
                ManagedHsmNetworkRuleSet Run(ManagedHsmNetworkRuleAction action) => new ManagedHsmNetworkRuleSet { DefaultAction = {{value}} };
            }
            """);
    }

    public class Diagnostics
    {
        [Fact]
        public Task AllowInInitializerWithoutBypassAddsBypass() => Verify.VerifyFixAsync("""
            class C
            {
                ManagedHsmProperties Run() => new ManagedHsmProperties
                {
                    NetworkRuleSet = new ManagedHsmNetworkRuleSet
                    {
                        [|DefaultAction = ManagedHsmNetworkRuleAction.Allow|],
                    },
                };
            }
            """, """
            class C
            {
                ManagedHsmProperties Run() => new ManagedHsmProperties
                {
                    NetworkRuleSet = new ManagedHsmNetworkRuleSet
                    {
                        DefaultAction = ManagedHsmNetworkRuleAction.Deny,
                        Bypass = ManagedHsmNetworkRuleBypassOption.AzureServices
                    },
                };
            }
            """);

        [Fact]
        public Task AllowWithBypassOnlyDenies() => Verify.VerifyFixAsync("""
            class C
            {
                ManagedHsmNetworkRuleSet Run() => new ManagedHsmNetworkRuleSet { Bypass = ManagedHsmNetworkRuleBypassOption.None, [|DefaultAction = "allow"|] };
            }
            """, """
            class C
            {
                ManagedHsmNetworkRuleSet Run() => new ManagedHsmNetworkRuleSet { Bypass = ManagedHsmNetworkRuleBypassOption.None, DefaultAction = ManagedHsmNetworkRuleAction.Deny };
            }
            """);

        [Fact]
        public Task StatementOnlyDenies() => Verify.VerifyFixAsync("""
            class C
            {
                void Run(ManagedHsmResource hsm)
                {
                    [|hsm.Data.Properties.NetworkRuleSet.DefaultAction = ManagedHsmNetworkRuleAction.Allow|];
                    [|hsm.Data.Properties.NetworkRuleSet.DefaultAction = new ManagedHsmNetworkRuleAction("Allow")|];
                }
            }
            """, """
            class C
            {
                void Run(ManagedHsmResource hsm)
                {
                    hsm.Data.Properties.NetworkRuleSet.DefaultAction = ManagedHsmNetworkRuleAction.Deny;
                    hsm.Data.Properties.NetworkRuleSet.DefaultAction = ManagedHsmNetworkRuleAction.Deny;
                }
            }
            """);
    }

    /// <summary>The same practice on a Managed HSM declared with Azure.Provisioning.</summary>
    public class Provisioning
    {
        [Theory]
        [InlineData("DefaultAction = ManagedHsmNetworkRuleAction.Deny")]
        [InlineData("DefaultAction = action")]
        public Task DenyOrUnknownIsSilent(string setting) => Verify.VerifyProvisioningAnalyzerAsync($$"""
            class C
            {
                void Build(Infrastructure infrastructure, ProvisioningParameter action)
                {
                    var hsm = new ManagedHsm("hsm")
                    {
                        Properties = new ManagedHsmProperties { NetworkRuleSet = new ManagedHsmNetworkRuleSet { {{setting}} } },
                    };
                    infrastructure.Add(hsm);
                }
            }
            """);

        [Fact]
        public Task AllowByDefault() => Verify.VerifyProvisioningFixAsync("""
            class C
            {
                void Build(Infrastructure infrastructure)
                {
                    var hsm = new ManagedHsm("hsm")
                    {
                        Properties = new ManagedHsmProperties
                        {
                            NetworkRuleSet = new ManagedHsmNetworkRuleSet
                            {
                                [|DefaultAction = ManagedHsmNetworkRuleAction.Allow|],
                            },
                        },
                    };
                    [|hsm.Properties.NetworkRuleSet.DefaultAction = ManagedHsmNetworkRuleAction.Allow|];
                    infrastructure.Add(hsm);
                }
            }
            """, """
            class C
            {
                void Build(Infrastructure infrastructure)
                {
                    var hsm = new ManagedHsm("hsm")
                    {
                        Properties = new ManagedHsmProperties
                        {
                            NetworkRuleSet = new ManagedHsmNetworkRuleSet
                            {
                                DefaultAction = ManagedHsmNetworkRuleAction.Deny,
                                Bypass = ManagedHsmNetworkRuleBypassOption.AzureServices
                            },
                        },
                    };
                    hsm.Properties.NetworkRuleSet.DefaultAction = ManagedHsmNetworkRuleAction.Deny;
                    infrastructure.Add(hsm);
                }
            }
            """);
    }
}
