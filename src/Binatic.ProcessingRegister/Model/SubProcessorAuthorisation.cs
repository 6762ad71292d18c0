namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// How a controller authorised its processor to engage other processors (Art. 28(2)).
/// </summary>
public enum SubProcessorAuthorisation
{
    /// <summary>
    /// A general written authorisation: the processor informs the controller of every intended addition or
    /// replacement, and the controller may object. Written <c>general</c> in a register.
    /// </summary>
    General,

    /// <summary>
    /// A specific written authorisation of the sub-processors named in
    /// <see cref="ClientAgreement.AuthorisedSubProcessors"/>, and of no others. Written <c>specific</c> in a register.
    /// </summary>
    Specific,
}
