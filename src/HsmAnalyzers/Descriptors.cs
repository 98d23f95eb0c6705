using Microsoft.CodeAnalysis;

namespace HsmAnalyzers;

/// <summary>All diagnostic descriptors, one partial file per ID band, built through one factory.</summary>
public static partial class Descriptors
{
    public const string HelpLinkBase = "https://github.com/hsmanalyzers/hsmanalyzers/blob/main/docs/rules/";

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    private static DiagnosticDescriptor Create(
        string id,
        string category,
        DiagnosticSeverity severity,
        string title,
        string messageFormat,
        string description,
        bool isEnabledByDefault = true,
        params string[] customTags) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault, description, HelpLink(id), customTags);
}
