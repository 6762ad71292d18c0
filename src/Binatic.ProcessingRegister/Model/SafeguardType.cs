namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// The grounds of GDPR Chapter V for transferring personal data to a third country.
/// </summary>
public enum SafeguardType
{
    /// <summary>
    /// An adequacy decision of the European Commission (Art. 45). Written <c>adequacyDecision</c> in a register.
    /// </summary>
    AdequacyDecision,

    /// <summary>
    /// Standard data protection clauses (Art. 46(2)(c)-(d)), currently Commission Implementing Decision (EU)
    /// 2021/914. Written <c>standardContractualClauses</c> in a register.
    /// </summary>
    StandardContractualClauses,

    /// <summary>
    /// Binding corporate rules (Arts. 46(2)(b), 47). Written <c>bindingCorporateRules</c> in a register.
    /// </summary>
    BindingCorporateRules,

    /// <summary>
    /// An approved code of conduct with binding commitments (Art. 46(2)(e)). Written <c>codeOfConduct</c> in a
    /// register.
    /// </summary>
    CodeOfConduct,

    /// <summary>
    /// An approved certification mechanism with binding commitments (Art. 46(2)(f)). Written <c>certification</c> in
    /// a register.
    /// </summary>
    Certification,

    /// <summary>
    /// A derogation for a specific situation (Art. 49). Written <c>derogation</c> in a register.
    /// </summary>
    Derogation,

    /// <summary>
    /// The EU-US Privacy Shield (Decision 2016/1250), declared invalid by the Court of Justice on 16 July 2020
    /// (C-311/18, Schrems II). It stays expressible because real policies still name it; the rules flag it. Written
    /// <c>euUsPrivacyShield</c> in a register.
    /// </summary>
    EuUsPrivacyShield,
}
