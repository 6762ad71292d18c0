using System.CommandLine;
using System.Globalization;
using System.Numerics;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;

namespace Binatic.ProcessingRegister.Cli;

/// <summary>
/// <c>--max-file-size</c> and <c>--max-nodes</c>, which every command that loads registers takes, so that a register
/// that <c>validate</c> can be told to read can be exported and compared too.
/// </summary>
/// <param name="language">The command's <c>--language</c>, which chooses the language of an option's error.</param>
internal sealed class LoadLimitOptions(Option language)
{
    private static readonly CliMessage FileSizeNotPositive = new(
        "--max-file-size must be a positive number of bytes.",
        "--max-file-size moet een positief aantal bytes zijn.");

    private static readonly CliMessage NodesNotPositive = new(
        "--max-nodes must be a positive number of values.",
        "--max-nodes moet een positief aantal waarden zijn.");

    private readonly Option<long> _maxFileSize = PositiveNumberOption(
        "--max-file-size",
        $"The largest register file read, in bytes; larger files are refused with {DiagnosticIds.InputTooLarge}. Raise it only for generated registers from a trusted source.",
        LoadOptions.Default.MaxFileSizeBytes,
        "bytes",
        FileSizeNotPositive,
        language);

    private readonly Option<int> _maxNodes = PositiveNumberOption(
        "--max-nodes",
        $"The most values (mappings, sequences, keys and scalars) one register may hold; past it, reading stops with {DiagnosticIds.InputTooLarge}. Raise it only for generated registers from a trusted source.",
        LoadOptions.Default.MaxNodes,
        "values",
        NodesNotPositive,
        language);

    /// <summary>Adds both options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_maxFileSize);
        command.Options.Add(_maxNodes);
    }

    /// <summary>Gets the load options the command line asks for.</summary>
    public LoadOptions Read(ParseResult parseResult) =>
        new() { MaxFileSizeBytes = parseResult.GetValue(_maxFileSize), MaxNodes = parseResult.GetValue(_maxNodes) };

    /// <summary>An option for a limit, which must be a positive number of <paramref name="unit"/>.</summary>
    private static Option<T> PositiveNumberOption<T>(string name, string description, T defaultValue, string unit, CliMessage notPositive, Option language)
        where T : INumber<T>
    {
        var option = new Option<T>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            HelpName = unit,
        };
        option.Validators.Add(result =>
        {
            // Validators run even when the text is not a number, and reading the value then throws; the parser has
            // already reported that case, so only a parsed value is checked here.
            if (result.Tokens is [var token] && T.TryParse(token.Value, CultureInfo.InvariantCulture, out var value) && value <= T.Zero)
            {
                result.AddError(notPositive.In(LanguageOption.OfUsage(result, language)));
            }
        });
        return option;
    }
}
