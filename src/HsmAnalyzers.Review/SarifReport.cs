using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace HsmAnalyzers.Review;

/// <summary>SARIF 2.1.0: the package's rules, one result per finding (suppressed ones with their
/// <c>suppressions</c>), locations relative to <c>%SRCROOT%</c>, fingerprints and the first fix of each finding.</summary>
internal static class SarifReport
{
    public const string SourceRootId = "%SRCROOT%";

    /// <summary>Versioned, so that a change of the fingerprint's recipe shows as a new key, not as new findings.</summary>
    public const string FingerprintKey = "hsmReview/v1";

    public const string InformationUri = "https://github.com/hsmanalyzers/hsmanalyzers";

    public static string Write(ReviewResult result, SourceRoot root)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRootId);
            json.WriteString("uri", root.Uri.AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var finding in result.Findings)
            {
                WriteResult(json, finding);
            }

            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteTool(Utf8JsonWriter json)
    {
        var version = typeof(SarifReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "HsmAnalyzers");
        json.WriteString("fullName", "HsmAnalyzers (hsm-review)");
        json.WriteString("version", version);
        json.WriteString("semanticVersion", version);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in PackageRules.Rules)
        {
            var descriptor = rule.Descriptor;
            json.WriteStartObject();
            json.WriteString("id", descriptor.Id);
            json.WriteString("name", rule.Name);
            WriteMessage(json, "shortDescription", descriptor.Title.ToString());
            WriteMessage(json, "fullDescription", descriptor.Description.ToString() is { Length: > 0 } description ? description : descriptor.Title.ToString());
            json.WriteString("helpUri", descriptor.HelpLinkUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteBoolean("enabled", descriptor.IsEnabledByDefault);
            json.WriteString("level", SeverityNames.SarifLevel(descriptor.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", descriptor.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", PackageRules.RuleIndex[finding.RuleId]);
        json.WriteString("level", SeverityNames.SarifLevel(finding.Severity));
        WriteMessage(json, "message", finding.Message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(json, finding.Path);
        WriteRegion(json, "region", finding.Region);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        if (!finding.RelatedLocations.IsEmpty)
        {
            json.WriteStartArray("relatedLocations");
            foreach (var (location, index) in finding.RelatedLocations.Select((location, index) => (location, index)))
            {
                json.WriteStartObject();
                json.WriteNumber("id", index);
                json.WriteStartObject("physicalLocation");
                WriteArtifactLocation(json, location.Path);
                WriteRegion(json, "region", location.Region);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, finding.Fingerprint);
        json.WriteEndObject();
        if (finding.Suppression is { } suppression)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            if (suppression.Justification is { } justification)
            {
                json.WriteString("justification", justification);
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (finding.Fix is { } fix)
        {
            json.WriteStartArray("fixes");
            json.WriteStartObject();
            WriteMessage(json, "description", fix.Description);
            json.WriteStartArray("artifactChanges");
            foreach (var change in fix.Changes)
            {
                json.WriteStartObject();
                WriteArtifactLocation(json, change.Path);
                json.WriteStartArray("replacements");
                foreach (var replacement in change.Replacements)
                {
                    json.WriteStartObject();
                    WriteRegion(json, "deletedRegion", replacement.DeletedRegion);
                    json.WriteStartObject("insertedContent");
                    json.WriteString("text", replacement.InsertedText);
                    json.WriteEndObject();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter json, string path)
    {
        json.WriteStartObject("artifactLocation");
        if (Path.IsPathRooted(path))
        {
            json.WriteString("uri", new Uri(path).AbsoluteUri);
        }
        else
        {
            json.WriteString("uri", string.Join('/', path.Split('/').Select(Uri.EscapeDataString)));
            json.WriteString("uriBaseId", SourceRootId);
        }

        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, string name, TextRegion region)
    {
        json.WriteStartObject(name);
        json.WriteNumber("startLine", region.StartLine);
        json.WriteNumber("startColumn", region.StartColumn);
        json.WriteNumber("endLine", region.EndLine);
        json.WriteNumber("endColumn", region.EndColumn);
        json.WriteNumber("charOffset", region.CharOffset);
        json.WriteNumber("charLength", region.CharLength);
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
