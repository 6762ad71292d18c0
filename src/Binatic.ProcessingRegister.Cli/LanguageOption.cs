using System.CommandLine;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Cli;

/// <summary>
/// <c>--language nl|en</c>: the language of findings, rule texts and the diff's summary. Without it, a register's
/// findings are in its own language (<c>register.language</c>), and everything else is in English.
/// </summary>
internal static class LanguageOption
{
    private const string Dutch = "nl";
    private const string English = "en";

    public static Option<string?> Create(string defaultText)
    {
        var option = new Option<string?>("--language")
        {
            Description = $"The language of the output: {Dutch} (Dutch) or {English} (English); default {defaultText}.",
            HelpName = $"{Dutch}|{English}",
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && token.Value is not (Dutch or English))
            {
                result.AddError($"--language {token.Value}: the language must be {Dutch} (Dutch) or {English} (English).");
            }
        });
        return option;
    }

    /// <summary>Gets the language chosen, or <see langword="null"/> when the option is not given.</summary>
    public static RegisterLanguage? Read(ParseResult parseResult, Option<string?> option) =>
        parseResult.GetValue(option) switch
        {
            Dutch => RegisterLanguage.Dutch,
            English => RegisterLanguage.English,
            _ => null,
        };
}
