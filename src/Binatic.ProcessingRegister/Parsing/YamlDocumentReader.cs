using System.Buffers;
using System.Globalization;
using Binatic.ProcessingRegister.Diagnostics;

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
    /// What to do about a file over <see cref="ReadingLimits.MaxFileSizeBytes"/>, for users of the command line and of
    /// the library alike.
    /// </summary>
    public const string HowToShrinkOrRaise =
        "split the register, or raise the limit (--max-file-size on the command line, LoadOptions.MaxFileSizeBytes in code) if the file is trusted.";

    /// <summary>Gets <see cref="HowToShrinkOrRaise"/> in English and Dutch.</summary>
    public static readonly MessageTemplate HowToShrinkOrRaiseText = new(
        HowToShrinkOrRaise,
        "splits het register, of verhoog de grens (--max-file-size op de opdrachtregel, LoadOptions.MaxFileSizeBytes in code) als het bestand te vertrouwen is.");

    private static readonly MessageTemplate FileTooLargeCharacters = new(
        "The file is larger than the limit of {limit} bytes ({characters} characters); {how}",
        "Het bestand is groter dan de grens van {limit} bytes ({characters} tekens); {how}");

    private static readonly MessageTemplate NulCharacter = new("a NUL character", "een NUL-teken");
    private static readonly MessageTemplate CharacterCode = new("the character U+{code}", "het teken U+{code}");

    private static readonly MessageTemplate ForbiddenCharacter = new(
        "The file holds {what} here, which YAML does not allow; a register is plain text, so remove it (a file saved as UTF-16 or a binary file holds many of them).",
        "Het bestand bevat hier {what}, wat YAML niet toestaat; een register is platte tekst, dus verwijder het (een bestand dat als UTF-16 is opgeslagen of een binair bestand bevat er veel).");

    /// <summary>
    /// The characters outside YAML 1.2's printable set (c-printable): C0 controls other than tab and line breaks, DEL,
    /// C1 controls other than NEL, and the non-characters U+FFFE and U+FFFF. Written out rather than computed, which
    /// compiled a query at every start of the tool; a test checks the list against the definition.
    /// </summary>
    internal const string ForbiddenCharacters =
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F" +
        "\uFFFE\uFFFF";

    private static readonly SearchValues<char> Forbidden = SearchValues.Create(ForbiddenCharacters);

    /// <summary>Reads <paramref name="text"/>, the content of the file shown to users as <paramref name="file"/>.</summary>
    /// <returns>
    /// The document. Its <see cref="ParsedDocument.Tree"/>, whose root is a mapping, is present when the diagnostics
    /// hold no error, and null otherwise.
    /// </returns>
    public static ParsedDocument Read(string text, string file, ReadingLimits limits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(limits);

        var map = new SourceMap(file, tree: null, isComplete: false);
        if (text.Length > limits.MaxFileSizeBytes)
        {
            Diagnostic tooLarge = new(
                DiagnosticIds.InputTooLarge,
                DiagnosticSeverity.Error,
                FileTooLargeCharacters.With(
                    ("limit", limits.MaxFileSizeBytes.ToString("N0", CultureInfo.InvariantCulture)),
                    ("characters", text.Length.ToString("N0", CultureInfo.InvariantCulture)),
                    ("how", HowToShrinkOrRaiseText.Text())),
                SourceLocation.StartOfFile(file),
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
            var what = text[control] == '\0' ? NulCharacter.Text() : CharacterCode.With(("code", ((int)text[control]).ToString("X4", CultureInfo.InvariantCulture)));
            Diagnostic finding = new(
                DiagnosticIds.YamlSyntax,
                DiagnosticSeverity.Error,
                ForbiddenCharacter.With(("what", what)),
                new SourceLocation(file, line, column, line, column + 1),
                JsonPointer.Root);
            return new ParsedDocument(null, map, [finding]);
        }

        var (tree, isComplete, found) = YamlEventReader.Read(text, file, limits);
        var read = new SourceMap(file, tree, isComplete, EndOf(text));
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
    /// moved to this position. The loader counts the same way over the valid text before a file's first byte that is
    /// not UTF-8. Lines end at a line feed or at a carriage return not followed by one.
    /// </summary>
    public static (int Line, int Column) EndOf(ReadOnlySpan<char> text)
    {
        // Most files break lines with line feeds alone, and two vectorised passes count them.
        if (!text.Contains('\r'))
        {
            return (1 + text.Count('\n'), text.Length - (text.LastIndexOf('\n') + 1) + 1);
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
