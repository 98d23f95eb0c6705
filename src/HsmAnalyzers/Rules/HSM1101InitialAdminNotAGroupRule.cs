using System.Collections.Immutable;
using System.Linq;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1101: a Managed HSM created with initial administrators that are not known security groups.</summary>
public sealed class HSM1101InitialAdminNotAGroupRule : HsmRule
{
    private const string Several = "the HSM gets several initial administrators; the recommended form is one security group";

    private static readonly ImmutableHashSet<string> CreateMethodNames = ImmutableHashSet.Create("CreateOrUpdate", "CreateOrUpdateAsync");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1101InitialAdminNotAGroup);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        RegisterProvisioning(context);
        var symbols = context.Symbols;
        if (!symbols.ArmKeyVault.ManagedHsmProperties.Exists)
        {
            return;
        }

        context.RegisterMemberInvocationAction(CreateMethodNames, (analysis, invocation, member) =>
        {
            if (!symbols.ArmKeyVault.ManagedHsmCollection.Declares(invocation.TargetMethod)
                || new ConfigurationTracker(symbols, context.Compilation, analysis.CancellationToken).TraceArgument(invocation, symbols.ArmKeyVault.ManagedHsmData) is not (var dataArgument, var data)
                || data[symbols.ArmKeyVault.ManagedHsmDataMembers.Properties].Object is not { } properties
                || properties.Collection(symbols.ArmKeyVault.ManagedHsmPropertiesMembers.InitialAdminObjectIds) is not { IsKnown: true } ids)
            {
                return;
            }

            Analyze(analysis, symbols, ids, member, dataArgument.Value.Syntax.GetLocation(), "in the code that builds this data");
        });
    }

    /// <summary>The same practice on a Managed HSM declared with Azure.Provisioning.</summary>
    private static void RegisterProvisioning(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        ProvisionedResource.RegisterManagedHsm(context, (analysis, hsm) =>
        {
            if (hsm.Resource[symbols.Provisioning.ManagedHsmMembers.Properties].Object is { } properties
                && properties.Collection(symbols.Provisioning.ManagedHsmPropertiesMembers.InitialAdminObjectIds) is { IsKnown: true } ids)
            {
                Analyze(analysis, symbols, ids, hsm.Member, hsm.Locate(hsm.Creation.Syntax, DiagnosticLocations.CreationHead(hsm.Creation.Syntax)).Location, "in the code that builds the properties");
            }
        });
    }

    /// <summary>Reports the initial administrators that are not a security group: where they are written when that
    /// is in <paramref name="member"/>, where a fix applies; else once, at <paramref name="outside"/>.</summary>
    private static void Analyze(HsmAnalysisContext analysis, SdkSymbols symbols, CollectionState ids, SyntaxNode member, Location outside, string whereOutside)
    {
        var groups = HsmOptions.GetGuidList(analysis.Options, member.SyntaxTree, HsmOptions.AdminGroupObjectIds);
        var offending = ids.Elements
            .Select(element => (Element: element, Reason: AdminPrincipals.WhyNotAGroup(element, groups, symbols)
                ?? (groups.IsEmpty && ids.Elements.Length > 1 && PrincipalNames.Classify(element, symbols) != PrincipalSource.Group ? Several : null)))
            .Where(finding => finding.Reason is not null)
            .ToList();

        // The first configured group takes the place of the first individual; the other individuals go.
        var groupPresent = !groups.IsEmpty && ids.Elements.Any(element => ConstantValues.Resolve(element).All(value => AdminPrincipals.IsConfigured(value, ImmutableArray.Create(groups[0]))));
        var replaced = groupPresent;
        var reportedOutside = false;
        foreach (var (element, reason) in offending)
        {
            var syntax = element.Syntax;
            if (DiagnosticLocations.IsWithin(syntax, member))
            {
                analysis.Report(Descriptors.HSM1101InitialAdminNotAGroup, syntax.GetLocation(), AdminPrincipals.Fix(groups, remove: replaced), syntax.ToString(), reason);
                replaced |= !groups.IsEmpty;
            }
            else if (!reportedOutside)
            {
                // Reported once, outside: a diagnostic can only be fixed in the member whose analysis found it.
                reportedOutside = true;
                analysis.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.HSM1101InitialAdminNotAGroup, outside, syntax.ToString(), reason + $" ({whereOutside})"));
            }
        }
    }
}
