using System.Text;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Cli;

/// <summary>
/// The file handling the commands that read registers and write one document share (<c>export</c>, <c>diff</c>):
/// loading with a located report of what went wrong, and writing a result whole or not at all.
/// </summary>
/// <remarks>
/// What <c>--output</c> may name, and what happens to it:
/// <list type="bullet">
/// <item>A new path, or a regular file: the output is written to a temporary file beside it and renamed over it, so it is
/// replaced whole or not at all; an existing file keeps its permission bits. A read-only file (no write permission for
/// its owner; the read-only attribute on Windows) is refused unless <c>--force</c> is given.</item>
/// <item>A symbolic link: followed; the file it finally points to is replaced as above and the link stays. A link that
/// points to nothing is refused rather than creating a file wherever it points.</item>
/// <item>A character device (<c>/dev/null</c>, <c>/dev/stdout</c>, a terminal) or a FIFO: opened and written to
/// directly, as a shell's redirection would, since renaming a file over it would replace the device.</item>
/// <item>A folder, a socket, a block device: refused.</item>
/// <item>Any input of the same command, however it is reached (another spelling, a symbolic or hard link, a linked
/// folder in the path): refused, so that a command never replaces what it reads.</item>
/// </list>
/// Every refusal is reported on standard error and gives <see cref="ExitCodes.UsageOrInputError"/>.
/// </remarks>
internal static class CommandFiles
{
    /// <summary>What <c>diff</c> writes, as its messages name it.</summary>
    public static readonly CliMessage Summary = new("summary", "de samenvatting");

    /// <summary>What <c>export</c> writes, as its messages name it.</summary>
    public static readonly CliMessage Export = new("export", "het exportbestand");

    /// <summary>The schema, as <c>schema --output</c> names it.</summary>
    public static readonly CliMessage Schema = new("schema", "het schema");

    private static readonly CliMessage FileMissing = new("The file does not exist; check the path.", "Het bestand bestaat niet; controleer het pad.");

    private static readonly CliMessage PathIsFolder = new("The path is a folder, not a register file.", "Het pad is een map, geen registerbestand.");

    private static readonly CliMessage NotRegular = new(
        "The path is not a regular file (it is {kind}); give the register's file.",
        "Het pad is geen gewoon bestand (het is {kind}); geef het bestand van het register.");

    private static readonly CliMessage CannotBeWritten = new("The {what} cannot be written: {reason}", "Schrijven van {what} is mislukt: {reason}");

    private static readonly CliMessage DanglingLink = new(
        "--output is a symbolic link that points to {target}, which does not exist; the {what} was not written.",
        "--output is een symbolische koppeling naar {target}, dat niet bestaat; {what} is niet geschreven.");

    private static readonly CliMessage ReadOnly = new(
        "The file is read-only; the {what} was not written. Pass --force to replace it (it stays read-only).",
        "Het bestand is alleen-lezen; {what} is niet geschreven. Geef --force om het te vervangen (het blijft alleen-lezen).");

    private static readonly CliMessage OutputIsFolder = new(
        "--output is a folder; give the path of a file to write the {what} to.",
        "--output is een map; geef het pad van een bestand om {what} naar te schrijven.");

    private static readonly CliMessage OutputIsOther = new(
        "--output is {kind}, not a file; the {what} was not written.",
        "--output is {kind}, geen bestand; {what} is niet geschreven.");

    private static readonly CliMessage CharacterDevice = new("a character device", "een tekenapparaat");
    private static readonly CliMessage BlockDevice = new("a block device", "een blokapparaat");
    private static readonly CliMessage Fifo = new("a FIFO", "een FIFO-bestand");
    private static readonly CliMessage Socket = new("a socket", "een socket-bestand");
    private static readonly CliMessage Folder = new("a folder", "een map");
    private static readonly CliMessage UnusableKind = new("of a kind that cannot be used", "van een soort die niet bruikbaar is");

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    // Windows and macOS file systems ignore case by default, so there two spellings can name the same file.
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// Gets a value indicating whether two paths name the same existing file: by its identity where the system gives
    /// one (so hard links count), otherwise by the paths with every link resolved.
    /// </summary>
    public static bool SameFile(string a, string b)
    {
        var first = FileFacts.Of(a, followLinks: true);
        var second = FileFacts.Of(b, followLinks: true);
        if (first.Kind == FileKind.Missing || second.Kind == FileKind.Missing)
        {
            return false;
        }

        return first.Identity is { } one && second.Identity is { } other
            ? one == other
            : string.Equals(Resolved(a), Resolved(b), PathComparison);
    }

