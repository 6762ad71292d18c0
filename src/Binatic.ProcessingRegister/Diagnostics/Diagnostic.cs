namespace Binatic.ProcessingRegister.Diagnostics;

/// <summary>
/// One finding about a register: where it is, how serious it is, which rule found it and what to do about it.
/// Every stage of loading and checking reports in this one shape, so a finding from the YAML parser,
/// the JSON Schema or a GDPR rule is printed, filtered and exported the same way.
/// </summary>
/// <param name="RuleId">The stable id of the rule, such as <c>RPR108</c>; see <see cref="DiagnosticIds"/>.</param>
/// <param name="Severity">How serious the finding is.</param>
/// <param name="Message">
/// A sentence for people: what is wrong, what was expected and how to fix it. Characters a reader cannot see are
/// shown as their code (see <see cref="Message"/>).
/// </param>
/// <param name="Location">Where in the file the finding is.</param>
/// <param name="JsonPointer">
/// The RFC 6901 JSON Pointer of the value the finding is about, such as <c>/activities/2/legalBases/0</c>;
/// empty for the document root or for findings about the file as a whole.
/// </param>
public sealed record Diagnostic(
    string RuleId,
    DiagnosticSeverity Severity,
    string Message,
    SourceLocation Location,
    string JsonPointer)
{
    /// <summary>
    /// Gets a sentence for people: what is wrong, what was expected and how to fix it. Control characters (such as a
    /// terminal escape), format characters (bidirectional overrides, zero-width spaces) and line separators are shown
    /// as <c>\uXXXX</c>, line breaks and tabs as <c>\n</c>, <c>\r</c> and <c>\t</c>; other text is kept as written.
    /// </summary>
    /// <remarks>
    /// Messages quote names and other text from the register, which YAML's escapes let hold any character; shown here,
    /// where every stage's findings pass, no stage and no output format can print them raw.
    /// </remarks>
    public string Message { get; init => field = VisibleText.Show(value); } = VisibleText.Show(Message);

    /// <summary>Gets the display name of the file the finding is in.</summary>
    public string File => Location.File;

    /// <summary>Gets the line of the finding, from 1; 0 when the finding is about the whole file.</summary>
    public int Line => Location.Line;

    /// <summary>Gets the column of the finding, from 1; 0 when the finding is about the whole file.</summary>
    public int Column => Location.Column;

    /// <summary>
    /// Gets the reason the register gives for accepting this finding on purpose, or <see langword="null"/> when it
    /// is not accepted. Accepted findings are reported, but never fail a build. Characters a reader cannot see are
    /// shown as their code, as in <see cref="Message"/>.
    /// </summary>
    public string? AcceptedReason { get; init => field = value is null ? null : VisibleText.Show(value); }

    /// <summary>Gets a value indicating whether the register accepts this finding on purpose.</summary>
    public bool IsAccepted => AcceptedReason is not null;

    /// <summary>
    /// Formats the finding in the canonical format that MSBuild, Visual Studio, VS Code and CI log parsers
    /// recognise: <c>path(line,col): error RPR108: message</c>, with the severity as <see cref="SeverityWord"/> writes it.
    /// The file name is shown as <see cref="SourceLocation.ToString"/> shows it, so that no name can end the line and
    /// start a finding of its own.
    /// </summary>
    /// <returns>The finding on one line.</returns>
    public override string ToString() =>
        IsAccepted
            ? $"{Location}: {SeverityWord.Of(Severity)} {RuleId}: {Message} (accepted: {AcceptedReason})"
            : $"{Location}: {SeverityWord.Of(Severity)} {RuleId}: {Message}";
}
