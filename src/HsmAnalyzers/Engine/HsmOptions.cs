using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HsmAnalyzers.Engine;

/// <summary>Typed options read from .editorconfig / .globalconfig. A missing or unreadable value gives the default.</summary>
internal static class HsmOptions
{
    public const string MinimumSoftDeleteRetentionDays = "hsm_analyzers.minimum_soft_delete_retention_days";
    public const string LogAnalyticsWorkspaceId = "hsm_analyzers.log_analytics_workspace_id";

    public const string AllowedRegions = "hsm_analyzers.allowed_regions";

    /// <summary>HSM1501: how many years ahead the fix sets a key's expiry, 1 to 100 (default 2).</summary>
    public const string KeyLifetimeYears = "hsm_analyzers.key_lifetime_years";

    /// <summary>HSM1504: the smallest RSA key size accepted, 2048 to 16384 bits (default 3072).</summary>
    public const string MinimumRsaKeySize = "hsm_analyzers.minimum_rsa_key_size";

    /// <summary>HSM1504: the elliptic curves accepted, comma-separated (default P-256, P-256K, P-384, P-521).</summary>
    public const string AllowedCurves = "hsm_analyzers.allowed_curves";

    /// <summary>The comma-separated entries of a list option, trimmed, without empty ones. Empty when the option
    /// is missing or has no entry: callers treat that as "not set".</summary>
    public static ImmutableArray<string> GetList(AnalyzerOptions options, SyntaxTree tree, string key) =>
        options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(key, out var text)
            ? text.Split(',').Select(entry => entry.Trim()).Where(entry => entry.Length > 0).ToImmutableArray()
            : ImmutableArray<string>.Empty;

    /// <summary>Comma-separated object IDs of the security groups allowed to hold administrator-level roles.</summary>
    public const string AdminGroupObjectIds = "hsm_analyzers.admin_group_object_ids";

    /// <summary>A comma-separated list of GUIDs, in order and without repeats; entries that are not GUIDs are skipped.
    /// Empty when the option is missing.</summary>
    public static ImmutableArray<Guid> GetGuidList(AnalyzerOptions options, SyntaxTree tree, string key) =>
        options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(key, out var text)
            ? text.Split(',')
                .Select(entry => Guid.TryParse(entry.Trim(), out var id) ? id : (Guid?)null)
                .Where(id => id is not null)
                .Select(id => id!.Value)
                .Distinct()
                .ToImmutableArray()
            : ImmutableArray<Guid>.Empty;

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
