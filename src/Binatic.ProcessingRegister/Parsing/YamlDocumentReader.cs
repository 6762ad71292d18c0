using System.Buffers;
using System.Globalization;

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

    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c),
         .. Enumerable.Range(0x7F, 0x21).Where(c => c != 0x85).Select(c => (char)c),
         '\uFFFE', '\uFFFF']);

    /// <summary>Reads <paramref name="text"/>, the content of the file shown to users as <paramref name="file"/>.</summary>
    /// <returns>
    /// The document. Its <see cref="ParsedDocument.Tree"/>, whose root is a mapping, is present when the diagnostics
    /// hold no error, and null otherwise.
    /// </returns>
    public static ParsedDocument Read(string text, string file, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);

        var map = new SourceMap(file, tree: null, isComplete: false);
        if (text.Length > options.MaxFileSizeBytes)
        {
            Diagnostic tooLarge = new(
                DiagnosticIds.InputTooLarge,
                DiagnosticSeverity.Error,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The file is larger than the limit of {options.MaxFileSizeBytes:N0} bytes ({text.Length:N0} characters); split the register into smaller files."),
                SourceLocation.WholeFile(file),
                JsonPointer.Root);
            return new ParsedDocument(null, map, [tooLarge]);
        }

        // YAML allows no control characters other than tab and line breaks in a file, but YamlDotNet reads most of
        // them as text (a terminal escape would then reach the exports) and stops at a NUL with a misleading "did not
        // find expected key"; say what is really there. Escapes such as "\u001b" in double quotes stay allowed.
        var control = FirstForbiddenCharacter(text);
        if (control >= 0)
        {
            var line = 1 + text.AsSpan(0, control).Count('\n');
            var column = control - (text.LastIndexOf('\n', control) + 1) + 1;
            var what = text[control] == '\0' ? "a NUL character" : string.Create(CultureInfo.InvariantCulture, $"the character U+{(int)text[control]:X4}");
            Diagnostic finding = new(
                DiagnosticIds.YamlSyntax,
                DiagnosticSeverity.Error,
                $"The file holds {what} here, which YAML does not allow; a register is plain text, so remove it (a file saved as UTF-16 or a binary file holds many of them).",
                new SourceLocation(file, line, column, line, column + 1),
                JsonPointer.Root);
            return new ParsedDocument(null, map, [finding]);
        }

        var (tree, isComplete, found) = YamlEventReader.Read(text, file, options);
        var (lastLine, lastColumn) = EndOf(text);
        var read = new SourceMap(file, tree, isComplete);
        read.EndsAt(lastLine, lastColumn);
        return new ParsedDocument(isComplete ? tree : null, read, [.. found.Select(d => d with { Location = read.Inside(d.Location) })]);
    }

    /// <summary>
    /// Finds the first character outside YAML 1.2's printable set (c-printable): C0 controls other than tab and line
    /// breaks, DEL, C1 controls other than NEL, and the non-characters U+FFFE and U+FFFF.
    /// </summary>
    private static int FirstForbiddenCharacter(string text) => text.AsSpan().IndexOfAny(Forbidden);

    /// <summary>
    /// Gets the line and column just past the last character. YamlDotNet reports an error at the end of a file that
    /// does not end in a line break on the line after the last one, which no editor can show; findings there are
    /// moved to this position. Lines end at a line feed or at a carriage return not followed by one.
    /// </summary>
    private static (int Line, int Column) EndOf(string text)
    {
        // Most files break lines with line feeds alone, and two vectorised passes count them.
        var span = text.AsSpan();
        if (!span.Contains('\r'))
        {
            return (1 + span.Count('\n'), text.Length - (span.LastIndexOf('\n') + 1) + 1);
        }

        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, text.Length - lineStart + 1);
    }
}
