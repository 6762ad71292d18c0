namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// The special categories of personal data of GDPR Art. 9(1), whose processing is prohibited unless an Art. 9(2)
/// condition applies.
/// </summary>
public enum SpecialCategory
{
    /// <summary>
    /// Data revealing racial or ethnic origin. Written <c>racialOrEthnicOrigin</c> in a register.
    /// </summary>
    RacialOrEthnicOrigin,

    /// <summary>
    /// Data revealing political opinions. Written <c>politicalOpinions</c> in a register.
    /// </summary>
    PoliticalOpinions,

    /// <summary>
    /// Data revealing religious or philosophical beliefs. Written <c>religiousOrPhilosophicalBeliefs</c> in a
    /// register.
    /// </summary>
    ReligiousOrPhilosophicalBeliefs,

    /// <summary>
    /// Data revealing trade-union membership. Written <c>tradeUnionMembership</c> in a register.
    /// </summary>
    TradeUnionMembership,

    /// <summary>
    /// Genetic data (Art. 4(13)). Written <c>geneticData</c> in a register.
    /// </summary>
    GeneticData,

    /// <summary>
    /// Biometric data processed to uniquely identify a person (Art. 4(14)). Written <c>biometricData</c> in a
    /// register.
    /// </summary>
    BiometricData,

    /// <summary>
    /// Data concerning health (Art. 4(15)). Written <c>health</c> in a register.
    /// </summary>
    Health,

    /// <summary>
    /// Data concerning a person's sex life or sexual orientation. Written <c>sexLifeOrSexualOrientation</c> in a
    /// register.
    /// </summary>
    SexLifeOrSexualOrientation,
}
