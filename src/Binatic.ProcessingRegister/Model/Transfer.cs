namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// A transfer of personal data to a country outside the European Economic Area (Art. 30(1)(e)).
/// </summary>
public sealed record Transfer
{
    /// <summary>
    /// Gets the third country, as an ISO 3166-1 alpha-2 code.
    /// </summary>
    public required string Country { get; init; }

    /// <summary>
    /// Gets the id of the processor or recipient that receives the data.
    /// </summary>
    public string? Recipient { get; init; }

    /// <summary>
    /// Gets the transfer as the policy describes it.
    /// </summary>
    public string? Description { get; init; }

    /// <summary>
    /// Gets the safeguards relied on, as the policy lists them; empty while the register does not say, which RPR060
    /// reports unless an adequacy decision covers the country.
    /// </summary>
    public ValueArray<Safeguard> Safeguards { get; init; }

    /// <summary>
    /// Gets whether the transfer is occasional or regular, when the register says.
    /// </summary>
    public TransferFrequency? Frequency { get; init; }

    /// <summary>
    /// Gets where the transfer impact assessment is documented.
    /// </summary>
    public string? ImpactAssessmentReference { get; init; }
}
