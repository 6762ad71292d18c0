namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// The conditions of GDPR Art. 9(2) that lift the ban on processing special categories of personal data.
/// </summary>
public enum Article9Condition
{
    /// <summary>
    /// Art. 9(2)(a): explicit consent. Written <c>explicitConsent</c> in a register.
    /// </summary>
    ExplicitConsent,

    /// <summary>
    /// Art. 9(2)(b): obligations in employment, social security and social protection law. Written
    /// <c>employmentAndSocialSecurity</c> in a register.
    /// </summary>
    EmploymentAndSocialSecurity,

    /// <summary>
    /// Art. 9(2)(c): vital interests where the data subject cannot consent. Written <c>vitalInterests</c> in a
    /// register.
    /// </summary>
    VitalInterests,

    /// <summary>
    /// Art. 9(2)(d): a not-for-profit body, for its members. Written <c>notForProfitBody</c> in a register.
    /// </summary>
    NotForProfitBody,

    /// <summary>
    /// Art. 9(2)(e): data manifestly made public by the data subject. Written <c>manifestlyMadePublic</c> in a
    /// register.
    /// </summary>
    ManifestlyMadePublic,

    /// <summary>
    /// Art. 9(2)(f): legal claims or courts acting in their judicial capacity. Written <c>legalClaims</c> in a
    /// register.
    /// </summary>
    LegalClaims,

    /// <summary>
    /// Art. 9(2)(g): substantial public interest on the basis of law. Written <c>substantialPublicInterest</c> in a
    /// register.
    /// </summary>
    SubstantialPublicInterest,

    /// <summary>
    /// Art. 9(2)(h): preventive or occupational medicine, health or social care. Written <c>healthOrSocialCare</c> in
    /// a register.
    /// </summary>
    HealthOrSocialCare,

    /// <summary>
    /// Art. 9(2)(i): public interest in the area of public health. Written <c>publicHealth</c> in a register.
    /// </summary>
    PublicHealth,

    /// <summary>
    /// Art. 9(2)(j): archiving in the public interest, research or statistics (Art. 89(1)). Written
    /// <c>archivingResearchOrStatistics</c> in a register.
    /// </summary>
    ArchivingResearchOrStatistics,
}