    /// <summary>
    /// Loads the register at <paramref name="path"/> within <paramref name="limits"/>. A missing or unreadable file,
    /// or one that is not a regular file, is reported on <paramref name="error"/> and gives
    /// <see cref="ExitCodes.UsageOrInputError"/>; a register with errors gives <see cref="ExitCodes.ErrorsFound"/>,
    /// its findings left for the caller to print. The tool's own message is in <paramref name="language"/>: no
    /// register has been read that could choose it.
    /// </summary>
    public static (LoadResult? Result, int ExitCode) Load(string path, LoadOptions limits, TextWriter error, RegisterLanguage language)
    {
        if (NotARegisterFile(path) is { } problem)
        {
            WriteUnreadable(error, path, problem.In(language));
            return (null, ExitCodes.UsageOrInputError);
        }

        var result = RegisterLoader.LoadFile(path, limits);
        var exitCode = result.Success ? ExitCodes.Success
            : result.Status == LoadStatus.Unreadable ? ExitCodes.UsageOrInputError
            : ExitCodes.ErrorsFound;
        return (result, exitCode);
    }

    /// <summary>
    /// Reports a path that names no register the tool can read (missing, not a regular file, a pattern that matches
    /// nothing) as RPR100, with the path shown as findings show file names.
    /// </summary>
    public static void WriteUnreadable(TextWriter error, string path, string problem) => error.WriteLine(UnreadableLine(path, problem));

    /// <summary>Gets the line <see cref="WriteUnreadable"/> writes, for a caller that writes it later.</summary>
    public static string UnreadableLine(string path, string problem) => $"{VisibleText.Show(path)}: error {DiagnosticIds.InputUnreadable}: {problem}";

    /// <summary>
    /// Gets why <paramref name="path"/> cannot be read as a register, or <see langword="null"/> when it is a regular
    /// file (a symbolic link to one included). A FIFO or a device is refused because reading it may never end.
    /// </summary>
    public static CliText? NotARegisterFile(string path) => FileFacts.Of(path, followLinks: true).Kind switch
    {
        FileKind.Regular or FileKind.Unknown => null,
        FileKind.Missing => DoesNotExist,
        FileKind.Directory => PathIsFolder.With(),
        var kind => NotRegular.With(("kind", Describe(kind))),
    };

    /// <summary>Gets the message for a register file that does not exist.</summary>
    public static CliText DoesNotExist { get; } = FileMissing.With();

    /// <summary>
    /// Writes <paramref name="text"/> to standard output, or to <paramref name="outputPath"/> as the remarks of
    /// <see cref="CommandFiles"/> describe, in UTF-8 without a byte order mark; a file that cannot be written is
    /// reported as "the <paramref name="what"/> cannot be written", in <paramref name="language"/>.
    /// </summary>
    public static int Emit(string text, string? outputPath, bool force, CliMessage what, RegisterLanguage language, TextWriter output, TextWriter error)
    {
        if (outputPath is null)
        {
            output.Write(text);
            return ExitCodes.Success;
        }

        return Emit(Utf8WithoutBom.GetBytes(text), outputPath, force, what, language, output, error);
    }

