namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// The record a processor keeps of all categories of processing it carries out on behalf of each controller
/// (Art. 30(2)): who it is, the controllers it acts for and what it does for each, the sub-processors it engages, its
/// transfers to third countries and its security measures.
/// </summary>
public sealed record ProcessorRecord
{
    /// <summary>
    /// Gets the processor's name and contacts (Art. 30(2)(a)); <see langword="null"/> when the register does not state
    /// them, which a register that is also the controller's own may leave to its controller.
    /// </summary>
    public ProcessorOrganisation? Processor { get; init; }

    /// <summary>
    /// Gets the controllers on whose behalf the processor acts (Art. 30(2)(a)), each with the categories of processing
    /// carried out for it (Art. 30(2)(b)).
    /// </summary>
    public ValueArray<Client> Clients { get; init; }

    /// <summary>
    /// Gets the other processors the processor engages (Art. 28(2), 28(4)).
    /// </summary>
    public ValueArray<SubProcessor> SubProcessors { get; init; }

    /// <summary>
    /// Gets the transfers to third countries or international organisations, with their safeguards (Art. 30(2)(c)).
    /// </summary>
    public ValueArray<Transfer> Transfers { get; init; }

    /// <summary>
    /// Gets the ids of the security measures that protect all processing for clients (Art. 30(2)(d)); each category of
    /// processing may name more in <see cref="ProcessingCategory.SecurityMeasures"/>.
    /// </summary>
    public ValueArray<string> SecurityMeasures { get; init; }
}
