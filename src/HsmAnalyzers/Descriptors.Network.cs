using Microsoft.CodeAnalysis;

namespace HsmAnalyzers;

public static partial class Descriptors
{
    private const string Network = "Network";

    public static readonly DiagnosticDescriptor HSM1401PublicNetworkAccessEnabled = Create(
        RuleIdentifiers.PublicNetworkAccessEnabled,
        Network,
        DiagnosticSeverity.Warning,
        "Disable public network access to the Managed HSM",
        "Public network access to this Managed HSM is on: {0}",
        "A Managed HSM reachable from the public internet depends on its firewall alone. Microsoft's guidance and Azure Policy ask for public network access to be disabled and the HSM reached through private endpoints. PublicNetworkAccess is Enabled unless it is set to Disabled.");

    public static readonly DiagnosticDescriptor HSM1402FirewallDefaultAllow = Create(
        RuleIdentifiers.FirewallDefaultAllow,
        Network,
        DiagnosticSeverity.Warning,
        "Deny network access to the Managed HSM by default",
        "The Managed HSM firewall's DefaultAction is Allow: every network can reach the HSM",
        "With DefaultAction set to Allow, the IP and virtual network rules of a Managed HSM's network rule set restrict nothing. Set it to Deny and list the networks that may connect; Bypass = AzureServices keeps trusted Azure services working.");
}
