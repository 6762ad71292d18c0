using System.Globalization;
using System.Text;
using Binatic.ProcessingRegister.Binding;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Parsing;
using Binatic.ProcessingRegister.References;
using Binatic.ProcessingRegister.Schema;

namespace Binatic.ProcessingRegister.Loading;

/// <summary>
/// Loads a register from YAML: reads it within the limits of <see cref="LoadOptions"/>, checks it against the
/// embedded JSON Schema and the references between its ids, and builds the typed <see cref="Model.Register"/>.
/// </summary>
/// <remarks>
/// Large registers use a second core: from 1 MiB of text up, the YAML parser runs on its own thread ahead of the
/// tree builder, and lists of 512 values or more are checked against the schema on the thread pool. The result is
/// the same either way. The methods are safe to call from several threads.
/// </remarks>
/// <example>
/// <code>
/// var result = RegisterLoader.LoadFile("registers/example.yaml");
/// foreach (var finding in result.Diagnostics) Console.WriteLine(finding);
/// </code>
/// </example>
public static class RegisterLoader
{
    private static readonly MessageTemplate CannotRead = new("The file cannot be read: {reason}", "Het bestand kan niet worden gelezen: {reason}");

    private static readonly MessageTemplate NotUtf8Wide = new("The file is {encoding} text, not UTF-8; save it as UTF-8.", "Het bestand is {encoding}-tekst, geen UTF-8; sla het op als UTF-8.");

    private static readonly MessageTemplate NotUtf8 = new("The file is not valid UTF-8 text here; save it as UTF-8.", "Het bestand is hier geen geldige UTF-8-tekst; sla het op als UTF-8.");

    private static readonly MessageTemplate FileTooLarge = new("The file is larger than the limit of {limit} bytes; {how}", "Het bestand is groter dan de grens van {limit} bytes; {how}");

    private static readonly MessageTemplate NoSuchFile = new("the file does not exist.", "het bestand bestaat niet.");

    private static readonly MessageTemplate PathIsFolder = new("the path is a folder, not a file.", "het pad is een map, geen bestand.");

    private static readonly MessageTemplate NotRegular = new("the path is {kind}, not a regular file.", "het pad is {kind}, geen gewoon bestand.");

