using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Engine;

internal enum RoleKind
{
    /// <summary>Managed HSM local RBAC: administers the HSM, its keys, roles or policies.</summary>
    Administrative,

    /// <summary>Managed HSM local RBAC: uses keys (cryptographic operations, wrap for a service, release).</summary>
    KeyUsing,

    /// <summary>Managed HSM local RBAC: auditing, backup and restore.</summary>
    OtherDataPlane,

    /// <summary>Azure (control-plane) RBAC: can change the HSM resource or who has access to it.</summary>
    PrivilegedAzure,
}

/// <summary>A built-in role the access-control rules know by its role definition GUID.</summary>
internal sealed class KnownRole
{
    public KnownRole(string id, string name, RoleKind kind)
    {
        Id = Guid.Parse(id);
        Name = name;
        Kind = kind;
    }

    public Guid Id { get; }

    public string Name { get; }

    public RoleKind Kind { get; }

    public bool IsDataPlane => Kind != RoleKind.PrivilegedAzure;
}

/// <summary>The built-in roles of Managed HSM local RBAC (learn.microsoft.com, "Local RBAC built-in roles") and the
/// privileged Azure built-in roles, and the resolver that recognises a role definition argument: a bare GUID, or
/// any ID ending in <c>/roleDefinitions/&lt;guid&gt;</c> (the data plane's
/// <c>Microsoft.KeyVault/providers/Microsoft.Authorization/roleDefinitions/&lt;guid&gt;</c>, ARM's
/// <c>/subscriptions/…/providers/Microsoft.Authorization/roleDefinitions/&lt;guid&gt;</c>), case-insensitive.</summary>
internal static class ManagedHsmRoles
{
    private const string RoleDefinitionsSegment = "/roleDefinitions/";
    private const int MaximumDepth = 8;

    public static ImmutableArray<KnownRole> All { get; } = ImmutableArray.Create(
        new KnownRole("a290e904-7015-4bba-90c8-60543313cdb4", "Managed HSM Administrator", RoleKind.Administrative),
        new KnownRole("515eb02d-2335-4d2d-92f2-b1cbdf9c3778", "Managed HSM Crypto Officer", RoleKind.Administrative),
        new KnownRole("4bd23610-cdcf-4971-bdee-bdc562cc28e4", "Managed HSM Policy Administrator", RoleKind.Administrative),
        new KnownRole("21dbd100-6940-42c2-9190-5d6cb909625b", "Managed HSM Crypto User", RoleKind.KeyUsing),
        new KnownRole("33413926-3206-4cdd-b39a-83574fe37a17", "Managed HSM Crypto Service Encryption User", RoleKind.KeyUsing),
        new KnownRole("21dbd100-6940-42c2-9190-5d6cb909625c", "Managed HSM Crypto Service Release User", RoleKind.KeyUsing),
        new KnownRole("2c18b078-7c48-4d3a-af88-5a3a1b3f82b3", "Managed HSM Crypto Auditor", RoleKind.OtherDataPlane),
        new KnownRole("7b127d3c-77bd-4e3e-bbe0-dbb8971fa7f8", "Managed HSM Backup", RoleKind.OtherDataPlane),
        new KnownRole("6efe6056-5259-49d2-8b3d-d3d73544b20b", "Managed HSM Restore", RoleKind.OtherDataPlane),
        new KnownRole("8e3af657-a8ff-443c-a75c-2fe8c4bcb635", "Owner", RoleKind.PrivilegedAzure),
        new KnownRole("b24988ac-6180-42e0-ab88-20f7382dd24c", "Contributor", RoleKind.PrivilegedAzure),
        new KnownRole("18d7d88d-d35e-4fb5-a5c3-7773c20a72d9", "User Access Administrator", RoleKind.PrivilegedAzure),
        new KnownRole("18500a29-7fe2-46b2-a342-b16a415e101d", "Managed HSM Contributor", RoleKind.PrivilegedAzure));

