using Microsoft.CodeAnalysis;

namespace HsmAnalyzers;

public static partial class Descriptors
{
    private const string Credentials = "Credentials";

    public static readonly DiagnosticDescriptor HSM1601ClientSecretInSource = Create(
        RuleIdentifiers.ClientSecretInSource,
        Credentials,
        DiagnosticSeverity.Warning,
        "Do not write client secrets in source code",
        "This ClientSecretCredential's secret is written in the source code; authenticate with a managed identity instead",
        "A client secret in source code ends up in every copy of the repository and every build, and gives whoever reads it the application's access to the Managed HSM. Applications should authenticate with managed identities (ManagedIdentityCredential, or DefaultAzureCredential); where a secret cannot be avoided, read it at run time from a protected store.");
}
