using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>How the rules name a controller in a message: its name as written, quoted, or "the controller" without one.</summary>
internal static class ControllerNames
{
    private static readonly MessageTemplate TheController = new(
        "the controller",
        "de verwerkingsverantwoordelijke");

    /// <summary>Gets the controller's name for a message, capitalised when it starts a sentence and is not a name.</summary>
    public static object Of(Controller controller, bool startsSentence = false) =>
        !string.IsNullOrWhiteSpace(controller.Contact.Name) ? $"'{controller.Contact.Name}'"
        : startsSentence ? TheController.Text().Capitalized()
        : TheController.Text();
}
