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
/// Warnings do not prevent loading: a result can succeed and still carry warnings worth reading. <see cref="Status"/>
/// tells a file that could not be read at all from one that was read and has errors.
/// </remarks>
public sealed class LoadResult
{
    internal LoadResult(Register? register, IReadOnlyList<Diagnostic> diagnostics, SourceMap? map, bool unreadable = false)
    {
        Register = register;
        Diagnostics = diagnostics;
        Map = map;
        Status = register is not null ? LoadStatus.Loaded : unreadable ? LoadStatus.Unreadable : LoadStatus.Invalid;
    }

    /// <summary>Gets the register, or <see langword="null"/> when the file has errors.</summary>
    public Register? Register { get; }

    /// <summary>
    /// Gets the findings, ordered by position in the file: every one, except that after 100 findings of one rule a
    /// single finding of that rule, where the 101st would be, says how many more there are.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// Gets how loading ended: <see cref="LoadStatus.Loaded"/>, <see cref="LoadStatus.Invalid"/> when the file has
    /// errors, or <see cref="LoadStatus.Unreadable"/> when it could not be read at all.
    /// </summary>
    /// <example>
    /// <code>
    /// var result = RegisterLoader.LoadFile(path);
    /// if (result.Status == LoadStatus.Unreadable)
    /// {
    ///     // A wrong path or a missing permission, not a bad register: Diagnostics holds the one RPR100 that says which.
    ///     Console.Error.WriteLine(result.Diagnostics[0]);
    ///     return 2;
    /// }
    /// </code>
    /// </example>
    public LoadStatus Status { get; }

    /// <summary>
    /// Gets a value indicating whether the file held a valid register, so that <see cref="Register"/> is set; the same
    /// as <see cref="Status"/> being <see cref="LoadStatus.Loaded"/>.
    /// </summary>
    [MemberNotNullWhen(true, nameof(Register))]
    public bool Success => Register is not null;

    /// <summary>
    /// Gets the language the file's <c>register.language</c> names (<c>nl</c> or <c>en</c>), read before the rest of the
    /// register is checked, so that it is known even when the register has errors; <see langword="null"/> when the file
    /// could not be read as YAML or names no language the format knows. Findings are written in it by default.
    /// </summary>
    public RegisterLanguage? DeclaredLanguage { get; init; }

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
