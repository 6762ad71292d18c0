namespace Binatic.ProcessingRegister.Diff;

/// <summary>
/// The kinds of <see cref="Concern"/>; <see cref="RegisterChanges.Attention"/> is sorted in this order: those of a
/// controller's record, most serious first, then those of a processor's record.
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

    /// <summary>
    /// A sub-processor that a processor's record did not have before, or that a client's categories of processing
    /// did not engage before (<see cref="Concern.Clients"/> names the clients that engage it). A processor engages
    /// another processor only with its client's prior written authorisation (Art. 28(2)): under a general one, it
    /// informs the client of the addition, and the client may object; under a specific one, the client must authorise
    /// this sub-processor first. A sub-processor removed is a change, not a concern.
    /// </summary>
    SubProcessor,

    /// <summary>
    /// A country where a sub-processor of a processor's record processes the data that it did not before
    /// (<see cref="Concern.Clients"/> names the clients that engage it): its clients are informed of the change (Art. 28(2)),
    /// and a country outside the EEA needs a safeguard (Art. 44-46).
    /// </summary>
    SubProcessorCountry,

    /// <summary>
    /// A sub-processor of a processor's record whose processing no longer stays within the EEA (<c>withinEea</c>
    /// turned <see langword="false"/>) without a new country listed, which would be a
    /// <see cref="SubProcessorCountry"/>; its clients are informed (Art. 28(2)) and the transfer needs a safeguard
    /// (Art. 44-46).
    /// </summary>
    SubProcessorOutsideEea,

    /// <summary>
    /// A transfer to a country outside the EEA that a processor's record did not make before
    /// (<see cref="Concern.Clients"/> names the clients that engage its recipients). A processor transfers only on its
    /// client's documented instructions (Art. 28(3)(a)) and with a safeguard (Art. 44-46).
    /// </summary>
    ProcessorTransfer,
}
