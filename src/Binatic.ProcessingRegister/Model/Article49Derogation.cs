namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// The derogations of GDPR Art. 49(1) for transfers in specific situations.
/// </summary>
public enum Article49Derogation
{
    /// <summary>
    /// Art. 49(1)(a): explicit consent after being informed of the risks. Written <c>explicitConsent</c> in a
    /// register.
    /// </summary>
    ExplicitConsent,

    /// <summary>
    /// Art. 49(1)(b): necessary for a contract with the data subject. Written <c>contractWithDataSubject</c> in a
    /// register.
    /// </summary>
    ContractWithDataSubject,

    /// <summary>
    /// Art. 49(1)(c): necessary for a contract concluded in the data subject's interest. Written
    /// <c>contractInDataSubjectInterest</c> in a register.
    /// </summary>
    ContractInDataSubjectInterest,

    /// <summary>
    /// Art. 49(1)(d): important reasons of public interest. Written <c>publicInterest</c> in a register.
    /// </summary>
    PublicInterest,

    /// <summary>
    /// Art. 49(1)(e): legal claims. Written <c>legalClaims</c> in a register.
    /// </summary>
    LegalClaims,

    /// <summary>
    /// Art. 49(1)(f): vital interests where the data subject cannot consent. Written <c>vitalInterests</c> in a
    /// register.
    /// </summary>
    VitalInterests,

    /// <summary>
    /// Art. 49(1)(g): transfer from a public register. Written <c>publicRegister</c> in a register.
    /// </summary>
    PublicRegister,

    /// <summary>
    /// Art. 49(1), second subparagraph: compelling legitimate interests, for a non-repetitive transfer of limited
    /// data. Written <c>compellingLegitimateInterests</c> in a register.
    /// </summary>
    CompellingLegitimateInterests,
}
