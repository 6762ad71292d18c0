namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// An arrangement between joint controllers (Art. 26): the parties that together determine the purposes and means
/// of processing, what each of them is responsible for, and the document that lays this down. Art. 26(1) requires
/// the arrangement; Art. 26(2) requires its essence to be made available to the data subject.
/// </summary>
public sealed record JointControllerArrangement
{
    /// <summary>
    /// Gets the id by which activities refer to this arrangement.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>
    /// Gets the arrangement's name.
    /// </summary>
    public required string Name { get; init; }

    /// <summary>
    /// Gets the parties to the arrangement and their responsibilities (Art. 26(1)).
    /// </summary>
    public ValueArray<ArrangementParty> Parties { get; init; }

    /// <summary>
    /// Gets a reference to the document that lays the arrangement down, such as "Convenant Zorg- en
    /// Veiligheidshuis 2024".
    /// </summary>
    public string? Reference { get; init; }

    /// <summary>
    /// Gets the date of the arrangement.
    /// </summary>
    public DateOnly? Date { get; init; }

    /// <summary>
    /// Gets the essence of the arrangement as it is made available to data subjects (Art. 26(2)).
    /// </summary>
    public string? Essence { get; init; }
}
