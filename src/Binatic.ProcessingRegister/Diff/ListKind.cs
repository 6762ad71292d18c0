namespace Binatic.ProcessingRegister.Diff;

/// <summary>
/// The lists that <see cref="RegisterDiff.Compare(Model.Register, Model.Register)"/> compares, in the order a reviewer is shown them; the kind of a
/// <see cref="ListChange"/>.
/// </summary>
/// <remarks>
/// An activity's single-valued facts, its <see cref="Department"/> and <see cref="Task"/>, are lists of at most one
/// entry here: an activity that moves from one department to another has the new one added and the old one removed,
/// so that a move reads like every other change.
/// </remarks>
public enum ListKind
{
    /// <summary>
    /// The controllers responsible for an activity (Art. 30(1)(a)), or the register's controllers. An activity's
    /// controllers are the ones it names, or, when it names none, the register's only controller.
    /// </summary>
    Controllers,

    /// <summary>The department an activity belongs to (afdeling), a list of at most one.</summary>
    Department,

    /// <summary>The organisation's task an activity serves (taak), a list of at most one.</summary>
    Task,

    /// <summary>
    /// The joint-controller arrangements (Art. 26) an activity falls under, or the register's arrangements.
    /// </summary>
    JointControllerArrangements,

    /// <summary>
    /// The parties to the register's joint-controller arrangements (Art. 26(1)), each with the arrangement it is a party
    /// to.
    /// </summary>
    ArrangementParties,

    /// <summary>An activity's purposes (Art. 30(1)(b)).</summary>
    Purposes,

    /// <summary>An activity's data categories (Art. 30(1)(c)).</summary>
    DataCategories,

    /// <summary>An activity's categories of data subjects (Art. 30(1)(c)).</summary>
    DataSubjects,

    /// <summary>An activity's legal bases (Art. 6(1)).</summary>
    LegalBases,

    /// <summary>Recipients (Art. 30(1)(d)), of an activity or of the register.</summary>
    Recipients,

    /// <summary>
    /// The covenants (convenanten) under which an activity discloses data to its recipients, each with its recipient;
    /// a covenant whose name, reference or date changed is one removed and one added.
    /// </summary>
    Covenants,

    /// <summary>Transfers to third countries or international organisations (Art. 30(1)(e)), of an activity or of the register.</summary>
    Transfers,

    /// <summary>An activity's retention rules (Art. 30(1)(f)).</summary>
    Retention,

    /// <summary>The register's processors.</summary>
    Processors,

    /// <summary>
    /// The register's technical and organisational security measures (Art. 30(1)(g)), or those of the processor's
    /// record (Art. 30(2)(d)).
    /// </summary>
    SecurityMeasures,

    /// <summary>
    /// The register's role (<see cref="Model.RegisterInfo.Role"/>): which record it keeps, a controller's, a processor's or
    /// both; a list of at most one entry, written as in the file (<c>controllerAndProcessor</c>).
    /// </summary>
    Role,

    /// <summary>The clients of a processor's record (Art. 30(2)(a)): the controllers it acts for, matched on their id.</summary>
    Clients,

    /// <summary>The categories of processing carried out for a client (Art. 30(2)(b)), matched on their name.</summary>
    ProcessingCategories,

    /// <summary>
    /// The sub-processors engaged for a client's categories of processing, each with its category; only of the
    /// categories in both versions, as those of an added or removed category come and go with it.
    /// </summary>
    CategorySubProcessors,

    /// <summary>
    /// How a client authorised sub-processors in its agreement (Art. 28(2)), a list of at most one entry written as in
    /// the file (<c>general</c> or <c>specific</c>).
    /// </summary>
    SubProcessorAuthorisation,

    /// <summary>The sub-processors a client authorised specifically (Art. 28(2)).</summary>
    AuthorisedSubProcessors,

    /// <summary>The sub-processors of a processor's record (Art. 28(2), 28(4)), matched on their id.</summary>
    SubProcessors,

    /// <summary>
    /// Where the sub-processors process the data: each country, and whether processing stays within the EEA; only of the
    /// sub-processors in both versions, as the locations of an added or removed sub-processor come and go with it.
    /// </summary>
    SubProcessorLocations,
}
