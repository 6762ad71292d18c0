namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// Where the personal data of an activity comes from (Art. 14(2)(f)).
/// </summary>
public sealed record DataSource
{
    /// <summary>
    /// Gets the source as the policy words it.
    /// </summary>
    public required string Description { get; init; }

    /// <summary>
    /// Gets what kind of source it is, when the register says.
    /// </summary>
    public SourceKind? Kind { get; init; }
}
