namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// A category of personal data, such as e-mail addresses or financial data (Art. 30(1)(c)).
/// </summary>
public sealed record DataCategory
{
    /// <summary>
    /// Gets the id by which activities refer to this category.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>
    /// Gets the category's name.
    /// </summary>
    public required string Name { get; init; }

    /// <summary>
    /// Gets what the category holds.
    /// </summary>
    public string? Description { get; init; }

    /// <summary>
    /// Gets the Art. 9(1) special category the data belongs to, if any.
    /// </summary>
    public SpecialCategory? SpecialCategory { get; init; }

    /// <summary>
    /// Gets a value indicating whether the category holds personal data relating to criminal convictions and offences
    /// (Art. 10).
    /// </summary>
    public bool IsCriminalOffenceData { get; init; }

    /// <summary>
    /// Gets the national identification number the category is, such as the BSN, when it is one (Art. 87).
    /// </summary>
    public NationalIdentifier? NationalIdentifier { get; init; }
}
