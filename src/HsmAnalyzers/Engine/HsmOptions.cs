using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HsmAnalyzers.Engine;

/// <summary>Typed options read from .editorconfig / .globalconfig. A missing or unreadable value gives the default.</summary>
internal static class HsmOptions
{
    public const string MinimumSoftDeleteRetentionDays = "hsm_analyzers.minimum_soft_delete_retention_days";
    public const string LogAnalyticsWorkspaceId = "hsm_analyzers.log_analytics_workspace_id";

    public static int GetInt32(AnalyzerOptions options, SyntaxTree tree, string key, int defaultValue, int minimum, int maximum)
    {
        if (options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(key, out var text)
            && int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            && value >= minimum
            && value <= maximum)
        {
            return value;
        }

        return defaultValue;
    }

    /// <summary>The value of <paramref name="key"/>, trimmed; null when it is missing or blank.</summary>
    public static string? GetString(AnalyzerOptions options, SyntaxTree tree, string key) =>
        options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;
}
