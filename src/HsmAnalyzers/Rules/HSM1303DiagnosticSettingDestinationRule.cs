using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1303: a diagnostic setting created with no destination at all.</summary>
public sealed class HSM1303DiagnosticSettingDestinationRule : HsmRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1303DiagnosticSettingWithoutDestination);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        if (!symbols.ArmMonitor.DiagnosticSettingCollection.Exists)
        {
            return;
        }

        context.RegisterMemberInvocationAction(CreateOrUpdate.MethodNames, (analysis, invocation, member) =>
        {
            if (!DiagnosticSettingCreation.IsCreation(invocation, symbols)
                || DiagnosticSettingCreation.DataArgument(invocation, symbols) is not { } dataArgument
                || new ConfigurationTracker(symbols, context.Compilation, analysis.CancellationToken).Trace(dataArgument.Value, invocation) is not { Creation: { } creation } data)
            {
                return;
            }

            foreach (var destination in symbols.ArmMonitor.DiagnosticSettingDataMembers.Destinations)
            {
                var state = data[destination];
                if (state.Kind == PropertyStateKind.Unknown || (state.Kind == PropertyStateKind.Set && !state.Values.All(value => value is null)))
                {
                    return;
                }
            }

            var location = DiagnosticLocations.InMemberOr(creation.Syntax, DiagnosticLocations.CreationHead(creation.Syntax), member, dataArgument.Value.Syntax).Location;
            analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1303DiagnosticSettingWithoutDestination, location));
        });
    }
}
