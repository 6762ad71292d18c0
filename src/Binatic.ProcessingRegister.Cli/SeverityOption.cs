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

    private static readonly string[] Levels =
    [
        SeverityWord.Of(DiagnosticSeverity.Error),
        SeverityWord.Of(DiagnosticSeverity.Warning),
        SeverityWord.Of(DiagnosticSeverity.Info),
        None,
    ];

    public static Option<string[]> Create()
    {
        var option = new Option<string[]>("--severity")
        {
            Description = $"Change a rule's severity: RULE={string.Join('|', Levels)} ({None} switches the rule off). Repeat for several rules.",
            HelpName = "RULE=LEVEL",
            AllowMultipleArgumentsPerToken = false,
        };
        option.Validators.Add(Validate);
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

    private static void Validate(OptionResult result)
    {
        foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
        {
            if (Split(value) is not { } pair)
            {
                result.AddError($"'{value}' is not RULE=LEVEL; write for example --severity RPR013=error (levels: {string.Join(", ", Levels)}).");
            }
            else if (RuleCatalogue.Find(pair.Rule) is { SeverityCanChange: false })
            {
                result.AddError($"'{pair.Rule}' is a check of reading and the schema: the RPR1xx checks cannot have their severity changed, because a register that fails them cannot be read reliably.");
            }
            else if (RuleCatalogue.Find(pair.Rule) is null)
            {
                result.AddError($"There is no rule '{pair.Rule}'; 'processing-register rules' will list them.");
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
