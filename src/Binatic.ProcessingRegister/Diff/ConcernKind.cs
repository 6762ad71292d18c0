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
}