    private static readonly MessageTemplate CharacterDevice = new("a character device", "een tekenapparaat");
    private static readonly MessageTemplate BlockDevice = new("a block device", "een blokapparaat");
    private static readonly MessageTemplate Fifo = new("a FIFO", "een FIFO-bestand");
    private static readonly MessageTemplate Socket = new("a socket", "een socket-bestand");
    private static readonly MessageTemplate OtherKind = new("something that cannot be read as a file", "iets dat niet als bestand te lezen is");

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads the register in the file at <paramref name="path"/>; findings name the path as given.</summary>
    /// <param name="path">The path of the YAML file.</param>
    /// <param name="options">Limits on size and nesting; <see cref="LoadOptions.Default"/> when omitted.</param>
    /// <returns>
    /// The register or the reasons it could not be loaded; a file that does not exist or cannot be opened or read gives
    /// <see cref="LoadStatus.Unreadable"/>.
    /// </returns>
    /// <remarks>
    /// The path should name a regular file. A device is read only up to <see cref="LoadOptions.MaxFileSizeBytes"/>, but
    /// opening a FIFO waits for a writer, as it does for any reader; the <c>processing-register</c> tool refuses
    /// anything but a regular file before it calls this, and code that takes paths from others should do the same, or
    /// open the file itself and call <see cref="Load(Stream, string, LoadOptions?)"/>.
    /// </remarks>
    public static LoadResult LoadFile(string path, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return Load(stream, path, options);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Unreadable(path, exception.Message);
        }
    }

    private static LoadResult Unreadable(string path, object reason) =>
        new(
            null,
            [new Diagnostic(DiagnosticIds.InputUnreadable, DiagnosticSeverity.Error, CannotRead.With(("reason", reason)), SourceLocation.StartOfFile(path), JsonPointer.Root)],
            null,
            unreadable: true);

    /// <summary>
    /// Loads the register in the file at <paramref name="path"/> as <see cref="LoadFile"/> does, but only when the path
    /// names a regular file or a link to one: a path that names nothing, a folder, a device, a FIFO or a socket gives
    /// <see cref="LoadStatus.Unreadable"/> with an RPR100 that says what it names, and is never opened. For paths that
    /// come from a register rather than from the person running the review: opening a FIFO waits for a writer, and a
    /// device may never end.
    /// </summary>
    /// <param name="path">The path of the YAML file, which findings name as given.</param>
    /// <param name="options">Limits on size and nesting.</param>
    /// <returns>The register or the reasons it could not be loaded.</returns>
    internal static LoadResult LoadRegularFile(string path, LoadOptions options)
    {
        var refusal = FileFacts.Of(path, followLinks: true).Kind switch
        {
            // Unknown is a path the system could not examine; opening it reports why.
            FileKind.Regular or FileKind.Unknown => null,
            FileKind.Missing => NoSuchFile.Text(),
            FileKind.Directory => PathIsFolder.Text(),
            FileKind.CharacterDevice => NotRegular.With(("kind", CharacterDevice.Text())),
            FileKind.BlockDevice => NotRegular.With(("kind", BlockDevice.Text())),
            FileKind.Fifo => NotRegular.With(("kind", Fifo.Text())),
            FileKind.Socket => NotRegular.With(("kind", Socket.Text())),
            _ => NotRegular.With(("kind", OtherKind.Text())),
        };
        return refusal is null ? LoadFile(path, options) : Unreadable(path, refusal);
    }

    /// <summary>Loads the register in <paramref name="stream"/>, read as UTF-8.</summary>
    /// <param name="stream">The YAML text; the stream is read to its end but not closed.</param>
    /// <param name="displayName">The name findings use for the file, such as its path.</param>
    /// <param name="options">Limits on size and nesting; <see cref="LoadOptions.Default"/> when omitted.</param>
    /// <returns>The register or the reasons it could not be loaded.</returns>
    public static LoadResult Load(Stream stream, string displayName, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(displayName);
        options ??= LoadOptions.Default;

        // Read one byte past the limit, so a file that is too large is refused without reading all of it.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxFileSizeBytes)
            {
                return TooLarge(displayName, options);
            }
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (WideEncoding(bytes) is { } wide)
        {
            return Failed(DiagnosticIds.YamlSyntax, displayName, NotUtf8Wide.With(("encoding", wide)));
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Failed(DiagnosticIds.YamlSyntax, FirstInvalidByte(bytes, displayName), NotUtf8.Text());
        }

        return Parse(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text, displayName, options);
    }

    /// <summary>Loads the register written in <paramref name="yaml"/>.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="displayName">The name findings use for the text, such as the path it came from.</param>
    /// <param name="options">Limits on size and nesting; <see cref="LoadOptions.Default"/> when omitted.</param>
    /// <returns>The register or the reasons it could not be loaded.</returns>
    public static LoadResult Parse(string yaml, string displayName, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(displayName);
        options ??= LoadOptions.Default;

        var parsed = YamlDocumentReader.Read(yaml, displayName, options.Limits);
        var diagnostics = new List<Diagnostic>(parsed.Diagnostics);
        if (parsed.Tree is null || HasErrors(diagnostics))
        {
            return Result(null, diagnostics, parsed.Map, DeclaredLanguage(parsed.Tree));
        }

        diagnostics.AddRange(SchemaValidator.Validate(parsed.Map));
        if (HasErrors(diagnostics))
        {
            return Result(null, diagnostics, parsed.Map, DeclaredLanguage(parsed.Tree));
        }

        var register = RegisterBinder.Bind(parsed.Tree.Root);
        // Each stage has rules of its own, so capping each caps them all: the reader stops at 100 findings, and the
        // schema stage caps its own without wording what it leaves out.
        diagnostics.AddRange(FindingCap.Apply(RegisterLanguage.English, Ordered(ReferenceChecker.Check(register, parsed.Map))));
        return Result(HasErrors(diagnostics) ? null : register, diagnostics, parsed.Map, register.Info.Language);
    }

    // A Dutch officer's typo in a key should still be reported in Dutch: the language is read from the tree as written,
    // before the schema has passed the register.
    private static RegisterLanguage? DeclaredLanguage(DocumentTree? tree) =>
        tree?.Root["register"]?["language"]?.Text switch
        {
            "nl" => RegisterLanguage.Dutch,
            "en" => RegisterLanguage.English,
            _ => null,
        };

    /// <summary>
    /// Names the UTF-16 or UTF-32 form of text saved as such, told by its byte order mark or, without one, by the zero
    /// bytes beside each ASCII character in the first line; those zeros are valid UTF-8, so without this check the file
    /// would be reported as broken YAML at a confusing position. UTF-32 is tried first: its little-endian byte order
    /// mark begins with UTF-16's.
    /// </summary>
    private static string? WideEncoding(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return "UTF-32 (little-endian, with a byte order mark)";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return "UTF-32 (big-endian, with a byte order mark)";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return "UTF-16 (little-endian, with a byte order mark)";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "UTF-16 (big-endian, with a byte order mark)";
        }

        if (bytes.Length < 4)
        {
            return null;
        }

        return (bytes[0] != 0, bytes[1] != 0, bytes[2] != 0, bytes[3] != 0) switch
        {
            (true, false, false, false) => "UTF-32 (little-endian)",
            (false, false, false, true) => "UTF-32 (big-endian)",
            (true, false, true, false) => "UTF-16 (little-endian)",
            (false, true, false, true) => "UTF-16 (big-endian)",
            _ => null,
        };
    }

    /// <summary>Locates the first byte that is not UTF-8, counting lines and columns over the valid text before it.</summary>
    private static SourceLocation FirstInvalidByte(ReadOnlySpan<byte> bytes, string displayName)
    {
        var valid = new char[bytes.Length];
        _ = System.Text.Unicode.Utf8.ToUtf16(bytes, valid, out _, out var written, replaceInvalidSequences: false);
        var prefix = valid.AsSpan(0, written);
        var (line, column) = YamlDocumentReader.EndOf(prefix.StartsWith('\uFEFF') ? prefix[1..] : prefix);
        return new SourceLocation(displayName, line, column, line, column + 1);
    }

    private static LoadResult TooLarge(string displayName, LoadOptions options) =>
        Failed(
            DiagnosticIds.InputTooLarge,
            displayName,
            FileTooLarge.With(("limit", options.MaxFileSizeBytes.ToString("N0", CultureInfo.InvariantCulture)), ("how", YamlDocumentReader.HowToShrinkOrRaiseText.Text())));

    private static LoadResult Failed(string id, string displayName, MessageText message) =>
        Failed(id, SourceLocation.StartOfFile(displayName), message);

    private static LoadResult Failed(string id, SourceLocation location, MessageText message) =>
        new(null, [new Diagnostic(id, DiagnosticSeverity.Error, message, location, JsonPointer.Root)], null);

    private static LoadResult Result(Register? register, List<Diagnostic> diagnostics, SourceMap map, RegisterLanguage? language) =>
        new(register, Ordered(diagnostics), map) { DeclaredLanguage = language };

    private static List<Diagnostic> Ordered(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.RuleId, StringComparer.Ordinal)];

    private static bool HasErrors(List<Diagnostic> diagnostics) => diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error);
}
