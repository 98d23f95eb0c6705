using System;
using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1508: <c>KeyVaultSettingsClient.UpdateSetting</c> turning <c>AllowKeyManagementOperationsThroughARM</c> on.</summary>
public sealed class HSM1508KeyManagementThroughArmRule : HsmRule
{
    private const string SettingName = "AllowKeyManagementOperationsThroughARM";

    private static readonly ImmutableHashSet<string> MethodNames = ImmutableHashSet.Create("UpdateSetting", "UpdateSettingAsync");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1508KeyManagementThroughArm);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        if (!symbols.Administration.KeyVaultSettingsClient.Exists)
        {
            return;
        }

        context.RegisterMemberInvocationAction(MethodNames, (analysis, invocation, _) =>
        {
            if (!symbols.Administration.KeyVaultSettingsClient.Declares(invocation.TargetMethod)
                || Arguments.ForParameter(invocation.Arguments, "setting") is not { } argument
                || Setting(argument.Value, symbols) is not { } setting
                || Arguments.ForParameter(setting.Arguments, "name") is not { } name
                || Arguments.ForParameter(setting.Arguments, "value") is not { } value
                || !ConstantValues.Resolve(name.Value).All(text => text is string s && string.Equals(s, SettingName, StringComparison.OrdinalIgnoreCase))
                || !ConstantValues.Resolve(value.Value).All(on => on is true))
            {
                return;
            }

            analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1508KeyManagementThroughArm, value.Value.Syntax.GetLocation()));
        });
    }

    /// <summary><c>new KeyVaultSetting(name, value)</c>, written in the call or in a local written once.</summary>
    private static IObjectCreationOperation? Setting(IOperation value, SdkSymbols symbols) =>
        ConstantValues.Unwrap(value) switch
        {
            IObjectCreationOperation creation when symbols.Administration.KeyVaultSetting.Matches(creation.Type) => creation,
            ILocalReferenceOperation local when SingleWrite.Find(local) is { } write => Setting(write.Value, symbols),
            _ => null,
        };
}
