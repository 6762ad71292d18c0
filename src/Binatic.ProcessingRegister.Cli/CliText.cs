using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Cli;

/// <summary>
/// A <see cref="CliMessage"/> with its arguments, for a message whose language is known only later, such as a file
/// that cannot be read, reported in the language of the registers that could.
/// </summary>
internal sealed class CliText(CliMessage message, (string Name, object? Value)[] arguments)
{
    /// <summary>Gets the message in <paramref name="language"/>.</summary>
    public string In(RegisterLanguage language) => message.In(language, arguments);

    /// <inheritdoc/>
    public override string ToString() => In(RegisterLanguage.English);
}
