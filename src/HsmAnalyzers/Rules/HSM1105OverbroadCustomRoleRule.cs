using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1105: a custom data-plane role that grants everything, or mixes dangerous data actions with key use.</summary>
public sealed class HSM1105OverbroadCustomRoleRule : HsmRule
{
    private const string ManagedHsmPrefix = "Microsoft.KeyVault/managedHsm/";

    private static readonly ImmutableHashSet<string> MethodNames = ImmutableHashSet.Create("CreateOrUpdateRoleDefinition", "CreateOrUpdateRoleDefinitionAsync");

    /// <summary>The data actions the rule weighs: <c>KeyVaultDataAction</c> member, wire value, and whether it is
    /// dangerous (true) or uses keys (false).</summary>
    private static readonly ImmutableArray<(string Member, string Value, bool Dangerous)> DataActions = ImmutableArray.Create(
        ("DownloadHsmSecurityDomain", ManagedHsmPrefix + "securitydomain/download/action", true),
        ("ExportHsmKey", ManagedHsmPrefix + "keys/export/action", true),
        ("PurgeDeletedHsmKey", ManagedHsmPrefix + "keys/deletedKeys/delete", true),
        ("WriteRoleAssignment", ManagedHsmPrefix + "roleAssignments/write/action", true),
        ("EncryptHsmKey", ManagedHsmPrefix + "keys/encrypt/action", false),
        ("DecryptHsmKey", ManagedHsmPrefix + "keys/decrypt/action", false),
        ("SignHsmKey", ManagedHsmPrefix + "keys/sign/action", false),
        ("VerifyHsmKey", ManagedHsmPrefix + "keys/verify/action", false),
        ("WrapHsmKey", ManagedHsmPrefix + "keys/wrap/action", false),
        ("UnwrapHsmKey", ManagedHsmPrefix + "keys/unwrap/action", false),
        ("ReleaseKey", ManagedHsmPrefix + "keys/release/action", false));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1105OverbroadCustomRole);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        var permissionMembers = symbols.Administration.KeyVaultPermissionMembers;
        context.RegisterMemberInvocationAction(MethodNames, (analysis, invocation, member) =>
        {
            var tracker = new ConfigurationTracker(symbols, context.Compilation, analysis.CancellationToken);
            if (!symbols.Administration.KeyVaultAccessControlClient.Declares(invocation.TargetMethod)
                || tracker.TraceArgument(invocation, symbols.Administration.CreateOrUpdateRoleDefinitionOptions) is not (var optionsArgument, var options)
                || options.Collection(symbols.Administration.Permissions) is not { IsKnown: true } permissions)
            {
                return;
            }

            // A role is the union of its permissions; each permission grants its actions minus its "not" actions.
            var granted = new List<(IOperation Element, string Value)>();
            foreach (var element in permissions.Elements)
            {
                if (tracker.Trace(element, invocation) is not { } permission
                    || permission.Collection(permissionMembers.DataActions) is not { IsKnown: true } dataActions
                    || permission.Collection(permissionMembers.NotDataActions) is not { IsKnown: true, Elements.IsEmpty: true }
                    || permission.Collection(permissionMembers.Actions) is not { IsKnown: true } actions
                    || permission.Collection(permissionMembers.NotActions) is not { IsKnown: true, Elements.IsEmpty: true })
                {
                    return;
                }

                foreach (var action in dataActions.Elements.Concat(actions.Elements))
                {
                    if (Value(action, symbols) is { } value)
                    {
                        granted.Add((action, value));
                    }
                }
            }

            string reason;
            IOperation at;
            if (granted.FirstOrDefault(action => Covers(action.Value, ManagedHsmPrefix)) is { Element: not null } everything)
            {
                (reason, at) = ($"grants every action ('{everything.Value}')", everything.Element);
            }
            else if (Matching(granted, dangerous: true) is { Element: not null } dangerous
                && Matching(granted, dangerous: false) is { Element: not null } keyUse)
            {
                (reason, at) = ($"grants '{dangerous.Member}' together with key use ('{keyUse.Member}')", dangerous.Element);
            }
            else
            {
                return;
            }

            var syntax = at.Syntax;
            var location = DiagnosticLocations.IsWithin(syntax, member) ? syntax.GetLocation() : optionsArgument.Value.Syntax.GetLocation();
            analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1105OverbroadCustomRole, location, reason));
        });
    }

    /// <summary>The wire value of a data action (a <c>KeyVaultDataAction</c> member or string) or action string.</summary>
    private static string? Value(IOperation action, SdkSymbols symbols)
    {
        var value = ExtensibleEnumValue.Resolve(action, symbols.Administration.KeyVaultDataAction);
        return value.Member is { } member
            ? DataActions.FirstOrDefault(known => known.Member == member).Value ?? member
            : value.Text;
    }

    /// <summary>True when <paramref name="granted"/> is <paramref name="value"/> or a wildcard ending in <c>*</c> that covers it.</summary>
    private static bool Covers(string granted, string value) =>
        granted.EndsWith("*", StringComparison.Ordinal)
            ? value.StartsWith(granted.Substring(0, granted.Length - 1), StringComparison.OrdinalIgnoreCase)
            : string.Equals(granted, value, StringComparison.OrdinalIgnoreCase);

    private static (IOperation? Element, string Member) Matching(List<(IOperation Element, string Value)> granted, bool dangerous)
    {
        foreach (var known in DataActions.Where(known => known.Dangerous == dangerous))
        {
            foreach (var action in granted)
            {
                if (Covers(action.Value, known.Value))
                {
                    return (action.Element, known.Member);
                }
            }
        }

        return (null, string.Empty);
    }
}
