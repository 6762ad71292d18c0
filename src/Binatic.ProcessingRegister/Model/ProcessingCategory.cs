namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// A category of processing a processor carries out on behalf of a controller (Art. 30(2)(b)), such as hosting,
/// back-up or payroll administration: what it does with the data, not why, which the controller decides.
/// </summary>
public sealed record ProcessingCategory
{
    /// <summary>
    /// Gets the category's name.
    /// </summary>
    public required string Name { get; init; }

    /// <summary>
    /// Gets what the processor does with the data, on which of the controller's instructions (Art. 28(3)(a)).
    /// </summary>
    public string? Description { get; init; }

    /// <summary>
    /// Gets the categories of data subjects concerned, as the controller names them.
    /// </summary>
    public ValueArray<string> DataSubjects { get; init; }

    /// <summary>
    /// Gets the categories of personal data concerned, as the controller names them.
    /// </summary>
    public ValueArray<string> DataCategories { get; init; }

    /// <summary>
    /// Gets the ids of the sub-processors engaged for this processing.
    /// </summary>
    public ValueArray<string> SubProcessors { get; init; }

    /// <summary>
    /// Gets the ids of the security measures that protect this processing, besides those of the whole record.
    /// </summary>
    public ValueArray<string> SecurityMeasures { get; init; }

    /// <summary>
    /// Gets purposes the processor pursues with the data for itself. A processor that determines purposes is a
    /// controller for that processing (Art. 28(10)), so any purpose here is a finding.
    /// </summary>
    public ValueArray<string> Purposes { get; init; }
}
