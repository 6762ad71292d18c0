namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// The rights of data subjects under the GDPR.
/// </summary>
public enum DataSubjectRightKind
{
    /// <summary>
    /// The right of access (Art. 15). Written <c>access</c> in a register.
    /// </summary>
    Access,

    /// <summary>
    /// The right to rectification (Art. 16). Written <c>rectification</c> in a register.
    /// </summary>
    Rectification,

    /// <summary>
    /// The right to erasure (Art. 17). Written <c>erasure</c> in a register.
    /// </summary>
    Erasure,

    /// <summary>
    /// The right to restriction of processing (Art. 18). Written <c>restriction</c> in a register.
    /// </summary>
    Restriction,

    /// <summary>
    /// The right to data portability (Art. 20). Written <c>portability</c> in a register.
    /// </summary>
    Portability,

    /// <summary>
    /// The right to object on grounds relating to one's particular situation (Art. 21(1)), which the controller may
    /// weigh against compelling legitimate grounds. Written <c>objection</c> in a register.
    /// </summary>
    Objection,

    /// <summary>
    /// The right not to be subject to a decision based solely on automated processing (Art. 22). Written
    /// <c>automatedDecisionMaking</c> in a register.
    /// </summary>
    AutomatedDecisionMaking,

    /// <summary>
    /// The right to withdraw consent at any time (Art. 7(3)). Written <c>withdrawConsent</c> in a register.
    /// </summary>
    WithdrawConsent,

    /// <summary>
    /// The right to lodge a complaint with a supervisory authority (Art. 77). Written <c>lodgeComplaint</c> in a
    /// register.
    /// </summary>
    LodgeComplaint,

    /// <summary>
    /// The absolute right to object to direct marketing, including profiling for it (Art. 21(2)-(3)): the processing
    /// for that purpose stops, without a balancing. Written <c>objectionToDirectMarketing</c> in a register.
    /// </summary>
    ObjectionToDirectMarketing,
}
