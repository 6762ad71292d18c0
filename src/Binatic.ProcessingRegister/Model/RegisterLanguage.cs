namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// The language a register's own text is written in. Keys are always English; names, purposes and descriptions
/// are in this language.
/// </summary>
public enum RegisterLanguage
{
    /// <summary>
    /// Dutch (Nederlands). Written <c>nl</c> in a register.
    /// </summary>
    Dutch,

    /// <summary>
    /// English. Written <c>en</c> in a register.
    /// </summary>
    English,
}
