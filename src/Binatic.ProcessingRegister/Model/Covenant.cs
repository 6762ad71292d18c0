namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// The covenant or privacy protocol that governs a disclosure to a recipient, such as the covenant of a chain of
/// public tasks. It documents the agreement under which the data is shared (Arts. 5(2), 24), and is where a data
/// subject's request about the shared data is settled.
/// </summary>
public sealed record Covenant
{
    /// <summary>
    /// Gets the covenant's name, such as <c>Convenant Zorg- en Veiligheidshuis 2024</c>.
    /// </summary>
    public required string Name { get; init; }

    /// <summary>
    /// Gets where the covenant can be found: a document id, a file or a link.
    /// </summary>
    public string? Reference { get; init; }

    /// <summary>
    /// Gets the date the covenant was signed or took effect.
    /// </summary>
    public DateOnly? Date { get; init; }
}
