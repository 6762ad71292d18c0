using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// How <see cref="DataMap"/> draws a register. The defaults draw the whole register in its own language.
/// </summary>
public sealed record DataMapOptions
{
    /// <summary>
    /// Gets the language of the map's fixed text (the markers for special-category and criminal-offence data and for
    /// transfers outside the EEA, and the names of groups); <see langword="null"/> (the default) for the register's own
    /// <see cref="RegisterInfo.Language"/>. The register's own names are never translated.
    /// </summary>
    public RegisterLanguage? Language { get; init; }
}
