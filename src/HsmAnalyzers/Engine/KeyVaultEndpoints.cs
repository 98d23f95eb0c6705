using System;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Engine;

internal enum KeyVaultEndpointKind
{
    /// <summary>The endpoint cannot be known at compile time.</summary>
    Unknown,

    /// <summary>The endpoint is a Managed HSM.</summary>
    ManagedHsm,

    /// <summary>The endpoint is a Key Vault vault.</summary>
    Vault,
}

/// <summary>
/// Which data-plane clients (<c>KeyClient</c>, <c>SecretClient</c>, <c>CertificateClient</c>) talk to a Managed HSM:
/// the one answer every data-plane rule uses (README, "Which clients are a Managed HSM"). The client is followed to
/// <c>new KeyClient(uri, …)</c> through a local written once or a field or auto-property with an initializer that
/// nothing else assigns; a parameter or anything else is unknown. The <c>uri</c> is classified by its host.
/// </summary>
internal static class KeyVaultEndpoints
{
    private const int MaximumDepth = 4;

    /// <summary>A placeholder for the parts of a URI text that are not constant: a letter, so that it can never
    /// complete a domain suffix that the constant parts do not spell out themselves.</summary>
    private const string Hole = "x";

    private static readonly string[] ManagedHsmDomains =
        [".managedhsm.azure.net", ".managedhsm.azure.cn", ".managedhsm.usgovcloudapi.net", ".managedhsm.microsoftazure.de"];

    private static readonly string[] VaultDomains =
        [".vault.azure.net", ".vault.azure.cn", ".vault.usgovcloudapi.net", ".vault.microsoftazure.de"];

    /// <summary>True when key rules apply to calls on <paramref name="client"/>: its endpoint is a Managed HSM, or
    /// is unknown in a project that uses the Managed HSM packages. A client known to talk to a vault is left alone.</summary>
    public static bool IsManagedHsmClient(IOperation? client, SdkSymbols symbols, Compilation compilation, CancellationToken cancellationToken) =>
        OfClient(client, symbols, compilation, cancellationToken) switch
        {
            KeyVaultEndpointKind.ManagedHsm => true,
            KeyVaultEndpointKind.Unknown => symbols.ReferencesManagedHsmSdk,
            _ => false,
        };

    /// <summary>The endpoint of the data-plane client <paramref name="client"/> evaluates to.</summary>
    public static KeyVaultEndpointKind OfClient(IOperation? client, SdkSymbols symbols, Compilation compilation, CancellationToken cancellationToken)
    {
        for (var depth = 0; depth < MaximumDepth; depth++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (ConstantValues.Unwrap(client))
            {
                case IObjectCreationOperation { Arguments.Length: > 0 } creation:
                    return OfUri(creation.Arguments[0].Value, symbols);
                case ILocalReferenceOperation local:
                    client = SingleWrite.Find(local)?.Value;
                    continue;
                case IFieldReferenceOperation { Field: var field, Instance: null or IInstanceReferenceOperation }:
                    client = Initializer(field, compilation, cancellationToken);
                    continue;
                case IPropertyReferenceOperation { Property: { SetMethod: null, IsIndexer: false } property, Instance: null or IInstanceReferenceOperation }:
                    client = Initializer(property, compilation, cancellationToken);
                    continue;
                default:
                    return KeyVaultEndpointKind.Unknown;
            }
        }

        return KeyVaultEndpointKind.Unknown;
    }

