using System.Text;

namespace Binatic.ProcessingRegister.Cli;

/// <summary>
/// The file handling the commands that read one register and write one document share (<c>export</c>, <c>diff</c>):
/// loading with a located report of what went wrong, and writing a result whole or not at all.
/// </summary>
internal static class CommandFiles
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    // Windows and macOS file systems ignore case by default, so there two spellings can name the same file.
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Gets a value indicating whether two paths name the same file.</summary>
    public static bool SamePath(string a, string b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), PathComparison);

    /// <summary>
    /// Loads the register at <paramref name="path"/> within <paramref name="limits"/>. A missing or unreadable file is reported on
    /// <paramref name="error"/> and gives <see cref="ExitCodes.UsageOrInputError"/>; a register with errors gives
    /// <see cref="ExitCodes.ErrorsFound"/>, its findings left for the caller to print.
    /// </summary>
    public static (LoadResult? Result, int ExitCode) Load(string path, LoadOptions limits, TextWriter error)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"{path}: error {DiagnosticIds.InputUnreadable}: The file does not exist; check the path.");
            return (null, ExitCodes.UsageOrInputError);
        }

        var result = RegisterLoader.LoadFile(path, limits);
        var exitCode = result.Success ? ExitCodes.Success
            : result.Diagnostics.Any(d => d.RuleId == DiagnosticIds.InputUnreadable) ? ExitCodes.UsageOrInputError
            : ExitCodes.ErrorsFound;
        return (result, exitCode);
    }

    /// <summary>
    /// Writes <paramref name="text"/> to standard output, or whole to <paramref name="outputPath"/>; a file that
    /// cannot be written is reported as "the <paramref name="what"/> cannot be written".
    /// </summary>
    public static int Emit(string text, string? outputPath, string what, TextWriter output, TextWriter error)
    {
        if (outputPath is null)
        {
            output.Write(text);
            return ExitCodes.Success;
        }

        try
        {
            WriteWhole(outputPath, text);
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{outputPath}: error: The {what} cannot be written: {exception.Message}");
            return ExitCodes.UsageOrInputError;
        }
    }

    /// <summary>
    /// Writes <paramref name="text"/> to a new file in the target's own directory, so that the final move is a
    /// rename within one file system, which replaces the target in one step: readers see the old file or the new
    /// one, never a half-written one, and a failure leaves the old file as it was.
    /// </summary>
    private static void WriteWhole(string path, string text)
    {
        var target = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Path.GetRandomFileName()}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(Utf8WithoutBom.GetBytes(text));
                stream.Flush(flushToDisk: true);
            }

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
    }
}
