namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// The controller: the organisation that determines the purposes and means of the processing (Art. 4(7)), with
/// the contacts Art. 30(1)(a) asks for.
/// </summary>
public sealed record Controller
{
    /// <summary>
    /// Gets the id by which activities name this controller, in a register that lists several under
    /// <c>controllers</c>; null for the one controller of a register written with <c>controller</c>.
    /// </summary>
    public string? Id { get; init; }

    /// <summary>
    /// Gets the controller's name and contact details.
    /// </summary>
    public required ContactDetails Contact { get; init; }

    /// <summary>
    /// Gets the representative in the Union (Art. 27), when the register states whether there is one.
    /// </summary>
    public Designation? Representative { get; init; }

    /// <summary>
    /// Gets the data protection officer (Arts. 37-39), when the register states whether there is one.
    /// </summary>
    public Designation? DataProtectionOfficer { get; init; }

    /// <summary>
    /// Gets the joint controllers (Art. 26).
    /// </summary>
    public ValueArray<JointController> JointControllers { get; init; }

    /// <summary>
    /// Gets a value indicating whether the controller is a public authority or body, which may rely on Art. 6(1)(e)
    /// but not on Art. 6(1)(f) for its tasks.
    /// </summary>
    public bool IsPublicAuthority { get; init; }
}
