using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1303: a diagnostic setting created, or declared with Azure.Provisioning, with no destination at all.</summary>
public sealed class HSM1303DiagnosticSettingDestinationRule : HsmRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1303DiagnosticSettingWithoutDestination);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        ProvisionedResource.Register(context, symbols.Provisioning.DiagnosticSetting, (analysis, setting) =>
        {
            if (!HasNoDestination(setting.Resource, symbols.Provisioning.DiagnosticSettingMembers))
            {
                return;
            }

            var creation = setting.Creation.Syntax;
            analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1303DiagnosticSettingWithoutDestination, setting.Locate(creation, DiagnosticLocations.CreationHead(creation)).Location));
        });

        if (!symbols.ArmMonitor.DiagnosticSettingCollection.Exists)
        {
            return;
        }

        context.RegisterMemberInvocationAction(CreateOrUpdate.MethodNames, (analysis, invocation, member) =>
        {
            if (!DiagnosticSettingCreation.IsCreation(invocation, symbols)
                || DiagnosticSettingCreation.DataArgument(invocation, symbols) is not { } dataArgument
                || new ConfigurationTracker(symbols, context.Compilation, analysis.CancellationToken).Trace(dataArgument.Value, invocation) is not { Creation: { } creation } data
                || !HasNoDestination(data, symbols.ArmMonitor.DiagnosticSettingDataMembers))
            {
                return;
            }

            var location = DiagnosticLocations.InMemberOr(creation.Syntax, DiagnosticLocations.CreationHead(creation.Syntax), member, dataArgument.Value.Syntax).Location;
            analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1303DiagnosticSettingWithoutDestination, location));
        });
    }

    /// <summary>True when every destination of the setting is known to be never set, or set to null only.</summary>
    private static bool HasNoDestination(TrackedObject setting, DiagnosticSettingDataMembers members)
    {
        foreach (var destination in members.Destinations)
        {
            var state = setting[destination];
            if (state.Kind == PropertyStateKind.Unknown || (state.Kind == PropertyStateKind.Set && !state.Values.All(value => value is null)))
            {
                return false;
            }
        }

        return true;
    }
}
