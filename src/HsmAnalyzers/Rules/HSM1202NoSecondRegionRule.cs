using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1202: a Managed HSM created without a second region in <c>Properties.Regions</c>.</summary>
public sealed class HSM1202NoSecondRegionRule : HsmRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1202NoSecondRegion);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        context.RegisterInvocationAction(CreateOrUpdate.MethodNames, (analysis, invocation) =>
        {
            if (CreateOrUpdate.DataArgument(symbols, invocation) is not { } dataArgument
                || new ConfigurationTracker(symbols, context.Compilation, analysis.CancellationToken).Trace(dataArgument.Value, invocation) is not { } data)
            {
                return;
            }

            // Only a trace that saw the whole history speaks: a known, empty list means no region was ever added.
            var properties = data[symbols.ArmKeyVault.ManagedHsmDataMembers.Properties];
            if (properties.Kind == PropertyStateKind.NeverSet
                || properties.Object is { } propertiesObject && propertiesObject.Collection(symbols.ArmKeyVault.ManagedHsmPropertiesMembers.Regions) is { IsKnown: true, Elements.IsEmpty: true })
            {
                analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1202NoSecondRegion, invocation.Syntax.GetLocation()));
            }
        });
    }
}
