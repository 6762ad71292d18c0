namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// Another processor that a processor engages to carry out processing on behalf of a controller (Art. 28(2), 28(4)).
/// </summary>
public sealed record SubProcessor
{
    /// <summary>
    /// Gets the id by which categories of processing and transfers refer to this sub-processor.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>
    /// Gets the sub-processor's name.
    /// </summary>
    public required string Name { get; init; }

    /// <summary>
    /// Gets the service the sub-processor performs.
    /// </summary>
    public required string Service { get; init; }

    /// <summary>
    /// Gets where the sub-processor processes the data.
    /// </summary>
    public Location? Location { get; init; }

    /// <summary>
    /// Gets the contract that imposes the same data protection obligations on the sub-processor (Art. 28(4)).
    /// </summary>
    public ProcessingAgreement? ProcessingAgreement { get; init; }

    /// <summary>
    /// Gets a value indicating whether the sub-processor is certified under the EU-US Data Privacy Framework.
    /// </summary>
    public bool IsDpfCertified { get; init; }
}
