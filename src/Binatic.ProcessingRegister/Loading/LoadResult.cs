using System.Diagnostics.CodeAnalysis;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Parsing;

namespace Binatic.ProcessingRegister.Loading;

/// <summary>
/// The outcome of loading a register: the typed <see cref="Model.Register"/> when the file holds a valid one,
/// and every finding along the way. Bad content never throws; it shows up here as <see cref="Diagnostics"/>.
/// </summary>
/// <remarks>
/// Warnings do not prevent loading: a result can succeed and still carry warnings worth reading.
/// </remarks>
public sealed class LoadResult
{
    internal LoadResult(Register? register, IReadOnlyList<Diagnostic> diagnostics, SourceMap? map)
    {
        Register = register;
        Diagnostics = diagnostics;
        Map = map;
    }

    /// <summary>Gets the register, or <see langword="null"/> when the file has errors.</summary>
    public Register? Register { get; }

    /// <summary>
    /// Gets the findings, ordered by position in the file: every one, except that after 100 findings of one rule a
    /// single finding of that rule, where the 101st would be, says how many more there are.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether the file held a valid register, so that <see cref="Register"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Register))]
    public bool Success => Register is not null;

    /// <summary>Gets the map from JSON Pointers to the YAML, for the checks that run after loading.</summary>
    internal SourceMap? Map { get; }

    /// <summary>Gets the register, or throws when the file had errors.</summary>
    /// <returns>The register.</returns>
    /// <exception cref="InvalidOperationException">Loading failed; the message lists the errors.</exception>
    public Register GetRegisterOrThrow() =>
        Register ?? throw new InvalidOperationException(
            "The register could not be loaded:" + Environment.NewLine +
            string.Join(Environment.NewLine, Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
}
