using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Binatic.ProcessingRegister.Cli;

/// <summary>
/// Temporary files being written that are not yet in place: when the process is interrupted (SIGINT, SIGTERM, SIGHUP,
/// SIGQUIT; Ctrl+C or closing the console on Windows) they are deleted before it ends, so no half-written
/// <c>.name.random.tmp</c> is left beside the output.
/// </summary>
internal static class PendingFiles
{
    private static readonly ConcurrentDictionary<string, byte> Files = new(StringComparer.Ordinal);

    private static readonly Lazy<PosixSignalRegistration[]> Registrations = new(Register);

    /// <summary>Adds a temporary file to delete if the process is interrupted before <see cref="Remove"/>.</summary>
    public static void Add(string path)
    {
        _ = Registrations.Value;
        Files[path] = 0;
    }

    /// <summary>Stops watching over a temporary file, once it has been moved into place or deleted.</summary>
    public static void Remove(string path) => Files.TryRemove(path, out _);

    /// <summary>Deletes every pending temporary file; what a signal does before the process ends.</summary>
    public static void DeleteAll()
    {
        foreach (var path in Files.Keys)
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // The process is ending; a file that cannot be deleted now cannot be deleted later either.
            }

            Remove(path);
        }
    }

    private static PosixSignalRegistration[] Register()
    {
        // The handlers do not cancel the signal, so after the clean-up the process ends as it would have without them.
        try
        {
            return [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT }
                .Select(signal => PosixSignalRegistration.Create(signal, _ => DeleteAll()))];
        }
        catch (PlatformNotSupportedException)
        {
            return [];
        }
    }
}
