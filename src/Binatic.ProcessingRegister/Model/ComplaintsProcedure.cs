namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// How complaints about the processing are handled.
/// </summary>
public sealed record ComplaintsProcedure
{
    /// <summary>
    /// Gets how to complain.
    /// </summary>
    public string? Description { get; init; }

    /// <summary>
    /// Gets where complaints go.
    /// </summary>
    public ValueArray<ContactChannel> Channels { get; init; }

    /// <summary>
    /// Gets within how long complaints are answered.
    /// </summary>
    public IsoPeriod? ResponseDeadline { get; init; }

    /// <summary>
    /// Gets the statement on the right to complain to a supervisory authority (Art. 77).
    /// </summary>
    public string? SupervisoryAuthority { get; init; }
}
