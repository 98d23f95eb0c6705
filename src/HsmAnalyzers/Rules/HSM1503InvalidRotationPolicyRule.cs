using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1503: a key rotation policy with a malformed duration, a rotation sooner than 28 days after creation,
/// or a rotation scheduled at or after the key's expiry.</summary>
public sealed class HSM1503InvalidRotationPolicyRule : HsmRule
{
    private const double MinimumDaysAfterCreate = 28;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1503InvalidRotationPolicy);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context)
    {
        var symbols = context.Symbols;
        var members = symbols.Keys.KeyRotationPolicyMembers;
        context.RegisterObjectCreationAction(symbols.Keys.KeyRotationPolicy, (analysis, creation) =>
        {
            var tracker = new ConfigurationTracker(symbols, context.Compilation, analysis.CancellationToken);
            var (value, use) = Use(creation);
            if (tracker.Trace(value, use) is not { } policy)
            {
                return;
            }

            var findings = new List<(ISimpleAssignmentOperation Assignment, string Reason)>();
            var expiresIn = Duration(policy, members.ExpiresIn, findings);
            var actions = policy.Collection(members.LifetimeActions);
            foreach (var element in actions.Elements)
            {
                if (tracker.Trace(element, use) is not { } action)
                {
                    continue;
                }

                var afterCreate = Duration(action, members.TimeAfterCreate, findings);
                var beforeExpiry = Duration(action, members.TimeBeforeExpiry, findings);
                if (ExtensibleEnumValue.Resolve(action.ConstructorArgument("action")?.Value, symbols.Keys.KeyRotationPolicyAction) is not { Member: "Rotate" } and not { Text: "Rotate" })
                {
                    continue;
                }

                if (afterCreate is { Days: < MinimumDaysAfterCreate } soon)
                {
                    findings.Add((soon.Assignment, $"TimeAfterCreate {soon.Text} rotates the key sooner than 28 days after creation"));
                }

                if (expiresIn is not { } expiry)
                {
                    continue;
                }

                if (afterCreate is { } after && after.Days >= expiry.Days)
                {
                    findings.Add((after.Assignment, $"TimeAfterCreate {after.Text} is not before the expiry, ExpiresIn {expiry.Text}: the key expires before it rotates"));
                }

                if (beforeExpiry is { } before && before.Days >= expiry.Days)
                {
                    findings.Add((before.Assignment, $"TimeBeforeExpiry {before.Text} is not shorter than ExpiresIn {expiry.Text}: the rotation would come before the key exists"));
                }
            }

            foreach (var (assignment, reason) in findings)
            {
                var location = assignment.Syntax.SyntaxTree == creation.Syntax.SyntaxTree ? assignment.Syntax.GetLocation() : DiagnosticLocations.CreationHead(creation.Syntax);
                analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1503InvalidRotationPolicy, location, reason));
            }
        });
    }

    /// <summary>The policy as its first use sees it: the first call that takes the local it is stored in, so that
    /// later assignments count; else the creation alone, with its initializer.</summary>
    private static (IOperation Value, IOperation Use) Use(IObjectCreationOperation creation)
    {
        if (creation.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
        {
            var reference = OperationTree.Root(creation).Descendants()
                .OfType<ILocalReferenceOperation>()
                .Where(r => SymbolEqualityComparer.Default.Equals(r.Local, declarator.Symbol) && r.Parent is IArgumentOperation { Parent: IInvocationOperation })
                .OrderBy(r => r.Syntax.SpanStart)
                .FirstOrDefault();
            if (reference?.Parent?.Parent is { } invocation)
            {
                return (reference, invocation);
            }
        }

        return (creation, creation);
    }

    /// <summary>The duration <paramref name="property"/> of <paramref name="owner"/> is set to, when it is one known
    /// constant; a malformed one is a finding.</summary>
    private static (double Days, string Text, ISimpleAssignmentOperation Assignment)? Duration(
        TrackedObject owner, SdkProperty property, List<(ISimpleAssignmentOperation, string)> findings)
    {
        var state = owner[property];
        var name = property.Name;
        if (state is not { Kind: PropertyStateKind.Set, Assignment: { } assignment, Values.IsSingle: true } || state.Values.Values[0] is not string text)
        {
            return null;
        }

        if (IsoDuration.TryParseDays(text) is { } days)
        {
            return (days, text, assignment);
        }

        findings.Add((assignment, $"{name} \"{text}\" is not an ISO-8601 duration such as P90D or P2Y"));
        return null;
    }
}
