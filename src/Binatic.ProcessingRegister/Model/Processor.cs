namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// A party that processes personal data on the controller's behalf (Art. 28).
/// </summary>
public sealed record Processor
{
    /// <summary>
    /// Gets the id by which activities and transfers refer to this processor.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>
    /// Gets the processor's name, or its kind when the policy does not name it.
    /// </summary>
    public required string Name { get; init; }

    /// <summary>
    /// Gets the service the processor performs for the controller, or <see langword="null"/> while the register does
    /// not say; RPR059 asks for it.
    /// </summary>
    public string? Service { get; init; }

    /// <summary>
    /// Gets where the processor processes the data.
    /// </summary>
    public Location? Location { get; init; }

    /// <summary>
    /// Gets the Art. 28(3) agreement with this processor, when the register records it.
    /// </summary>
    public ProcessingAgreement? ProcessingAgreement { get; init; }

    /// <summary>
    /// Gets a value indicating whether the processor is certified under the EU-US Data Privacy Framework.
    /// </summary>
    public bool IsDpfCertified { get; init; }
}
