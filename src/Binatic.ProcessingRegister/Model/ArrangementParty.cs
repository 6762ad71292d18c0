namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// A party to a joint-controller arrangement (Art. 26), with what it does under the arrangement: Art. 26(1) asks
/// the parties to set out their respective responsibilities, in particular for the rights of data subjects and the
/// information of Arts. 13 and 14.
/// </summary>
public sealed record ArrangementParty
{
    /// <summary>
    /// Gets the party's name and contact details.
    /// </summary>
    public required ContactDetails Contact { get; init; }

    /// <summary>
    /// Gets what this party is responsible for under the arrangement.
    /// </summary>
    public string? Responsibilities { get; init; }
}
