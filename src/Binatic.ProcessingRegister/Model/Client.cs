namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// A controller on whose behalf a processor acts (Art. 30(2)(a)), with the agreement that governs the processing
/// (Art. 28(3)) and the categories of processing carried out for it (Art. 30(2)(b)).
/// </summary>
public sealed record Client
{
    /// <summary>
    /// Gets the id by which the client is known in the record.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>
    /// Gets the controller's name and contact details.
    /// </summary>
    public required ContactDetails Contact { get; init; }

    /// <summary>
    /// Gets the controller's representative in the Union (Art. 27), when the register records the question.
    /// </summary>
    public Designation? Representative { get; init; }

    /// <summary>
    /// Gets the controller's data protection officer, when the register records the question.
    /// </summary>
    public Designation? DataProtectionOfficer { get; init; }

    /// <summary>
    /// Gets the Art. 28(3) agreement with the controller, when the register records it.
    /// </summary>
    public ClientAgreement? ProcessingAgreement { get; init; }

    /// <summary>
    /// Gets the categories of processing carried out on the controller's behalf (Art. 30(2)(b)).
    /// </summary>
    public ValueArray<ProcessingCategory> Processing { get; init; }

    /// <summary>
    /// Gets where the controller's own record lies in the same repository, so that the two records can be compared.
    /// </summary>
    public ControllerRecordLink? ControllerRecord { get; init; }
}
