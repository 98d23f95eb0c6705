using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Rules;

/// <summary><c>armClient.GetDiagnosticSettings(scope).CreateOrUpdate[Async](…, data)</c>, shared by the logging rules;
/// its method names are <see cref="CreateOrUpdate.MethodNames"/>.</summary>
internal static class DiagnosticSettingCreation
{
    public static bool IsCreation(IInvocationOperation invocation, SdkSymbols symbols) =>
        symbols.ArmMonitor.DiagnosticSettingCollection.Declares(invocation.TargetMethod);

    /// <summary>What the setting is for: the scope given to <c>GetDiagnosticSettings</c>, directly or through a local.</summary>
    public static ResourceScopeKind ScopeOf(IInvocationOperation creation, SdkSymbols symbols)
    {
        var receiver = ConstantValues.Unwrap(creation.Instance);
        if (receiver is ILocalReferenceOperation local && SingleWrite.Find(local) is { } write)
        {
            receiver = ConstantValues.Unwrap(write.Value);
        }

        return receiver is IInvocationOperation { TargetMethod.Name: "GetDiagnosticSettings" } getSettings
            && symbols.ArmMonitor.MonitorExtensions.Matches(getSettings.TargetMethod.ContainingType)
                ? ResourceScopes.Classify(Arguments.ForParameter(getSettings.Arguments, "scope")?.Value, symbols)
                : ResourceScopeKind.Unknown;
    }

    public static IArgumentOperation? DataArgument(IInvocationOperation creation, SdkSymbols symbols) =>
        Arguments.ForParameterOfType(creation.Arguments, symbols.ArmMonitor.DiagnosticSettingData);
}
