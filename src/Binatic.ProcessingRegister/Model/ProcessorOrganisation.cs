namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// The processor that keeps a processor's record, with its representative and data protection officer
/// (Art. 30(2)(a)).
/// </summary>
public sealed record ProcessorOrganisation
{
    /// <summary>
    /// Gets the processor's name and contact details.
    /// </summary>
    public required ContactDetails Contact { get; init; }

    /// <summary>
    /// Gets the processor's representative in the Union (Art. 27), when the register records the question.
    /// </summary>
    public Designation? Representative { get; init; }

    /// <summary>
    /// Gets the processor's data protection officer (Arts. 37-39), when the register records the question.
    /// </summary>
    public Designation? DataProtectionOfficer { get; init; }
}
