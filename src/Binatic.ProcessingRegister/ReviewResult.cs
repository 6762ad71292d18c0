using System.Diagnostics.CodeAnalysis;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister;

/// <summary>
/// The outcome of <see cref="RegisterReview"/>: every finding of loading and of the review in one ordered list, how
/// many of each severity there are, and the loaded register. It does not change once made.
/// </summary>
/// <remarks>
/// A register that does not load is not reviewed, so its findings are those of loading alone. Accepted findings
/// (those the register accepts on purpose, with a reason) are in <see cref="Findings"/> but counted only in
/// <see cref="AcceptedCount"/>, so that <see cref="ErrorCount"/> is what should fail a build.
/// </remarks>
public sealed class ReviewResult
{
    internal ReviewResult(LoadResult loadResult, IReadOnlyList<Diagnostic> findings)
    {
        LoadResult = loadResult;
        Findings = findings;
        foreach (var finding in findings)
        {
            if (finding.IsAccepted)
            {
                AcceptedCount++;
            }
            else if (finding.Severity == DiagnosticSeverity.Error)
            {
                ErrorCount++;
            }
            else if (finding.Severity == DiagnosticSeverity.Warning)
            {
                WarningCount++;
            }
            else
            {
                InfoCount++;
            }
        }
    }

    /// <summary>
    /// Gets the result of loading, for its <see cref="LoadResult.Status"/> and the findings of loading alone; they are
    /// also in <see cref="Findings"/>.
    /// </summary>
    public LoadResult LoadResult { get; }

    /// <summary>Gets the register, or <see langword="null"/> when the file did not hold a valid one.</summary>
    public Register? Register => LoadResult.Register;

    /// <summary>Gets a value indicating whether the file held a valid register, which was then reviewed.</summary>
    [MemberNotNullWhen(true, nameof(Register))]
    public bool Success => LoadResult.Success;

    /// <summary>
    /// Gets a value indicating whether the file could not be read at all (<see cref="LoadStatus.Unreadable"/>): a wrong
    /// path or a missing permission rather than a bad register. <see cref="Findings"/> then holds the one RPR100 that
    /// says why.
    /// </summary>
    public bool IsUnreadable => LoadResult.Status == LoadStatus.Unreadable;

    /// <summary>
    /// Gets every finding, of loading and of the review, ordered by line, then column, then rule id (ordinal), as
    /// <see cref="Rules.RegisterValidator"/> orders its own; after 100 findings of one rule, a single finding of that
    /// rule says how many more there are.
    /// </summary>
    public IReadOnlyList<Diagnostic> Findings { get; }

    /// <summary>Gets the number of errors, not counting accepted ones.</summary>
    public int ErrorCount { get; }

    /// <summary>Gets the number of warnings, not counting accepted ones.</summary>
    public int WarningCount { get; }

    /// <summary>Gets the number of infos, not counting accepted ones.</summary>
    public int InfoCount { get; }

    /// <summary>Gets the number of findings the register accepts on purpose, whatever their severity.</summary>
    public int AcceptedCount { get; }
}
