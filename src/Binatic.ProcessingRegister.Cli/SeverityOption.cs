using System.Collections.Immutable;
using System.CommandLine.Parsing;
using System.CommandLine;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Rules;

namespace Binatic.ProcessingRegister.Cli;

/// <summary><c>--severity RPR013=error</c>: raises, lowers or (with <c>none</c>) switches off a rule, as often as needed.</summary>
internal static class SeverityOption
{
    private const string None = "none";

    private static readonly CliMessage NotRuleEqualsLevel = new(
        "'{value}' is not RULE=LEVEL; write for example --severity RPR013=error (levels: {levels}).",
        "'{value}' is niet RULE=LEVEL; schrijf bijvoorbeeld --severity RPR013=error (niveaus: {levels}).");

    private static readonly CliMessage FixedSeverity = new(
        "'{rule}' is a check of reading and the schema: the RPR1xx checks cannot have their severity changed, because a register that fails them cannot be read reliably.",
        "'{rule}' is een controle van het inlezen en het schema: de ernst van de RPR1xx-controles kan niet worden gewijzigd, omdat een register dat daarvoor zakt niet betrouwbaar kan worden gelezen.");

    private static readonly CliMessage NoSuchRule = new(
        "There is no rule '{rule}'; 'processing-register rules' will list them.",
        "Er is geen regel '{rule}'; 'processing-register rules' geeft de lijst.");

    private static readonly string[] Levels =
    [
        SeverityWord.Of(DiagnosticSeverity.Error),
        SeverityWord.Of(DiagnosticSeverity.Warning),
        SeverityWord.Of(DiagnosticSeverity.Info),
        None,
    ];

    /// <param name="language">The command's <c>--language</c>, which chooses the language of the option's errors.</param>
    public static Option<string[]> Create(Option language)
    {
        var option = new Option<string[]>("--severity")
        {
            Description = $"Change a rule's severity: RULE={string.Join('|', Levels)} ({None} switches the rule off). Repeat for several rules.",
            HelpName = "RULE=LEVEL",
            AllowMultipleArgumentsPerToken = false,
        };
        option.Validators.Add(result => Validate(result, LanguageOption.OfUsage(result, language)));
        return option;
    }

    public static ValidationOptions Apply(ValidationOptions options, IReadOnlyCollection<string> values)
    {
        // Most runs change no severity; building immutable collections for nothing costs compiling their code at start-up.
        if (values.Count == 0)
        {
            return options;
        }

        var overrides = options.SeverityOverrides.ToBuilder();
        var disabled = options.DisabledRules.ToBuilder();
        foreach (var value in values)
        {
            var (rule, level) = Split(value)!.Value;
            if (level is { } severity)
            {
                overrides[rule] = severity;
            }
            else
            {
                disabled.Add(rule);
            }
        }

        return options with { SeverityOverrides = overrides.ToImmutable(), DisabledRules = disabled.ToImmutable() };
    }

    private static void Validate(OptionResult result, Model.RegisterLanguage language)
    {
        foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
        {
            if (Split(value) is not { } pair)
            {
                result.AddError(NotRuleEqualsLevel.In(language, ("value", value), ("levels", string.Join(", ", Levels))));
            }
            else if (RuleCatalogue.Find(pair.Rule) is { SeverityCanChange: false })
            {
                result.AddError(FixedSeverity.In(language, ("rule", pair.Rule)));
            }
            else if (RuleCatalogue.Find(pair.Rule) is null)
            {
                result.AddError(NoSuchRule.In(language, ("rule", pair.Rule)));
            }
        }
    }

    private static (string Rule, DiagnosticSeverity? Level)? Split(string value)
    {
        var parts = value.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
        {
            return null;
        }

        var rule = parts[0].ToUpperInvariant();
        return string.Equals(parts[1], None, StringComparison.OrdinalIgnoreCase) ? (rule, null)
            : SeverityWord.TryParse(parts[1], out var level) ? (rule, level)
            : null;
    }
}
