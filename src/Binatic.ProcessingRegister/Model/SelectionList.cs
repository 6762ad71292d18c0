namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// The archival selection list a retention rule follows, such as the Dutch <c>Selectielijst gemeenten en
/// intergemeentelijke organen 2020</c> under the Archiefwet: the law that sets, per category of records, whether they
/// are destroyed after a period or kept permanently (Art. 30(1)(f); archiving in the public interest, Art. 89).
/// </summary>
public sealed record SelectionList
{
    /// <summary>
    /// Gets the selection list's name.
    /// </summary>
    public required string Name { get; init; }

    /// <summary>
    /// Gets the category of the list the rule follows, such as <c>1.1.3</c>.
    /// </summary>
    public string? Category { get; init; }
}
