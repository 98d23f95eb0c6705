using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1503InvalidRotationPolicyRule, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1503InvalidRotationPolicyTests
{
    private static DiagnosticResult Error(int location, string reason) =>
        new DiagnosticResult("HSM1503", DiagnosticSeverity.Warning).WithLocation(location).WithArguments(reason);

    public class Valid
    {
        [Theory]
        [InlineData("P2Y", "TimeBeforeExpiry = \"P30D\"")]
        [InlineData("P1Y", "TimeAfterCreate = \"P11M\"")]
        [InlineData("P90D", "TimeAfterCreate = \"P4W\"")]
        [InlineData("P1Y6M", "TimeAfterCreate = \"PT672H\"")]
        public Task WellFormed(string expiresIn, string action) => Verify.VerifyAnalyzerAsync($$"""
            class C
            {
                void Run(KeyClient keys)
                {
                    var policy = new KeyRotationPolicy
                    {
                        ExpiresIn = "{{expiresIn}}",
                        LifetimeActions = { new KeyRotationLifetimeAction(KeyRotationPolicyAction.Rotate) { {{action}} } },
                    };
                    keys.UpdateKeyRotationPolicy("a", policy);
                }
            }
            """);

        [Fact]
        public Task UnknownValues() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                KeyRotationPolicy Run(string expiry, string rotation, KeyRotationPolicyAction action) => new KeyRotationPolicy
                {
                    ExpiresIn = expiry,
                    LifetimeActions =
                    {
                        new KeyRotationLifetimeAction(KeyRotationPolicyAction.Rotate) { TimeAfterCreate = rotation },
                        new KeyRotationLifetimeAction(action) { TimeAfterCreate = "P1D" },
                    },
                };
            }
            """);

        [Fact]
        public Task NotifyActionsAndChangedBeforeUse() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(KeyClient keys)
                {
                    var policy = new KeyRotationPolicy { ExpiresIn = "P1Y" };
                    policy.LifetimeActions.Add(new KeyRotationLifetimeAction(KeyRotationPolicyAction.Notify) { TimeBeforeExpiry = "P30D" });
                    keys.UpdateKeyRotationPolicy("a", policy);
                }
            }
            """);
    }

    public class Diagnostics
    {
        [Fact]
        public Task MalformedDurations() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                void Run(KeyClient keys) => keys.UpdateKeyRotationPolicy("a", new KeyRotationPolicy
                {
                    {|#0:ExpiresIn = "2 years"|},
                    LifetimeActions = { new KeyRotationLifetimeAction(KeyRotationPolicyAction.Rotate) { {|#1:TimeBeforeExpiry = "P30"|} } },
                });
            }
            """,
            expected: [Error(0, "ExpiresIn \"2 years\" is not an ISO-8601 duration such as P90D or P2Y"),
            Error(1, "TimeBeforeExpiry \"P30\" is not an ISO-8601 duration such as P90D or P2Y")]);

        [Fact]
        public Task RotationTooSoonOrAfterExpiry() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                async Task Run(KeyClient keys)
                {
                    var policy = new KeyRotationPolicy { ExpiresIn = "P90D" };
                    var soon = new KeyRotationLifetimeAction(KeyRotationPolicyAction.Rotate);
                    {|#0:soon.TimeAfterCreate = "P7D"|};
                    policy.LifetimeActions.Add(soon);
                    policy.LifetimeActions.Add(new KeyRotationLifetimeAction("Rotate") { {|#1:TimeAfterCreate = "P3M"|} });
                    policy.LifetimeActions.Add(new KeyRotationLifetimeAction(KeyRotationPolicyAction.Rotate) { {|#2:TimeBeforeExpiry = "P1Y"|} });
                    await keys.UpdateKeyRotationPolicyAsync("a", policy);
                }
            }
            """,
            expected: [Error(0, "TimeAfterCreate P7D rotates the key sooner than 28 days after creation"),
            Error(1, "TimeAfterCreate P3M is not before the expiry, ExpiresIn P90D: the key expires before it rotates"),
            Error(2, "TimeBeforeExpiry P1Y is not shorter than ExpiresIn P90D: the rotation would come before the key exists")]);

        [Fact]
        public Task TargetTypedCreations() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                KeyRotationPolicy Declared { get; } = new() { {|#0:ExpiresIn = "2 years"|} };

                async Task Run(KeyClient keys)
                {
                    KeyRotationPolicy? local = new() { {|#1:ExpiresIn = "P1"|} };
                    await keys.UpdateKeyRotationPolicyAsync("a", new() { {|#2:ExpiresIn = "one year"|} });
                }
            }
            """,
            expected: [Error(0, "ExpiresIn \"2 years\" is not an ISO-8601 duration such as P90D or P2Y"),
            Error(1, "ExpiresIn \"P1\" is not an ISO-8601 duration such as P90D or P2Y"),
            Error(2, "ExpiresIn \"one year\" is not an ISO-8601 duration such as P90D or P2Y")]);
    }
}
