namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// A way for data subjects to reach the controller.
/// </summary>
public enum ChannelKind
{
    /// <summary>
    /// Through the data subject's user account. Written <c>userAccount</c> in a register.
    /// </summary>
    UserAccount,

    /// <summary>
    /// By telephone. Written <c>phone</c> in a register.
    /// </summary>
    Phone,

    /// <summary>
    /// By e-mail. Written <c>email</c> in a register.
    /// </summary>
    Email,

    /// <summary>
    /// By post. Written <c>post</c> in a register.
    /// </summary>
    Post,

    /// <summary>
    /// Through a form on the website. Written <c>webForm</c> in a register.
    /// </summary>
    WebForm,

    /// <summary>
    /// Through an opt-out mechanism. Written <c>optOut</c> in a register.
    /// </summary>
    OptOut,
}
