using System.Text.Encodings.Web;
using System.Text.Json;
using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Cli.Output;

/// <summary>
/// One JSON object with every finding and a summary, for tools that are neither GitHub nor SARIF readers.
/// Property names are camelCase and every finding has every property (<c>acceptedReason</c> is <c>null</c> when
/// the finding is not accepted), so a reader needs no optional handling.
/// </summary>
/// <remarks>
/// Characters are escaped only where JSON requires it (not <c>'</c> or <c>&lt;</c>, as for HTML), since the output is
/// read by programs and people, never embedded in a page; and where a person could not see them (see
/// <see cref="JsonText.Visible"/>). Values are the findings' own: the file is its real name, escaped by JSON's rules.
/// </remarks>
internal sealed class JsonFormatter : IReportFormatter
{
    public void Write(ValidationReport report, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", finding.RuleId);
                json.WriteString("severity", SeverityWord.Of(finding.Severity));
                json.WriteString("message", finding.Message);
                json.WriteString("file", finding.File);
                json.WriteNumber("line", finding.Location.Line);
                json.WriteNumber("column", finding.Location.Column);
                json.WriteNumber("endLine", finding.Location.EndLine);
                json.WriteNumber("endColumn", finding.Location.EndColumn);
                json.WriteString("jsonPointer", finding.JsonPointer);
                json.WriteString("acceptedReason", finding.AcceptedReason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("registers", report.Registers);
            json.WriteNumber("errors", report.Errors);
            json.WriteNumber("warnings", report.Warnings);
            json.WriteNumber("infos", report.Infos);
            json.WriteNumber("accepted", report.Accepted);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(JsonText.Visible(stream.ToArray()));
    }
}