    /// <summary>
    /// The endpoint a <c>Uri</c> expression names: <c>new Uri(text)</c> whose text is constant or an interpolation or
    /// concatenation whose constant parts spell the host's domain, a local written once with one, or the
    /// <c>HsmUri</c> of a Managed HSM's properties. Hosts on the Managed HSM domains of the Azure clouds are a Managed
    /// HSM, on the vault domains a vault; anything else is unknown.
    /// </summary>
    public static KeyVaultEndpointKind OfUri(IOperation? uri, SdkSymbols symbols)
    {
        for (var depth = 0; depth < MaximumDepth; depth++)
        {
            switch (ConstantValues.Unwrap(uri))
            {
                case IPropertyReferenceOperation { Property.Name: "HsmUri", Property.ContainingType: var owner } when symbols.ManagedHsmProperties.Matches(owner):
                    return KeyVaultEndpointKind.ManagedHsm;
                case IObjectCreationOperation { Arguments.Length: > 0 } creation when symbols.Uri.Matches(creation.Type)
                    && creation.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String:
                    return Text(creation.Arguments[0].Value, 0) is { } text ? OfHost(text) : KeyVaultEndpointKind.Unknown;
                case ILocalReferenceOperation local:
                    uri = SingleWrite.Find(local)?.Value;
                    continue;
                default:
                    return KeyVaultEndpointKind.Unknown;
            }
        }

        return KeyVaultEndpointKind.Unknown;
    }

    private static KeyVaultEndpointKind OfHost(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var parsed) || parsed.Host.Length == 0)
        {
            return KeyVaultEndpointKind.Unknown;
        }

        var host = parsed.Host.TrimEnd('.');
        return ManagedHsmDomains.Any(domain => host.EndsWith(domain, StringComparison.OrdinalIgnoreCase)) ? KeyVaultEndpointKind.ManagedHsm
            : VaultDomains.Any(domain => host.EndsWith(domain, StringComparison.OrdinalIgnoreCase)) ? KeyVaultEndpointKind.Vault
            : KeyVaultEndpointKind.Unknown;
    }

    /// <summary>The text of a string expression with <see cref="Hole"/> for each part that is not constant; null when
    /// the expression is neither a constant, an interpolation nor a concatenation.</summary>
    private static string? Text(IOperation value, int depth)
    {
        if (depth > MaximumDepth)
        {
            return null;
        }

        if (ConstantValues.Resolve(value) is { IsSingle: true } constant)
        {
            return constant.Values[0] as string;
        }

        switch (ConstantValues.Unwrap(value))
        {
            case IInterpolatedStringOperation interpolated:
                var text = new StringBuilder();
                foreach (var part in interpolated.Parts)
                {
                    text.Append(part is IInterpolatedStringTextOperation { Text: var literal } && ConstantValues.Resolve(literal) is { IsSingle: true } content
                        ? content.Values[0] as string
                        : Hole);
                }

                return text.ToString();
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                return (Text(concatenation.LeftOperand, depth + 1) ?? Hole) + (Text(concatenation.RightOperand, depth + 1) ?? Hole);
            default:
                return null;
        }
    }

    /// <summary>The initializer of a field or get-only auto-property that no code of its type assigns: the one value
    /// it ever holds. Null otherwise.</summary>
    private static IOperation? Initializer(ISymbol member, Compilation compilation, CancellationToken cancellationToken)
    {
        if (member.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var declaration = member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        var initializer = declaration switch
        {
            VariableDeclaratorSyntax { Initializer.Value: var value } => value,
            PropertyDeclarationSyntax { Initializer.Value: var value, AccessorList: { } accessors } when accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null) => value,
            _ => null,
        };
        if (initializer is null || !compilation.ContainsSyntaxTree(declaration.SyntaxTree)
            || member.ContainingType.DeclaringSyntaxReferences.Any(type => IsAssignedIn(type.GetSyntax(cancellationToken), member.Name)))
        {
            return null;
        }

#pragma warning disable RS1030 // The member may be declared in another tree; the analyzer driver caches the semantic models it hands out.
        return compilation.GetSemanticModel(declaration.SyntaxTree).GetOperation(initializer, cancellationToken);
#pragma warning restore RS1030
    }

    /// <summary>Read from syntax: an assignment, compound assignment or ref/out use of a name in the type's code.</summary>
    private static bool IsAssignedIn(SyntaxNode type, string name) =>
        type.DescendantNodes().Any(node => node switch
        {
            AssignmentExpressionSyntax assignment => LastName(assignment.Left) == name,
            ArgumentSyntax { RefKindKeyword.RawKind: not 0 } argument => LastName(argument.Expression) == name,
            _ => false,
        });

    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => null,
    };
}
