namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// Whether a security measure is technical or organisational (Art. 32(1)).
/// </summary>
public enum SecurityMeasureKind
{
    /// <summary>
    /// A technical measure, such as encryption or a firewall. Written <c>technical</c> in a register.
    /// </summary>
    Technical,

    /// <summary>
    /// An organisational measure, such as a confidentiality duty or an access policy. Written <c>organisational</c>
    /// in a register.
    /// </summary>
    Organisational,
}
