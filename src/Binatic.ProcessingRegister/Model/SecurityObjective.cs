namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// The aims that Art. 32(1)(a)-(d) lists for security measures.
/// </summary>
public enum SecurityObjective
{
    /// <summary>
    /// Pseudonymisation of personal data (Art. 32(1)(a)). Written <c>pseudonymisation</c> in a register.
    /// </summary>
    Pseudonymisation,

    /// <summary>
    /// Encryption of personal data (Art. 32(1)(a)). Written <c>encryption</c> in a register.
    /// </summary>
    Encryption,

    /// <summary>
    /// Ongoing confidentiality of systems and services (Art. 32(1)(b)). Written <c>confidentiality</c> in a register.
    /// </summary>
    Confidentiality,

    /// <summary>
    /// Ongoing integrity of systems and services (Art. 32(1)(b)). Written <c>integrity</c> in a register.
    /// </summary>
    Integrity,

    /// <summary>
    /// Ongoing availability of systems and services (Art. 32(1)(b)). Written <c>availability</c> in a register.
    /// </summary>
    Availability,

    /// <summary>
    /// Ongoing resilience of systems and services (Art. 32(1)(b)). Written <c>resilience</c> in a register.
    /// </summary>
    Resilience,

    /// <summary>
    /// The ability to restore availability and access in time after an incident (Art. 32(1)(c)). Written
    /// <c>restoreAccess</c> in a register.
    /// </summary>
    RestoreAccess,

    /// <summary>
    /// Regular testing and evaluation of the measures (Art. 32(1)(d)). Written <c>regularTesting</c> in a register.
    /// </summary>
    RegularTesting,
}
