namespace Binatic.ProcessingRegister.Diff;

/// <summary>
/// The kinds of <see cref="Concern"/>, most serious first; <see cref="RegisterChanges.Attention"/> is sorted in this
/// order.
/// </summary>
public enum ConcernKind
{
    /// <summary>
    /// A special category of personal data (Art. 9), such as health data, that the activity did not process before:
    /// newly listed, or listed before but only now marked as special in the register's data categories.
    /// </summary>
    SpecialCategoryData,

    /// <summary>
    /// Personal data on criminal convictions and offences (Art. 10) that the activity did not process before: newly
    /// listed, or listed before but only now marked as such.
    /// </summary>
    CriminalOffenceData,

    /// <summary>
    /// A transfer to a country outside the EEA (Chapter V) that the activity, or the register's own list of transfers,
    /// did not make before. A new transfer within the EEA is a change, not a concern.
    /// </summary>
    ThirdCountryTransfer,

    /// <summary>
    /// A national identification number (Art. 87), such as the Dutch citizen service number (BSN), that the activity
    /// did not process before: newly listed, or listed before but only now marked as one in the register's data
    /// categories. Member-state law limits its use to what a law allows (in the Netherlands, UAVG art. 46), so a
    /// reviewer checks that a law allows this use.
    /// </summary>
    NationalIdentifier,

    /// <summary>
    /// A chain partner (ketenpartner) that the activity did not disclose to before: a recipient newly listed, or
    /// listed before but only now marked as a chain partner. Chain partners are other organisations that process the
    /// data for their own tasks, so every disclosure to one needs its own legal basis and usually a covenant, which a
    /// reviewer checks. A new covenant on its own is a change, not a concern: it records an agreement, it adds no one
    /// the data goes to.
    /// </summary>
    ChainPartner,
}
