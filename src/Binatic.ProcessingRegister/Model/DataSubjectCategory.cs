namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// A category of people whose personal data is processed, such as customers or applicants (Art. 30(1)(c)).
/// </summary>
public sealed record DataSubjectCategory
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
    /// Gets who belongs to the category.
    /// </summary>
    public string? Description { get; init; }
}
