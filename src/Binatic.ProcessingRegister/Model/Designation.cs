namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// Whether a data protection officer (Arts. 37-39) or a representative (Art. 27) has been designated, and how to
/// reach them.
/// </summary>
public sealed record Designation
{
    /// <summary>
    /// Gets a value indicating whether someone has been designated. A register that says <see langword="false"/>
    /// shows the question was considered.
    /// </summary>
    public required bool IsDesignated { get; init; }

    /// <summary>
    /// Gets the contact details of whoever was designated; <see langword="null"/> when nobody was.
    /// </summary>
    public ContactDetails? Contact { get; init; }

    /// <summary>
    /// Gets why nobody was designated, when the register says so.
    /// </summary>
    public string? Note { get; init; }
}
