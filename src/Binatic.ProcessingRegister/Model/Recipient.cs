namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// A party, other than a processor, to whom personal data is disclosed (Arts. 4(9), 30(1)(d)).
/// </summary>
public sealed record Recipient
{
    /// <summary>
    /// Gets the id by which activities and transfers refer to this recipient.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>
    /// Gets the recipient's name or category.
    /// </summary>
    public required string Name { get; init; }

    /// <summary>
    /// Gets what kind of party the recipient is, or <see langword="null"/> while the register does not say (a register
    /// imported from a spreadsheet often does not); RPR057 asks for it.
    /// </summary>
    public RecipientKind? Kind { get; init; }

    /// <summary>
    /// Gets the recipient's role under the GDPR, when the register states it.
    /// </summary>
    public RecipientRole? Role { get; init; }

    /// <summary>
    /// Gets when and why data is disclosed to this recipient.
    /// </summary>
    public string? Description { get; init; }

    /// <summary>
    /// Gets where the recipient processes the data.
    /// </summary>
    public Location? Location { get; init; }

    /// <summary>
    /// Gets a value indicating whether the recipient is certified under the EU-US Data Privacy Framework.
    /// </summary>
    public bool IsDpfCertified { get; init; }

    /// <summary>
    /// Gets a value indicating whether the recipient is a chain partner: a party with which the controller performs a
    /// chain of public tasks, such as the partners of a Dutch <c>Zorg- en Veiligheidshuis</c> (ketenpartner).
    /// </summary>
    public bool IsChainPartner { get; init; }

    /// <summary>
    /// Gets the covenant or privacy protocol that governs the disclosure to this recipient, when there is one.
    /// </summary>
    public Covenant? Covenant { get; init; }

    /// <summary>
    /// Gets the ids of the data categories disclosed to this recipient, when the register limits them; empty when it
    /// does not, and the recipient receives every data category of the activities that name it.
    /// </summary>
    public ValueArray<string> DataCategories { get; init; }
}