    /// <summary>The role a role definition argument names in every case, or null when it is unknown, not a known
    /// built-in role, or not the same role in every case. Recognises, from any origin <see cref="ExpressionValues"/>
    /// follows to, constants (<see cref="ConstantValues"/>), <c>new ResourceIdentifier(x)</c>, a <c>Guid</c> made by
    /// <c>new Guid(x)</c> or <c>Guid.Parse(x)</c> and its <c>ToString()</c>, and interpolated strings or concatenations
    /// whose known end is <c>/roleDefinitions/&lt;guid&gt;</c>.</summary>
    public static KnownRole? Resolve(IOperation? argument, SdkSymbols symbols)
    {
        var roles = new List<KnownRole?>();
        return Collect(argument, symbols, 0, roles) && roles.Distinct().ToList() is { Count: 1 } distinct ? distinct[0] : null;
    }

    private static bool Collect(IOperation? argument, SdkSymbols symbols, int depth, List<KnownRole?> roles)
    {
        var origins = depth > MaximumDepth ? default : ExpressionValues.Origins(argument);
        if (origins.IsDefaultOrEmpty)
        {
            return false;
        }

        foreach (var origin in origins)
        {
            var inner = origin switch
            {
                IObjectCreationOperation creation when symbols.ResourceIdentifier.Matches(creation.Type) || symbols.Guid.Matches(creation.Type) =>
                    Arguments.OfOnlyParameter(creation.Arguments, creation.Constructor)?.Value,
                IInvocationOperation { TargetMethod.Name: "Parse" } parse when symbols.Guid.Matches(parse.TargetMethod.ContainingType) =>
                    Arguments.OfOnlyParameter(parse.Arguments, parse.TargetMethod)?.Value,
                IInvocationOperation { TargetMethod.Name: "ToString", Arguments.Length: 0, Instance: { } instance } when symbols.Guid.Matches(instance.Type) => instance,
                _ => null,
            };
            if (inner is not null)
            {
                if (!Collect(inner, symbols, depth + 1, roles))
                {
                    return false;
                }

                continue;
            }

            var values = ConstantValues.Resolve(origin);
            if (values.IsKnown)
            {
                roles.AddRange(values.Values.Select(value => value is string text ? Find(text, complete: true) : null));
            }
            else
            {
                roles.Add(KnownEnd(origin) is { } end ? Find(end, complete: false) : null);
            }
        }

        return true;
    }

    public static KnownRole? Find(Guid id) => All.FirstOrDefault(role => role.Id == id);

    /// <summary>A role definition ID, or the known end of one (<paramref name="complete"/> false), matched to a role.</summary>
    private static KnownRole? Find(string text, bool complete)
    {
        var segment = text.LastIndexOf(RoleDefinitionsSegment, StringComparison.OrdinalIgnoreCase);
        var guidText = segment >= 0 ? text.Substring(segment + RoleDefinitionsSegment.Length)
            : complete ? text
            : null;
        return guidText is not null && Guid.TryParse(guidText.Trim(), out var id) ? Find(id) : null;
    }

    /// <summary>The constant text a string expression ends with: the trailing literal and constant parts of an
    /// interpolated string, or of a <c>+</c> concatenation.</summary>
    private static string? KnownEnd(IOperation? operation)
    {
        switch (operation)
        {
            case IInterpolatedStringOperation interpolated:
                var end = string.Empty;
                foreach (var part in interpolated.Parts.Reverse())
                {
                    var text = part switch
                    {
                        IInterpolatedStringTextOperation literal => literal.Text.ConstantValue.Value as string,
                        IInterpolationOperation { Alignment: null, FormatString: null } hole => SingleString(hole.Expression),
                        _ => null,
                    };
                    if (text is null)
                    {
                        break;
                    }

                    end = text + end;
                }

                return end;

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation:
                return SingleString(concatenation.RightOperand) is { } right
                    ? KnownEnd(ConstantValues.Unwrap(concatenation.LeftOperand)) + right
                    : KnownEnd(ConstantValues.Unwrap(concatenation.RightOperand));

            default:
                return SingleString(operation);
        }
    }

    private static string? SingleString(IOperation? operation) =>
        ConstantValues.Resolve(operation) is { IsSingle: true } values ? values.Values[0] as string : null;
}