    /// <summary>
    /// Writes the file <paramref name="bytes"/> to <paramref name="outputPath"/> as the remarks of
    /// <see cref="CommandFiles"/> describe, or, without one, to standard output as the UTF-8 text they hold (the
    /// caller refuses a binary file there).
    /// </summary>
    public static int Emit(byte[] bytes, string? outputPath, bool force, CliMessage what, RegisterLanguage language, TextWriter output, TextWriter error)
    {
        if (outputPath is null)
        {
            output.Write(Encoding.UTF8.GetString(bytes));
            return ExitCodes.Success;
        }

        try
        {
            if (Refusal(outputPath, force, what) is { } refusal)
            {
                error.WriteLine($"{VisibleText.Show(outputPath)}: error: {refusal.In(language)}");
                return ExitCodes.UsageOrInputError;
            }

            var target = Path.GetFullPath(outputPath);
            var facts = FileFacts.Of(target, followLinks: true);
            if (facts.Kind is FileKind.CharacterDevice or FileKind.Fifo)
            {
                using var stream = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
                stream.Write(bytes);
                return ExitCodes.Success;
            }

            var replaced = facts.Kind == FileKind.Missing ? target : Resolved(target);
            WriteWhole(replaced, bytes, facts.Kind == FileKind.Missing || OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(replaced));
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{VisibleText.Show(outputPath)}: error: {CannotBeWritten.In(language, ("what", what), ("reason", VisibleText.Show(exception.Message)))}");
            return ExitCodes.UsageOrInputError;
        }
    }

    /// <summary>Writes <paramref name="text"/> in UTF-8 without a byte order mark, as <see cref="WriteWhole(string, byte[], UnixFileMode?, Action{string}?)"/> writes bytes.</summary>
    internal static void WriteWhole(string target, string text, UnixFileMode? mode, Action<string>? beforeMove = null) =>
        WriteWhole(target, Utf8WithoutBom.GetBytes(text), mode, beforeMove);

    /// <summary>
    /// Writes <paramref name="bytes"/> to a new file in the target's own directory, so that the final move is a
    /// rename within one file system, which replaces the target in one step: readers see the old file or the new
    /// one, never a half-written one, and a failure or an interruption leaves the old file as it was and no temporary
    /// file behind.
    /// </summary>
    /// <param name="target">The full path of the regular file to replace or create.</param>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="mode">The permission bits of the file being replaced, which the new one keeps; none for a new file.</param>
    /// <param name="beforeMove">For tests: runs once the bytes are written, before it is moved into place.</param>
    internal static void WriteWhole(string target, byte[] bytes, UnixFileMode? mode, Action<string>? beforeMove = null)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Path.GetRandomFileName()}.tmp");
        PendingFiles.Add(temporary);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            if (mode is { } bits && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, bits);
            }

            beforeMove?.Invoke(temporary);
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            throw;
        }
        finally
        {
            PendingFiles.Remove(temporary);
        }
    }

    /// <summary>Gets why <paramref name="outputPath"/> may not be written, or <see langword="null"/> when it may.</summary>
    private static CliText? Refusal(string outputPath, bool force, CliMessage what)
    {
        var link = FileFacts.Of(outputPath, followLinks: false);
        var facts = link.Kind == FileKind.SymbolicLink ? FileFacts.Of(outputPath, followLinks: true) : link;
        return facts.Kind switch
        {
            FileKind.Missing when link.Kind == FileKind.SymbolicLink =>
                DanglingLink.With(("target", VisibleText.Show(new FileInfo(outputPath).LinkTarget ?? string.Empty)), ("what", what)),
            // What could not be examined is left to the write, whose own error then says why.
            FileKind.Missing or FileKind.CharacterDevice or FileKind.Fifo or FileKind.Unknown => null,
            FileKind.Regular when !force && IsReadOnly(Resolved(outputPath)) => ReadOnly.With(("what", what)),
            FileKind.Regular => null,
            FileKind.Directory => OutputIsFolder.With(("what", what)),
            var kind => OutputIsOther.With(("kind", Describe(kind)), ("what", what)),
        };
    }

    private static bool IsReadOnly(string path) => OperatingSystem.IsWindows()
        ? new FileInfo(path).IsReadOnly
        : (File.GetUnixFileMode(path) & UnixFileMode.UserWrite) == 0;

    private static CliMessage Describe(FileKind kind) => kind switch
    {
        FileKind.CharacterDevice => CharacterDevice,
        FileKind.BlockDevice => BlockDevice,
        FileKind.Fifo => Fifo,
        FileKind.Socket => Socket,
        FileKind.Directory => Folder,
        _ => UnusableKind,
    };

    /// <summary>Gets the full path of what <paramref name="path"/> finally points to, itself when it is no link.</summary>
    private static string Resolved(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }
}
