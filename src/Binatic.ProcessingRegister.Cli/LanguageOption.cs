using System.CommandLine;
using System.CommandLine.Parsing;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Cli;

/// <summary>
/// <c>--language nl|en</c>: the language of findings, rule texts, the diff's summary and the tool's own messages
/// (<see cref="CliMessage"/>). Without it, a register's findings are in its own language (<c>register.language</c>),
/// the tool's messages in the language of the one register read, and everything else is in English. Its own error,
/// an unknown language, is English: no language was chosen.
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
    public static RegisterLanguage? Read(ParseResult parseResult, Option<string?> option) => Parse(parseResult.GetValue(option));

    /// <summary>
    /// Gets the language of the tool's own messages about the command line while it is being parsed, as an option's
    /// validator sees it: the one <paramref name="option"/> gives, else English.
    /// </summary>
    public static RegisterLanguage OfUsage(SymbolResult result, Option option) =>
        result.GetResult(option) is { Tokens: [var token] } ? Parse(token.Value) ?? RegisterLanguage.English : RegisterLanguage.English;

    /// <summary>Gets the language of the usage hint after parse errors: the command's <c>--language</c> when it is valid, else English.</summary>
    public static RegisterLanguage OfUsage(ParseResult parseResult) =>
        parseResult.CommandResult.GetResult("--language") is OptionResult { Tokens: [var token] } ? Parse(token.Value) ?? RegisterLanguage.English : RegisterLanguage.English;

    private static RegisterLanguage? Parse(string? code) => code switch
    {
        Dutch => RegisterLanguage.Dutch,
        English => RegisterLanguage.English,
        _ => null,
    };
}
