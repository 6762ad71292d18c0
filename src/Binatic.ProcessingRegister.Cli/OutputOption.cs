using System.CommandLine;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Cli;

/// <summary><c>--output</c> (<c>-o</c>), the file <c>export</c> and <c>diff</c> write instead of standard output.</summary>
internal static class OutputOption
{
    private static readonly CliMessage Empty = new(
        "--output needs a file path; it is empty. Leave --output out to write to standard output.",
        "--output heeft een bestandspad nodig, maar is leeg. Laat --output weg om naar standaarduitvoer te schrijven.");

    private static readonly CliMessage EmptyRequired = new(
        "--output needs a file path; it is empty. Give the file to write to.",
        "--output heeft een bestandspad nodig, maar is leeg. Geef het bestand om naar te schrijven.");

    /// <summary>Creates the option; an empty path is a usage error rather than an exception from the file system.</summary>
    /// <param name="what">What is written, as the help names it ("export", "summary").</param>
    /// <param name="language">The command's <c>--language</c>, which chooses the language of the error.</param>
    /// <param name="required">
    /// Whether the command needs a file: <c>import</c> prints its findings to standard output, so the register cannot go
    /// there too.
    /// </param>
    public static Option<string> Create(string what, Option language, bool required = false)
    {
        var option = new Option<string>("--output", "-o")
        {
            Required = required,
            Description = $"The file to write the {what} to, replaced whole once it is complete" +
                (required ? " (the findings go to standard output). " : "; standard output when omitted. ") +
                "A symbolic link is followed and the file it points to replaced; a device or FIFO is written to directly; " +
                "a folder, a socket, an input of the command or (without --force) a read-only file is refused.",
            HelpName = "PATH",
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value.Length: 0 }])
            {
                result.AddError((required ? EmptyRequired : Empty).In(LanguageOption.OfUsage(result, language)));
            }
        });
        return option;
    }

    /// <summary>Creates <c>--force</c>, which lets the <paramref name="what"/> replace a read-only output file.</summary>
    public static Option<bool> CreateForce(string what) => new("--force")
    {
        Description = $"Replace a read-only --output file with the {what}; it keeps its permissions, so it stays read-only. Never replaces an input.",
    };
}
