using System.Diagnostics;

namespace Binatic.ProcessingRegister.Tests.Cli;

/// <summary>Makes the special files the file tests need with the system's own commands, where the system has them.</summary>
internal static class UnixFiles
{
    /// <summary>Makes a FIFO at <paramref name="path"/>, skipping the test where there are no FIFOs.</summary>
    public static void MakeFifo(string path)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows has no FIFOs in the file system.");
        Assert.SkipUnless(Run("mkfifo", path), "mkfifo is not available.");
    }

    /// <summary>
    /// Makes a character device at <paramref name="path"/> with the numbers of Linux's /dev/null (1, 3) or /dev/full
    /// (1, 7), so that a test never writes to the system's own devices; skips where devices cannot be made.
    /// </summary>
    public static void MakeCharacterDevice(string path, int minor)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "The device numbers are Linux's.");
        Assert.SkipUnless(Run("mknod", path, "c", "1", minor.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Making a device needs root (CAP_MKNOD).");
    }

    /// <summary>
    /// Starts a process that opens <paramref name="fifo"/> for writing and closes it a few seconds later, so that a
    /// command that wrongly reads the FIFO ends (with an empty read) instead of blocking the test run for ever.
    /// </summary>
    public static Process StartFifoWriter(string fifo)
    {
        var start = new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", "exec sleep 5 > \"$0\"", fifo } };
        return Process.Start(start)!;
    }

    /// <summary>Ends a process a test started, if it has not ended by itself.</summary>
    public static void End(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        process.Dispose();
    }

    /// <summary>
    /// Makes a block device at <paramref name="path"/> with the numbers of a loop device that is never opened (7, 255),
    /// for tests that must refuse it; skips where devices cannot be made.
    /// </summary>
    public static void MakeBlockDevice(string path)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "The device numbers are Linux's.");
        Assert.SkipUnless(Run("mknod", path, "b", "7", "255"), "Making a device needs root (CAP_MKNOD).");
    }

    /// <summary>Gets whether the test runs as root, whom file permissions do not stop.</summary>
    public static bool IsRoot => !OperatingSystem.IsWindows() && Environment.UserName == "root";

    private static bool Run(string command, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(command) { RedirectStandardError = true };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
