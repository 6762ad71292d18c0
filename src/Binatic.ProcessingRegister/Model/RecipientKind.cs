namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// What kind of party a recipient is (Art. 30(1)(d) asks for the categories of recipients).
/// </summary>
public enum RecipientKind
{
    /// <summary>
    /// A company of the same group, such as a sister company or an affiliated legal person. Written
    /// <c>groupCompany</c> in a register.
    /// </summary>
    GroupCompany,

    /// <summary>
    /// A public authority, such as the tax authority, the police or a supervisory authority. Written
    /// <c>publicAuthority</c> in a register.
    /// </summary>
    PublicAuthority,

    /// <summary>
    /// Another third party (Art. 4(10)), such as a holder of intellectual-property rights. Written <c>thirdParty</c>
    /// in a register.
    /// </summary>
    ThirdParty,

    /// <summary>
    /// An international organisation (Art. 4(26)). Written <c>internationalOrganisation</c> in a register.
    /// </summary>
    InternationalOrganisation,
}
