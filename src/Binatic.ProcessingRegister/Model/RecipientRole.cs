namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// The role a recipient plays under the GDPR for the data it receives.
/// </summary>
public enum RecipientRole
{
    /// <summary>
    /// An independent controller (Art. 4(7)). Written <c>controller</c> in a register.
    /// </summary>
    Controller,

    /// <summary>
    /// A joint controller (Art. 26). Written <c>jointController</c> in a register.
    /// </summary>
    JointController,

    /// <summary>
    /// A processor acting on the controller's behalf (Art. 28). Written <c>processor</c> in a register.
    /// </summary>
    Processor,
}
