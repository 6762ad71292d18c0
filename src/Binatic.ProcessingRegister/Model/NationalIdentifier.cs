namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// A national identification number, such as the Dutch BSN. Member States determine the conditions for processing it
/// (Art. 87); in the Netherlands only where a law allows it (UAVG art. 46).
/// </summary>
public sealed record NationalIdentifier
{
    /// <summary>
    /// Gets the number's name, such as <c>BSN</c>.
    /// </summary>
    public string? Name { get; init; }

    /// <summary>
    /// Gets the law that allows its use, such as <c>Wet algemene bepalingen burgerservicenummer, art. 10</c>.
    /// </summary>
    public string? Law { get; init; }
}
