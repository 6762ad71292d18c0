namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// A record of processing activities under GDPR Art. 30: a controller's (Art. 30(1)), a processor's (Art. 30(2)) in
/// <see cref="ProcessorRecord"/>, or both, as <see cref="RegisterInfo.Role"/> says; immutable, and equal to another
/// register with the same content.
/// </summary>
public sealed record Register
{
    /// <summary>
    /// Gets what the register says about itself: language and dates.
    /// </summary>
    public required RegisterInfo Info { get; init; }

    /// <summary>
    /// Gets the controllers and their contacts (Art. 30(1)(a)), in register order: one for a register written with
    /// <c>controller</c>, one or more for a register written with <c>controllers</c>, such as a municipality whose
    /// college and council are each a controller.
    /// </summary>
    public ValueArray<Controller> Controllers { get; init; }

    /// <summary>
    /// Gets the catalogue of data-subject categories (Art. 30(1)(c)).
    /// </summary>
    public ValueArray<DataSubjectCategory> DataSubjectCategories { get; init; }

    /// <summary>
    /// Gets the catalogue of personal-data categories (Art. 30(1)(c)).
    /// </summary>
    public ValueArray<DataCategory> DataCategories { get; init; }

    /// <summary>
    /// Gets the processors (Art. 28).
    /// </summary>
    public ValueArray<Processor> Processors { get; init; }

    /// <summary>
    /// Gets the other recipients (Art. 30(1)(d)).
    /// </summary>
    public ValueArray<Recipient> Recipients { get; init; }

    /// <summary>
    /// Gets the security statement and measures (Art. 30(1)(g)).
    /// </summary>
    public SecurityPolicy? Security { get; init; }

    /// <summary>
    /// Gets the processing activities.
    /// </summary>
    public ValueArray<ProcessingActivity> Activities { get; init; }

    /// <summary>
    /// Gets the transfers outside the EEA that are not tied to one activity (Art. 30(1)(e)).
    /// </summary>
    public ValueArray<Transfer> Transfers { get; init; }

    /// <summary>
    /// Gets the register-wide retention policy.
    /// </summary>
    public RetentionPolicy? RetentionPolicy { get; init; }

    /// <summary>
    /// Gets how data subjects exercise their rights.
    /// </summary>
    public DataSubjectRightsPolicy? DataSubjectRights { get; init; }

    /// <summary>
    /// Gets how children's data is treated (Art. 8).
    /// </summary>
    public ChildrenPolicy? Children { get; init; }

    /// <summary>
    /// Gets whether and which cookies the website uses.
    /// </summary>
    public CookiePolicy? Cookies { get; init; }

    /// <summary>
    /// Gets the findings of rules on the register as a whole that are accepted on purpose.
    /// </summary>
    public ValueArray<Acceptance> Accepted { get; init; }

    /// <summary>
    /// Gets the departments of the organisation, which tasks and activities refer to.
    /// </summary>
    public ValueArray<Department> Departments { get; init; }

    /// <summary>
    /// Gets the tasks of the organisation, which activities refer to.
    /// </summary>
    public ValueArray<OrganisationTask> Tasks { get; init; }

    /// <summary>
    /// Gets the arrangements between joint controllers (Art. 26), which activities refer to.
    /// </summary>
    public ValueArray<JointControllerArrangement> JointControllerArrangements { get; init; }

    /// <summary>
    /// Gets the processor's record (Art. 30(2)), kept by a register whose <see cref="RegisterInfo.Role"/> is
    /// <see cref="RegisterRole.Processor"/> or <see cref="RegisterRole.ControllerAndProcessor"/>.
    /// </summary>
    public ProcessorRecord? ProcessorRecord { get; init; }
}
