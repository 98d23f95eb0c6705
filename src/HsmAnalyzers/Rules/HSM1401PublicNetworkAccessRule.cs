using System;
using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1401: public network access to a Managed HSM turned on, or left at its default (on) when it is created.</summary>
public sealed class HSM1401PublicNetworkAccessRule : HsmRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1401PublicNetworkAccessEnabled);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        RegisterProvisioning(context);
        var symbols = context.Symbols;
        if (!symbols.ArmKeyVault.ManagedHsmProperties.Exists)
        {
            return;
        }

        context.RegisterPropertyAssignmentAction(symbols.ArmKeyVault.ManagedHsmPropertiesMembers.PublicNetworkAccess, (analysis, assignment) =>
        {
            var value = ExtensibleEnumValue.Resolve(assignment.Value, symbols.ArmKeyVault.ManagedHsmPublicNetworkAccess);
            if (value.Member == "Enabled" || string.Equals(value.Text, "Enabled", StringComparison.OrdinalIgnoreCase))
            {
                Report(analysis, assignment.Syntax.GetLocation(), FixKind.SetDisabled, "PublicNetworkAccess is set to Enabled");
            }
        });

        context.RegisterMemberInvocationAction(CreateOrUpdate.MethodNames, (analysis, invocation, member) =>
        {
            if (CreateOrUpdate.DataArgument(symbols, invocation) is not { } dataArgument
                || new ConfigurationTracker(symbols, context.Compilation, analysis.CancellationToken).Trace(dataArgument.Value, invocation) is not { } data
                || data[symbols.ArmKeyVault.ManagedHsmDataMembers.Properties].Object is not { } properties)
            {
                return;
            }

            // A finding inside another member (a helper that builds the properties) is reported on the argument, without a fix.
            void ReportAt(SyntaxNode node, Location location, FixKind fix, string reason)
            {
                var (at, fixable) = DiagnosticLocations.InMemberOr(node, location, member, dataArgument.Value.Syntax);
                Report(analysis, at, fixable ? fix : null, fixable ? reason : reason + " in the code that builds this data");
            }

            var access = properties[symbols.ArmKeyVault.ManagedHsmPropertiesMembers.PublicNetworkAccess];
            if (access.Kind == PropertyStateKind.NeverSet)
            {
                var creation = properties.Creation!.Syntax;
                ReportAt(creation, DiagnosticLocations.CreationHead(creation), FixKind.AddToProperties, "PublicNetworkAccess is never set and defaults to Enabled");
            }
            else if (access is { Kind: PropertyStateKind.Set, Assignment: { } assignment } && access.Values.All(value => value is null))
            {
                // An explicit Enabled is reported by the assignment action; null leaves the default, Enabled.
                ReportAt(assignment.Syntax, assignment.Syntax.GetLocation(), FixKind.SetDisabled, "PublicNetworkAccess is set to null, which leaves it Enabled");
            }
        });
    }

    /// <summary>The same practice on a Managed HSM declared with Azure.Provisioning, where a property left unset is
    /// left out of the Bicep and gets the service's default, Enabled.</summary>
    private static void RegisterProvisioning(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        context.RegisterPropertyAssignmentAction(symbols.Provisioning.ManagedHsmPropertiesMembers.PublicNetworkAccess, (analysis, assignment) =>
        {
            if (ExtensibleEnumValue.Resolve(assignment.Value, symbols.Provisioning.ManagedHsmPublicNetworkAccess).Member == "Enabled")
            {
                Report(analysis, assignment.Syntax.GetLocation(), FixKind.SetDisabled, "PublicNetworkAccess is set to Enabled", onProvisioning: true);
            }
        });

        ProvisionedResource.RegisterManagedHsm(context, (analysis, hsm) =>
        {
            if (hsm.Resource[symbols.Provisioning.ManagedHsmMembers.Properties].Object is { Creation: { } creation } properties
                && properties[symbols.Provisioning.ManagedHsmPropertiesMembers.PublicNetworkAccess].Kind == PropertyStateKind.NeverSet)
            {
                var (at, fixable) = hsm.Locate(creation.Syntax, DiagnosticLocations.CreationHead(creation.Syntax));
                Report(analysis, at, fixable ? FixKind.AddToProperties : null, "PublicNetworkAccess is never set and defaults to Enabled" + (fixable ? string.Empty : " in the code that builds the properties"), onProvisioning: true);
            }
        });
    }

    private static void Report(HsmAnalysisContext analysis, Location location, FixKind? fix, string reason, bool onProvisioning = false) =>
        analysis.Report(Descriptors.HSM1401PublicNetworkAccessEnabled, location, FixProperties.For(fix, onProvisioning), reason);
}
