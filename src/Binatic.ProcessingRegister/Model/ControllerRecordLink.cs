namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// Where a client's own record of processing activities lies, and the id under which it lists the processor, so that
/// the processor's record and the controller's record can be checked against each other.
/// </summary>
public sealed record ControllerRecordLink
{
    /// <summary>
    /// Gets the path of the controller's register, relative to the folder of the register that names it.
    /// </summary>
    public required string File { get; init; }

    /// <summary>
    /// Gets the id under which the controller's record lists this processor under <c>processors</c>.
    /// </summary>
    public required string Processor { get; init; }
}
