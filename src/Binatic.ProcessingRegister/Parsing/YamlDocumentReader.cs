using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>
/// Reads YAML text into a JSON tree with a map back to the YAML, reporting every problem at its line and column.
/// Whatever the text, it returns: problems in the input become diagnostics, never exceptions, and limits on size,
/// nesting and node count keep time, memory and stack bounded.
/// </summary>
internal static class YamlDocumentReader
{
    /// <summary>
    /// The number of diagnostics after which reading stops, so that a file of a million mistakes produces a
    /// readable report rather than a million lines. Errors are never dropped in favour of warnings.
    /// </summary>
    public const int MaxDiagnostics = 100;

    /// <summary>
    /// The most nodes (mappings, sequences, keys and values) one document may have. Far above any register written
    /// by people, it bounds the memory a tree can take, even one that would expand aliases.
    /// </summary>
    public const int NodeBudget = 1_000_000;

    /// <summary>Reads <paramref name="text"/>, the content of the file shown to users as <paramref name="file"/>.</summary>
    /// <returns>
    /// The document. Its <see cref="ParsedDocument.Root"/> is a <see cref="Newtonsoft.Json.Linq.JObject"/> when the
    /// diagnostics hold no error, and null otherwise.
    /// </returns>
    public static ParsedDocument Read(string text, string file, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);

        var map = new SourceMap(file);
        var diagnostics = new List<Diagnostic>();
        if (text.Length > options.MaxFileSizeBytes)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticIds.InputTooLarge,
                DiagnosticSeverity.Error,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The file is larger than the limit of {options.MaxFileSizeBytes:N0} bytes ({text.Length:N0} characters); split the register into smaller files."),
                SourceLocation.WholeFile(file),
                JsonPointer.Root));
            return new ParsedDocument(null, map, diagnostics);
        }

        if (!YamlPreScanner.Scan(text, file, options, diagnostics))
        {
            return new ParsedDocument(null, map, diagnostics);
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (Exception ex) when (ex is YamlException or ArgumentException or InvalidOperationException)
        {
            // The pre-scan reads the same events and refuses everything YamlStream is known to fail on; this guards
            // the promise never to throw against parser quirks not yet known.
            diagnostics.Add(new Diagnostic(
                DiagnosticIds.YamlSyntax,
                DiagnosticSeverity.Error,
                "This is not valid YAML: the document cannot be read as a tree; check the indentation, colons, quotes and brackets.",
                ex is YamlException { Start: var start, End: var end } ? Marks.ToSpan(start, end).ToLocation(file) : SourceLocation.WholeFile(file),
                JsonPointer.Root));
            return new ParsedDocument(null, map, diagnostics);
        }

        // The pre-scan has established that there is exactly one document and that its root is a mapping.
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return new ParsedDocument(YamlTreeConverter.Convert(root, map, diagnostics), map, diagnostics);
    }
}
