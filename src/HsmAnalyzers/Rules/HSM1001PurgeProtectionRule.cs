using System.Collections.Immutable;
using System.Linq;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1001: a Managed HSM created without purge protection, or with it turned off.</summary>
public sealed class HSM1001PurgeProtectionRule : HsmRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1001PurgeProtectionDisabled);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        RegisterProvisioning(context);
        var symbols = context.Symbols;
        if (!symbols.ArmKeyVault.ManagedHsmProperties.Exists)
        {
            return;
        }

        context.RegisterPropertyAssignmentAction(symbols.ArmKeyVault.ManagedHsmPropertiesMembers.EnablePurgeProtection, ReportFalse);

        context.RegisterMemberInvocationAction(CreateOrUpdate.MethodNames, (analysis, invocation, member) =>
        {
            if (CreateOrUpdate.DataArgument(symbols, invocation) is not { } dataArgument)
            {
                return;
            }

            var tracker = new ConfigurationTracker(symbols, context.Compilation, analysis.CancellationToken);
            if (tracker.Trace(dataArgument.Value, invocation) is not { } data)
            {
                return;
            }

            // A finding inside another member (a helper that builds the data) is reported on the argument, without a fix.
            void ReportAt(SyntaxNode node, Location location, FixKind fix, string reason)
            {
                var (at, fixable) = DiagnosticLocations.InMemberOr(node, location, member, dataArgument.Value.Syntax);
                Report(analysis, at, fixable ? fix : null, fixable ? reason : reason + " in the code that builds this data");
            }

            var properties = data[symbols.ArmKeyVault.ManagedHsmDataMembers.Properties];
            if (properties.Kind == PropertyStateKind.NeverSet)
            {
                var creation = data.Creation!.Syntax;
                ReportAt(creation, DiagnosticLocations.CreationHead(creation), FixKind.AddProperties, "Properties is never set, so EnablePurgeProtection keeps its default, off");
                return;
            }

            if (properties.Object is not { } propertiesObject)
            {
                return;
            }

            var purgeProtection = propertiesObject[symbols.ArmKeyVault.ManagedHsmPropertiesMembers.EnablePurgeProtection];
            if (purgeProtection.Kind == PropertyStateKind.NeverSet)
            {
                var creation = propertiesObject.Creation!.Syntax;
                ReportAt(creation, DiagnosticLocations.CreationHead(creation), FixKind.AddToProperties, "EnablePurgeProtection is never set and defaults to off");
            }
            else if (purgeProtection is { Kind: PropertyStateKind.Set, Assignment: { } assignment }
                && purgeProtection.Values.All(value => value is null or false)
                && !purgeProtection.Values.All(value => value is false))
            {
                var reason = purgeProtection.Values.All(value => value is null)
                    ? "EnablePurgeProtection is set to null, which leaves it off"
                    : "EnablePurgeProtection is set to false or null, which leaves it off either way";
                ReportAt(assignment.Syntax, assignment.Syntax.GetLocation(), FixKind.SetTrue, reason);
            }
        });
    }

    private static void ReportFalse(HsmAnalysisContext analysis, ISimpleAssignmentOperation assignment)
    {
        if (ConstantValues.Resolve(assignment.Value).All(value => value is false))
        {
            Report(analysis, assignment.Syntax.GetLocation(), FixKind.SetTrue, "EnablePurgeProtection is set to false");
        }
    }

    /// <summary>The same practice on a Managed HSM declared with Azure.Provisioning, where a property left unset is
    /// left out of the Bicep and gets the service's default, off.</summary>
    private static void RegisterProvisioning(HsmCompilationStartContext context)
    {
        var provisioning = context.Symbols.Provisioning;
        context.RegisterPropertyAssignmentAction(provisioning.ManagedHsmPropertiesMembers.EnablePurgeProtection, ReportFalse);
        ProvisionedResource.RegisterManagedHsm(context, (analysis, hsm) =>
        {
            var properties = hsm.Resource[provisioning.ManagedHsmMembers.Properties];
            if (properties.Kind == PropertyStateKind.NeverSet)
            {
                var (at, fixable) = hsm.Locate(hsm.Creation.Syntax, DiagnosticLocations.CreationHead(hsm.Creation.Syntax));
                Report(analysis, at, fixable ? FixKind.AddProperties : null, "Properties is never set, so EnablePurgeProtection keeps its default, off" + (fixable ? string.Empty : " in the code that builds the resource"), onProvisioning: true);
            }
            else if (properties.Object is { Creation: { } propertiesCreation } propertiesObject
                && propertiesObject[provisioning.ManagedHsmPropertiesMembers.EnablePurgeProtection].Kind == PropertyStateKind.NeverSet)
            {
                var (at, fixable) = hsm.Locate(propertiesCreation.Syntax, DiagnosticLocations.CreationHead(propertiesCreation.Syntax));
                Report(analysis, at, fixable ? FixKind.AddToProperties : null, "EnablePurgeProtection is never set and defaults to off" + (fixable ? string.Empty : " in the code that builds the properties"), onProvisioning: true);
            }
        });
    }

    private static void Report(HsmAnalysisContext analysis, Location location, FixKind? fix, string reason, bool onProvisioning = false) =>
        analysis.Report(Descriptors.HSM1001PurgeProtectionDisabled, location, FixProperties.For(fix, onProvisioning), reason);
}
