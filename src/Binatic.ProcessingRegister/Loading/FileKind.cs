namespace Binatic.ProcessingRegister.Loading;

/// <summary>What a path names in the file system, as far as the tool's commands and the loader need to tell kinds apart.</summary>
internal enum FileKind
{
    /// <summary>Nothing exists at the path.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A symbolic link (only when the link itself is asked about).</summary>
    SymbolicLink,

    /// <summary>A character device, such as <c>/dev/null</c> or a terminal.</summary>
    CharacterDevice,

    /// <summary>A block device, such as a disk.</summary>
    BlockDevice,

    /// <summary>A FIFO (named pipe).</summary>
    Fifo,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>Something that exists but could not be examined, or is of another kind.</summary>
    Unknown,
}
