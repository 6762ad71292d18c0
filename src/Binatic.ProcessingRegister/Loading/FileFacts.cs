using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Binatic.ProcessingRegister.Loading;

/// <summary>
/// What the file system says a path is (<see cref="Kind"/>) and which file it is (<see cref="Identity"/>): two paths
/// name the same file when their identities are equal, whatever links, spellings or hard links lie between them.
/// </summary>
/// <remarks>
/// .NET has no public API for a file's identity or for its kind beyond file or folder, so this asks the system:
/// <c>statx</c> on Linux (device and inode, and the file type), <c>GetFileInformationByHandle</c> on Windows (volume
/// serial number and file index). Elsewhere (macOS) the kind is read from .NET's attributes, which cannot tell a FIFO or
/// a device from a file, and there is no identity, so callers compare the paths with links resolved instead.
/// </remarks>
/// <param name="Kind">What the path names.</param>
/// <param name="Identity">The file's identity, or <see langword="null"/> where the system gives none.</param>
internal readonly partial record struct FileFacts(FileKind Kind, FileFacts.FileId? Identity)
{
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxTypeModeAndInode = 0x1 | 0x2 | 0x100;
    private const int NoSuchFile = 2;
    private const int NotADirectory = 20;
    private const int NotPermitted = 1;
    private const int NotImplemented = 38;

    private static volatile bool statxWorks = true;

    /// <summary>Asks the file system about <paramref name="path"/>.</summary>
    /// <param name="path">The path, relative to the current directory or absolute.</param>
    /// <param name="followLinks">Whether a symbolic link at the end of the path is followed to what it points to.</param>
    /// <returns>The kind and identity; <see cref="FileKind.Missing"/> when nothing is there (or a link points nowhere).</returns>
    public static FileFacts Of(string path, bool followLinks)
    {
        if (OperatingSystem.IsLinux() && statxWorks && OfLinux(path, followLinks) is { } facts)
        {
            return facts;
        }

        var kind = KindFromAttributes(path, followLinks);
        return OperatingSystem.IsWindows() && kind == FileKind.Regular ? new(kind, WindowsIdentity(path)) : new(kind, null);
    }

    /// <summary>Asks <c>statx</c>; <see langword="null"/> where the system has none, and from then on it is not asked again.</summary>
    private static FileFacts? OfLinux(string path, bool followLinks)
    {
        int result;
        StatxBuffer status;
        try
        {
            result = Statx(AtCurrentDirectory, path, followLinks ? 0 : AtSymlinkNoFollow, StatxTypeModeAndInode, out status);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library older than statx (glibc before 2.28, musl before 1.2.5).
            statxWorks = false;
            return null;
        }

        if (result != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            if (errno is NotImplemented or NotPermitted)
            {
                // A kernel older than 4.11, or a container whose system call filter predates statx.
                statxWorks = false;
                return null;
            }

            return new(errno is NoSuchFile or NotADirectory ? FileKind.Missing : FileKind.Unknown, null);
        }

        var kind = (status.Mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            _ => FileKind.Unknown,
        };
        return new(kind, new FileId(((ulong)status.DeviceMajor << 32) | status.DeviceMinor, status.Inode));
    }

    private static FileKind KindFromAttributes(string path, bool followLinks)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                if (!followLinks)
                {
                    return FileKind.SymbolicLink;
                }

                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                return target is null || !target.Exists && !Directory.Exists(target.FullName) ? FileKind.Missing
                    : Directory.Exists(target.FullName) ? FileKind.Directory : FileKind.Regular;
            }

            return Directory.Exists(path) ? FileKind.Directory : info.Exists ? FileKind.Regular : FileKind.Missing;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return FileKind.Unknown;
        }
    }

    private static FileId? WindowsIdentity(string path)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return GetFileInformationByHandle(handle, out var information)
                ? new FileId(information.VolumeSerialNumber, ((ulong)information.FileIndexHigh << 32) | information.FileIndexLow)
                : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, out StatxBuffer status);

    [LibraryImport("kernel32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool GetFileInformationByHandle(SafeFileHandle file, out ByHandleFileInformation information);

    /// <summary>Which file a path is: the device (or volume) it is on and its number there.</summary>
    /// <param name="Device">The device or volume.</param>
    /// <param name="Number">The inode or file index.</param>
    internal readonly record struct FileId(ulong Device, ulong Number);

    // Linux's struct statx is the same on every architecture; only the fields read here are declared.
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(32)]
        public ulong Inode;

        [FieldOffset(136)]
        public uint DeviceMajor;

        [FieldOffset(140)]
        public uint DeviceMinor;
    }

    [StructLayout(LayoutKind.Explicit, Size = 52)]
    private struct ByHandleFileInformation
    {
        [FieldOffset(28)]
        public uint VolumeSerialNumber;

        [FieldOffset(44)]
        public uint FileIndexHigh;

        [FieldOffset(48)]
        public uint FileIndexLow;
    }
}
