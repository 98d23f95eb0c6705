using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Rules;

/// <summary>What an Azure.Provisioning <c>Infrastructure</c> holds, when the member that creates it shows all of it.</summary>
internal static class DeclaredInfrastructure
{
    /// <summary>True when the infrastructure <paramref name="add"/> adds to is a local that the member creates
    /// (<c>new Infrastructure(…)</c>, written once) and only adds to and builds, and what it adds is exactly one
    /// Managed HSM and otherwise only what no diagnostic setting can be for: diagnostic settings, role assignments,
    /// alert rules, and Bicep parameters, outputs and variables. A declared diagnostic setting of such an
    /// infrastructure can only be for that HSM (the 1.x <c>DiagnosticSetting</c> has no scope to read).</summary>
    public static bool HoldsOneManagedHsmAndNoOtherTarget(IInvocationOperation add, SdkSymbols symbols)
    {
        if (ConstantValues.Unwrap(add.Instance) is not ILocalReferenceOperation infrastructure
            || SingleWrite.Find(infrastructure) is not { } write
            || ConstantValues.Unwrap(write.Value) is not IObjectCreationOperation creation
            || !symbols.Provisioning.Infrastructure.Matches(creation.Type))
        {
            return false;
        }

        var managedHsms = 0;
        foreach (var reference in OperationIndex.Of(OperationTree.Root(add)).References(infrastructure.Local))
        {
            if (reference.Parent is not IInvocationOperation call || call.Instance != reference)
            {
                return false; // handed to other code, returned or stored: it may hold more
            }

            switch (call.TargetMethod.Name)
            {
                case "Build":
                    break;
                case "Add" when Arguments.ForParameter(call.Arguments, "resource") is { } added:
                    var type = ConstantValues.Unwrap(added.Value)?.Type;
                    if (symbols.Provisioning.ManagedHsm.Matches(type))
                    {
                        managedHsms++;
                    }
                    else if (!IsNeverADiagnosticTarget(type, symbols))
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }
        }

        return managedHsms == 1;
    }

    private static bool IsNeverADiagnosticTarget(ITypeSymbol? type, SdkSymbols symbols)
    {
        if (symbols.Provisioning.DiagnosticSetting.Matches(type) || symbols.Provisioning.RoleAssignment.Matches(type)
            || symbols.Provisioning.MetricAlert.Matches(type) || symbols.Provisioning.ActivityLogAlert.Matches(type))
        {
            return true;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (symbols.Provisioning.Variable.Matches(current))
            {
                return true;
            }
        }

        return false;
    }
}
