namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// Where personal data comes from (Art. 14(2)(f)).
/// </summary>
public enum SourceKind
{
    /// <summary>
    /// From the data subject themselves (Art. 13). Written <c>dataSubject</c> in a register.
    /// </summary>
    DataSubject,

    /// <summary>
    /// From a third party (Art. 14). Written <c>thirdParty</c> in a register.
    /// </summary>
    ThirdParty,

    /// <summary>
    /// From a publicly accessible source (Art. 14(2)(f)). Written <c>publiclyAvailable</c> in a register.
    /// </summary>
    PubliclyAvailable,

    /// <summary>
    /// From another source, as described. Written <c>other</c> in a register.
    /// </summary>
    Other,
}
