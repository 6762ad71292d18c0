using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Rules;

namespace Binatic.ProcessingRegister.Cli.Output;

/// <summary>
/// SARIF 2.1.0, as GitHub code scanning takes it: one run whose driver lists every rule of <see cref="RuleCatalogue"/>
/// (the GDPR rules and the load and schema checks), and one result per finding with a repository-relative location.
/// Accepted findings are results with an in-source suppression carrying the register's reason, so code scanning
/// shows them as dismissed rather than hiding them.
/// </summary>
/// <remarks>Written with <see cref="Utf8JsonWriter"/> in a fixed order, so the same findings give the same bytes.</remarks>
internal sealed class SarifFormatter : IReportFormatter
{
    // The project records no public repository address yet; the schema's own host is the one address it does own.
    private const string InformationUri = "https://binatic.nl/schemas/processing-register/";

    public void Write(ValidationReport report, TextWriter output)
    {
        var rules = RuleCatalogue.All;
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "processing-register");
            json.WriteString("semanticVersion", SemanticVersion());
            json.WriteString("informationUri", InformationUri);
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(json, rule, report.Language);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            // SARIF's run.language: the language of the rules' texts and of the messages (mostly; see ValidationReport).
            json.WriteString("language", report.Language == RegisterLanguage.Dutch ? "nl" : "en");
            json.WriteStartArray("results");
            foreach (var finding in report.Findings)
            {
                WriteResult(json, finding, ruleIndex);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(JsonText.Visible(stream.ToArray()));
    }

    // The name is made from the English title in every language, so that it stays the same name; the texts are in the
    // report's language.
    private static void WriteRule(Utf8JsonWriter json, RuleDescriptor english, RegisterLanguage language)
    {
        var rule = english.In(language);
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", Name(english.Title));
        WriteText(json, "shortDescription", rule.Title);
        WriteText(json, "fullDescription", $"{rule.Description} ({rule.Articles})");
        WriteText(json, "help", $"{rule.Rationale} {(language == RegisterLanguage.Dutch ? "Oplossing" : "How to fix")}: {rule.Fix}");
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic finding, Dictionary<string, int> ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        if (ruleIndex.TryGetValue(finding.RuleId, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(finding.Severity));
        WriteText(json, "message", finding.Message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", UriReference(finding.File));
        json.WriteEndObject();

        // SARIF regions count from 1 and GitHub wants a line to annotate: a finding about the whole file points at line 1.
        json.WriteStartObject("region");
        if (finding.Location.HasPosition)
        {
            json.WriteNumber("startLine", finding.Location.Line);
            json.WriteNumber("startColumn", finding.Location.Column);
            json.WriteNumber("endLine", Math.Max(finding.Location.EndLine, finding.Location.Line));
            json.WriteNumber("endColumn", Math.Max(finding.Location.EndColumn, finding.Location.Column));
        }
        else
        {
            json.WriteNumber("startLine", 1);
        }

        json.WriteEndObject();

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        if (finding.AcceptedReason is { } reason)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            json.WriteString("justification", reason);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// Gets the relative URI reference SARIF requires in <c>artifactLocation.uri</c> for a path with <c>/</c>
    /// separators: every character a URI path cannot hold as it is (a space, <c>#</c>, <c>?</c>, <c>%</c>, a line
    /// break, a control or format character, any non-ASCII letter) is percent-encoded as UTF-8, as is <c>:</c>, which
    /// in a first segment would read as a scheme.
    /// </summary>
    /// <param name="path">The repository-relative path.</param>
    /// <returns>The URI reference, which decodes to <paramref name="path"/>.</returns>
    public static string UriReference(string path)
    {
        var uri = new StringBuilder(path.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in path.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || "-._~!$&'()*+,;=@/".Contains((char)rune.Value, StringComparison.Ordinal)))
            {
                uri.Append((char)rune.Value);
                continue;
            }

            foreach (var b in bytes[..rune.EncodeToUtf8(bytes)])
            {
                uri.Append(CultureInfo.InvariantCulture, $"%{b:X2}");
            }
        }

        return uri.ToString();
    }

    // SARIF asks for a readable, PascalCase name beside the opaque id: "Duplicate id" becomes "DuplicateId".
    private static string Name(string title) =>
        string.Concat(Regex.Split(title, "[^A-Za-z0-9]+", RegexOptions.None, TimeSpan.FromSeconds(1))
            .Where(word => word.Length > 0)
            .Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    private static void WriteText(Utf8JsonWriter json, string property, string text)
    {
        json.WriteStartObject(property);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    // The informational version carries "+<commit>" from SourceLink; SARIF's semanticVersion is the release alone.
    private static string SemanticVersion()
    {
        var version = typeof(SarifFormatter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
