using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// Writes a register as canonical JSON: the same keys, enum spellings and order as the YAML format, so that the
/// JSON validates against the very schema that checks the YAML (<c>schema/processing-register.schema.json</c>) and
/// loads back, with <see cref="RegisterLoader"/>, to a register equal to the one written.
/// </summary>
/// <remarks>
/// <para>
/// The output is canonical: the same register always gives the same bytes, whatever the machine, culture or time.
/// Keys come in the order the schema lists them and lists in the order of the register. Values that are absent
/// are left out rather than written as <c>null</c>, and so are the defaults the loader fills in, such as
/// <c>available: true</c> on a contact channel or <c>criminalOffenceData: false</c> on a data category, and empty
/// lists other than those the schema requires, such as an activity's <c>purposes</c>. Dates are
/// written as <c>yyyy-MM-dd</c> and periods as ISO 8601, such as <c>P7Y</c>. Text is UTF-8 and stays readable:
/// letters such as <c>ë</c> are written as they are. Control characters, line separators, characters beyond U+FFFF
/// and a few others that are easy to lose or misread are escaped as <c>\uXXXX</c>, which every JSON reader, and
/// every YAML 1.2 reader, turns back into the same text.
/// </para>
/// <para>
/// An activity's <c>recipients</c> are written as <c>[]</c> when the register says the data goes to nobody, and
/// left out when it does not say.
/// </para>
/// <para>
/// <c>register.role</c> is written only when it is not the default <c>controller</c>. A controller's record is always
/// written with its <c>dataSubjectCategories</c>, <c>dataCategories</c> and <c>activities</c>, even when they are
/// empty; a register that keeps only a processor's record (<c>role: processor</c>) is written without them unless it
/// holds some.
/// </para>
/// <para>
/// The exporter does not validate: a register built in code that the schema would refuse, such as one with an
/// empty name, is written as it is, and loading the JSON back reports the problem.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var register = RegisterLoader.LoadFile("registers/example.yaml").GetRegisterOrThrow();
/// File.WriteAllText("register.json", JsonExport.ToJson(register));
///
/// using var stream = File.Create("register.min.json");
/// JsonExport.Write(register, stream, new JsonExportOptions { Indented = false });
/// </code>
/// </example>
public static class JsonExport
{
    private static readonly byte[] FinalNewLine = "\n"u8.ToArray();

    /// <summary>Writes <paramref name="register"/> as JSON text.</summary>
    /// <param name="register">The register to write.</param>
    /// <param name="options">The layout; indented when omitted.</param>
    /// <returns>The JSON, ending with a line break.</returns>
    public static string ToJson(Register register, JsonExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        using var buffer = new MemoryStream();
        Write(register, buffer, options);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes <paramref name="register"/> as UTF-8 JSON, without a byte order mark, to a stream.</summary>
    /// <param name="register">The register to write.</param>
    /// <param name="utf8Json">The stream to write to; it is flushed but not closed.</param>
    /// <param name="options">The layout; indented when omitted.</param>
    public static void Write(Register register, Stream utf8Json, JsonExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= new JsonExportOptions();

        var writerOptions = new JsonWriterOptions
        {
            Indented = options.Indented,
            IndentSize = 2,
            NewLine = "\n",

            // The default encoder escapes every non-ASCII letter, and characters such as + and ', which would turn a
            // Dutch register into \u00EB soup. This one writes text as it is; it still escapes control characters and
            // the separators (U+0085, U+2028, U+2029) that YAML 1.1 readers take for line breaks. The output is a data
            // file, not markup: whoever embeds it in HTML escapes it for HTML, as with any other text.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var writer = new Utf8JsonWriter(utf8Json, writerOptions))
        {
            JsonSerializer.Serialize(writer, JsonRegisterMapper.Map(register), JsonRegisterContext.Default.JsonRegister);
        }

        utf8Json.Write(FinalNewLine);
        utf8Json.Flush();
    }
}
