namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// Where a data protection impact assessment (Art. 35) stands.
/// </summary>
public enum DpiaStatus
{
    /// <summary>
    /// Screened: no assessment is required. Written <c>notRequired</c> in a register.
    /// </summary>
    NotRequired,

    /// <summary>
    /// An assessment is required but has not started. Written <c>required</c> in a register.
    /// </summary>
    Required,

    /// <summary>
    /// The assessment is under way. Written <c>inProgress</c> in a register.
    /// </summary>
    InProgress,

    /// <summary>
    /// The assessment has been completed. Written <c>completed</c> in a register.
    /// </summary>
    Completed,
}
