namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// How data subjects exercise their rights (Arts. 12-22).
/// </summary>
public sealed record DataSubjectRightsPolicy
{
    /// <summary>
    /// Gets the rights, as the policy describes them.
    /// </summary>
    public ValueArray<DataSubjectRight> Rights { get; init; }

    /// <summary>
    /// Gets within how long requests are answered (Art. 12(3) allows one month).
    /// </summary>
    public IsoPeriod? ResponseDeadline { get; init; }

    /// <summary>
    /// Gets the deadline as the policy words it.
    /// </summary>
    public string? ResponseDeadlineDescription { get; init; }

    /// <summary>
    /// Gets how data subjects can reach the controller.
    /// </summary>
    public ValueArray<ContactChannel> Channels { get; init; }

    /// <summary>
    /// Gets how consent can be withdrawn (Art. 7(3)).
    /// </summary>
    public string? ConsentWithdrawal { get; init; }

    /// <summary>
    /// Gets how complaints are handled.
    /// </summary>
    public ComplaintsProcedure? Complaints { get; init; }
}
