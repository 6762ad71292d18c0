using System.CommandLine;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Rules;

namespace Binatic.ProcessingRegister.Cli;

/// <summary><c>rules</c>, <c>explain</c> and <c>schema</c>: what the tool checks, for the people and tools that ask.</summary>
internal static class CatalogueCommands
{
    private static readonly CliMessage NotARuleId = new(
        "'{written}' is not a rule id. Run 'processing-register rules' for the list.",
        "'{written}' is geen regel-id. Voer 'processing-register rules' uit voor de lijst.");

    private static readonly CliMessage NotARuleIdDidYouMean = new(
        "'{written}' is not a rule id; did you mean {nearest}? Run 'processing-register rules' for the list.",
        "'{written}' is geen regel-id; bedoelde u {nearest}? Voer 'processing-register rules' uit voor de lijst.");

    private static readonly string ExitCodeHelp = $"Exit codes: {ExitCodes.Success} success, {ExitCodes.UsageOrInputError} bad arguments.";

    public static Command Rules(TextWriter output)
    {
        var language = LanguageOption.Create("English");
        var command = new Command("rules", $"List every rule: id, default severity, title and the articles it rests on; the GDPR rules first, then the checks of reading and the schema (RPR1xx). {ExitCodeHelp}")
        {
            language,
        };
        command.SetAction(parseResult =>
        {
            var chosen = LanguageOption.Read(parseResult, language) ?? RegisterLanguage.English;
            var rules = RuleCatalogue.All.Select(rule => rule.In(chosen)).ToList();
            var severityWidth = rules.Max(rule => SeverityWord.Of(rule.DefaultSeverity).Length);
            var titleWidth = rules.Max(rule => rule.Title.Length);
            foreach (var rule in rules)
            {
                output.WriteLine($"{rule.Id}  {SeverityWord.Of(rule.DefaultSeverity).PadRight(severityWidth)}  {rule.Title.PadRight(titleWidth)}  {rule.Articles}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Explain(TextWriter output, TextWriter error)
    {
        var id = new Argument<string>("rule") { Description = "The rule's id, such as RPR012." };
        var language = LanguageOption.Create("English");
        var command = new Command(
            "explain",
            $"Explain one rule: what it checks, the GDPR articles, why it matters and how to fix a finding. {ExitCodeHelp} An unknown id exits with {ExitCodes.UsageOrInputError}.")
        {
            id,
            language,
        };
        command.SetAction(parseResult =>
        {
            var written = parseResult.GetValue(id) ?? string.Empty;
            var all = RuleCatalogue.All;
            var rule = all.FirstOrDefault(candidate => string.Equals(candidate.Id, written, StringComparison.OrdinalIgnoreCase));
            if (rule is null)
            {
                var nearest = NearestId(written, all);
                var usage = LanguageOption.Read(parseResult, language) ?? RegisterLanguage.English;
                var message = nearest is null
                    ? NotARuleId.In(usage, ("written", VisibleText.Show(written)))
                    : NotARuleIdDidYouMean.In(usage, ("written", VisibleText.Show(written)), ("nearest", nearest));
                error.WriteLine($"error: {message}");
                return ExitCodes.UsageOrInputError;
            }

            var dutch = LanguageOption.Read(parseResult, language) == RegisterLanguage.Dutch;
            rule = rule.In(dutch ? RegisterLanguage.Dutch : RegisterLanguage.English);
            output.WriteLine($"{rule.Id}: {rule.Title}");
            output.WriteLine($"{(dutch ? "Standaardernst" : "Default severity")}: {SeverityWord.Of(rule.DefaultSeverity)}");
            output.WriteLine($"{(dutch ? "Artikelen" : "Articles")}: {rule.Articles}");
            output.WriteLine();
            output.WriteLine($"{(dutch ? "Wat de regel controleert" : "What it checks")}: {rule.Description}");
            output.WriteLine($"{(dutch ? "Waarom het ertoe doet" : "Why it matters")}: {rule.Rationale}");
            output.WriteLine($"{(dutch ? "Oplossing" : "How to fix")}: {rule.Fix}");
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Schema(TextWriter output, TextWriter error)
    {
        // --language chooses the schema's texts for people (nl: the Dutch copy for editors of Dutch registers) and the
        // language of the command's own errors; keys, values and what the schema accepts are the same in both.
        var language = LanguageOption.Create("English");
        var outputPath = OutputOption.Create("schema", language);
        var force = OutputOption.CreateForce("schema");
        var command = new Command(
            "schema",
            "Print the JSON Schema of the register format exactly as this version checks against it, for editors and other validators; " +
            "with --output, write it to a file instead, such as beside another repository's registers. " +
            $"With --language nl, the schema's titles, descriptions and messages are Dutch; it checks exactly the same. {ExitCodeHelp}")
        {
            outputPath,
            force,
            language,
        };
        command.SetAction(parseResult =>
        {
            var chosen = LanguageOption.Read(parseResult, language) ?? RegisterLanguage.English;
            return CommandFiles.Emit(
                RegisterFormat.JsonSchemaIn(chosen),
                parseResult.GetValue(outputPath),
                parseResult.GetValue(force),
                CommandFiles.Schema,
                chosen,
                output,
                error);
        });
        return command;
    }

    // Ids differ in their digits, so the nearest is the one with the fewest differing characters at the same place
    // ("RPR21" is read as RPR021); ties go to the lower id.
    private static string? NearestId(string written, IReadOnlyList<RuleDescriptor> rules)
    {
        var digits = new string([.. written.Where(char.IsAsciiDigit)]);
        if (digits.Length == 0)
        {
            return null;
        }

        var normalised = "RPR" + digits.PadLeft(3, '0');
        return rules
            .Select(rule => (rule.Id, Distance: Distance(rule.Id, normalised)))
            .Where(pair => pair.Distance <= 1)
            .OrderBy(pair => pair.Distance)
            .ThenBy(pair => pair.Id, StringComparer.Ordinal)
            .Select(pair => pair.Id)
            .FirstOrDefault();
    }

    private static int Distance(string id, string written) =>
        id.Length != written.Length ? int.MaxValue : id.Zip(written).Count(pair => pair.First != char.ToUpperInvariant(pair.Second));
}
