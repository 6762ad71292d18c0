using Binatic.ProcessingRegister.Model;

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
    /// <summary>Creates a finding whose message can be written in English or Dutch (see <see cref="In"/>).</summary>
    /// <remarks>
    /// The message is written when it is first read, not here: a large register's rules find tens of thousands of
    /// things, and all but the first 100 of each rule are then summed up in one finding (see FindingCap) and never read.
    /// </remarks>
    internal Diagnostic(string ruleId, DiagnosticSeverity severity, MessageText text, SourceLocation location, string jsonPointer, RegisterLanguage language = RegisterLanguage.English)
        : this(ruleId, severity, string.Empty, location, jsonPointer)
    {
        Text = text;
        _language = language;
        _unwritten = text;
    }

    /// <summary>
    /// Gets the message with its arguments, from which <see cref="In"/> writes it in either language; <see langword="null"/>
    /// for a finding made with the public constructor, whose message is only the text given.
    /// </summary>
    internal MessageText? Text { get; init; }

    private readonly RegisterLanguage _language;
    private MessageText? _unwritten;

    /// <summary>
    /// Gets a sentence for people: what is wrong, what was expected and how to fix it. Control characters (such as a
    /// terminal escape), format characters (bidirectional overrides, zero-width spaces) and line separators are shown
    /// as <c>\uXXXX</c>, line breaks and tabs as <c>\n</c>, <c>\r</c> and <c>\t</c>; other text is kept as written.
    /// </summary>
    /// <remarks>
    /// Messages quote names and other text from the register, which YAML's escapes let hold any character; shown here,
    /// where every stage's findings pass, no stage and no output format can print them raw.
    /// </remarks>
    public string Message
    {
        get
        {
            // Readers on several threads may each write it; they write the same text, and the field before the flag.
            if (Volatile.Read(ref _unwritten) is { } text)
            {
                field = VisibleText.Show(text.In(_language));
                Volatile.Write(ref _unwritten, null);
            }

            return field;
        }

        init
        {
            field = VisibleText.Show(value);
            _unwritten = null;
        }
    } = VisibleText.Show(Message);

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
    /// Gets this finding with its <see cref="Message"/> in <paramref name="language"/>. Every finding of the library
    /// has an English and a Dutch text; the rule id, the place and the JSON Pointer are the same in both. A finding
    /// made with the public constructor has only the message it was given, and is returned as it is.
    /// </summary>
    /// <param name="language">The language of the message.</param>
    /// <returns>The finding in <paramref name="language"/>.</returns>
    /// <example>
    /// <code>
    /// var loaded = RegisterLoader.LoadFile("registers/binatic.yaml");
    /// foreach (var finding in loaded.Diagnostics) Console.WriteLine(finding.In(RegisterLanguage.Dutch));
    /// </code>
    /// </example>
    public Diagnostic In(RegisterLanguage language) => Text is null ? this : this with { Message = Text.In(language) };

    /// <summary>
    /// Gets a value indicating whether <paramref name="other"/> is the same finding: the same rule, severity, message,
    /// place, pointer and acceptance. How the message was made does not count.
    /// </summary>
    /// <param name="other">The other finding.</param>
    /// <returns><see langword="true"/> when both are the same finding.</returns>
    public bool Equals(Diagnostic? other) =>
        other is not null
        && string.Equals(RuleId, other.RuleId, StringComparison.Ordinal)
        && Severity == other.Severity
        && string.Equals(Message, other.Message, StringComparison.Ordinal)
        && Location == other.Location
        && string.Equals(JsonPointer, other.JsonPointer, StringComparison.Ordinal)
        && string.Equals(AcceptedReason, other.AcceptedReason, StringComparison.Ordinal);

    /// <summary>Gets a hash code that agrees with <see cref="Equals(Diagnostic)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(RuleId, Severity, Message, Location, JsonPointer, AcceptedReason);

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
