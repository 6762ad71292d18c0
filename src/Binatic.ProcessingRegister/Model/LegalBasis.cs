namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// The legal bases of GDPR Art. 6(1): processing is lawful only if at least one applies.
/// </summary>
public enum LegalBasis
{
    /// <summary>
    /// Art. 6(1)(a): the data subject has given consent to the processing for one or more specific purposes. Written
    /// <c>consent</c> in a register.
    /// </summary>
    Consent,

    /// <summary>
    /// Art. 6(1)(b): necessary for the performance of a contract with the data subject, or for steps at their request
    /// before entering into one. Written <c>contract</c> in a register.
    /// </summary>
    Contract,

    /// <summary>
    /// Art. 6(1)(c): necessary for compliance with a legal obligation of the controller, laid down by Union or Member
    /// State law (Art. 6(3)). Written <c>legalObligation</c> in a register.
    /// </summary>
    LegalObligation,

    /// <summary>
    /// Art. 6(1)(d): necessary to protect the vital interests of the data subject or of another person. Written
    /// <c>vitalInterests</c> in a register.
    /// </summary>
    VitalInterests,

    /// <summary>
    /// Art. 6(1)(e): necessary for a task carried out in the public interest or in the exercise of official
    /// authority. Written <c>publicTask</c> in a register.
    /// </summary>
    PublicTask,

    /// <summary>
    /// Art. 6(1)(f): necessary for the legitimate interests of the controller or a third party, unless overridden by
    /// the interests or rights of the data subject. Written <c>legitimateInterests</c> in a register.
    /// </summary>
    LegitimateInterests,
}
