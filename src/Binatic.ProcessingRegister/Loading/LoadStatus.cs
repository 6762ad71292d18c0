using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Loading;

/// <summary>
/// How loading a register ended: with a register, with findings that keep it from being one, or without the file
/// having been read at all. Tools usually treat the last as a failure of their input rather than as a finding.
/// </summary>
public enum LoadStatus
{
    /// <summary>The file holds a valid register; <see cref="LoadResult.Register"/> is set. Warnings may still be found.</summary>
    Loaded = 0,

    /// <summary>
    /// The file was read, but it is not a valid register: its size, its YAML, its shape or its references have errors,
    /// each one a finding in <see cref="LoadResult.Diagnostics"/>.
    /// </summary>
    Invalid = 1,

    /// <summary>
    /// The file could not be read, because it does not exist or the system refused to open or read it; the one finding,
    /// <see cref="DiagnosticIds.InputUnreadable"/> (RPR100), says why.
    /// </summary>
    Unreadable = 2,
}
