using System.Collections.Immutable;
using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Import;

/// <summary>What an import gives: the register as YAML, and a finding for every cell it could not map.</summary>
/// <param name="Yaml">The register in this project's format, or <see langword="null"/> when the file could not be read.</param>
/// <param name="Diagnostics">The findings, each located at its cell (<c>file.xlsx!Sheet!C12</c>).</param>
public sealed record SpreadsheetImportResult(string? Yaml, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Gets a value indicating whether a register was written.</summary>
    public bool Success => Yaml is not null;
}
