using System.Text.RegularExpressions;
using Binatic.ProcessingRegister.Cli.LanguageServer.Protocol;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Cli.LanguageServer;

/// <summary>
/// The fixes an editor can apply to a finding without the officer's judgement being taken over: the id RPR131
/// suggests, a key RPR121 misses (its value left for the officer to write, so the gap stays visible until it is filled
/// in) or one of the values RPR126 lists for the key that says which shape an entry has, and a safeguard in place of the invalid EU-US Privacy Shield (RPR024) chosen by the officer from the grounds
/// Chapter V still offers. Each reads what it needs from the finding's message and the text at its range, and offers
/// nothing when the text is not what the finding describes (the document changed since it was reviewed).
/// </summary>
internal static partial class QuickFixes
{
    private const string PrivacyShield = "euUsPrivacyShield";

    // The grounds a transfer to the United States can rest on since the Privacy Shield fell (CJEU C-311/18, 16 July
    // 2020): the Data Privacy Framework for certified recipients (Decision (EU) 2023/1795), the 2021 standard
    // contractual clauses (Decision (EU) 2021/914), or binding corporate rules (Art. 47).
    private static readonly (string Type, string English, string Dutch)[] PrivacyShieldReplacements =
    [
        ("adequacyDecision", "the EU-US Data Privacy Framework (adequacy decision 2023/1795; certified recipients only)", "het EU-VS-gegevensbeschermingskader (adequaatheidsbesluit 2023/1795; alleen gecertificeerde ontvangers)"),
        ("standardContractualClauses", "the standard contractual clauses of 2021 (Decision 2021/914)", "de modelcontractbepalingen van 2021 (besluit 2021/914)"),
        ("bindingCorporateRules", "binding corporate rules (Art. 47)", "bindende bedrijfsvoorschriften (art. 47 AVG)"),
    ];

    /// <summary>Gets the fixes for <paramref name="diagnostic"/> in the document at <paramref name="uri"/> with <paramref name="lines"/>.</summary>
    public static IEnumerable<CodeAction> For(string uri, LspDiagnostic diagnostic, TextLines lines, RegisterLanguage language) => diagnostic.Code switch
    {
        "RPR131" => SuggestedIdFix(uri, diagnostic, language),
        "RPR121" or "RPR126" => MissingKeyFixes(uri, diagnostic, lines, language),
        "RPR024" => PrivacyShieldFixes(uri, diagnostic, lines, language),
        _ => [],
    };

    private static IEnumerable<CodeAction> SuggestedIdFix(string uri, LspDiagnostic diagnostic, RegisterLanguage language)
    {
        var match = SuggestedId().Match(diagnostic.Message);
        if (match.Success)
        {
            var id = match.Groups["id"].Value;
            yield return Fix(language == RegisterLanguage.Dutch ? $"Wijzigen in '{id}'" : $"Change to '{id}'", uri, diagnostic, new TextEdit(diagnostic.Range, id));
        }
    }

    // The loader places a missing key at the mapping's first key, so the new key goes on a line of its own just above
    // it, at the same indentation; after a list item's dash the dash stays on the first line.
    private static IEnumerable<CodeAction> MissingKeyFixes(string uri, LspDiagnostic diagnostic, TextLines lines, RegisterLanguage language)
    {
        var start = diagnostic.Range.Start;
        var line = lines.LineOf(start.Line);
        if (start.Character > line.Length || !IsBlockMappingIndent(line.AsSpan(0, start.Character)))
        {
            yield break;
        }

        var indentation = new string(' ', start.Character);
        var at = new TextRange(start, start);
        if (MissingKeyWithValues().Match(diagnostic.Message) is { Success: true } choice)
        {
            var key = choice.Groups["key"].Value;
            foreach (var value in choice.Groups["allowed"].Value.Split(", "))
            {
                var title = language == RegisterLanguage.Dutch ? $"'{key}: {value}' toevoegen" : $"Add '{key}: {value}'";
                yield return Fix(title, uri, diagnostic, new TextEdit(at, $"{key}: {value}\n{indentation}"));
            }
        }
        else if (MissingKey().Match(diagnostic.Message) is { Success: true } missing)
        {
            var key = missing.Groups["key"].Value;
            var title = language == RegisterLanguage.Dutch ? $"'{key}' toevoegen (waarde nog in te vullen)" : $"Add '{key}' (value to fill in)";
            yield return Fix(title, uri, diagnostic, new TextEdit(at, $"{key}:\n{indentation}"));
        }
    }

    private static IEnumerable<CodeAction> PrivacyShieldFixes(string uri, LspDiagnostic diagnostic, TextLines lines, RegisterLanguage language)
    {
        var start = diagnostic.Range.Start;
        var line = lines.LineOf(start.Line);
        if (start.Character + PrivacyShield.Length > line.Length
            || !line.AsSpan(start.Character, PrivacyShield.Length).SequenceEqual(PrivacyShield))
        {
            yield break;
        }

        var value = new TextRange(start, start with { Character = start.Character + PrivacyShield.Length });
        foreach (var (type, english, dutch) in PrivacyShieldReplacements)
        {
            var title = language == RegisterLanguage.Dutch ? $"Privacyschild vervangen door {dutch}" : $"Replace the Privacy Shield by {english}";
            yield return Fix(title, uri, diagnostic, new TextEdit(value, type));
        }
    }

    private static bool IsBlockMappingIndent(ReadOnlySpan<char> before)
    {
        var rest = before.TrimStart(' ');
        return rest.IsEmpty || rest.TrimEnd(' ') is "-";
    }

    private static CodeAction Fix(string title, string uri, LspDiagnostic diagnostic, TextEdit edit) => new(
        title,
        "quickfix",
        [diagnostic],
        new WorkspaceEdit(new Dictionary<string, IReadOnlyList<TextEdit>>(StringComparer.Ordinal) { [uri] = [edit] }));

    [GeneratedRegex(@"\((?:did you mean|bedoelt u) '(?<id>[^']+)'\?\)")]
    private static partial Regex SuggestedId();

    [GeneratedRegex(@"(?:has no|heeft geen) '(?<key>[A-Za-z][A-Za-z0-9]*)';")]
    private static partial Regex MissingKey();

    [GeneratedRegex(@"(?:has no|heeft geen) '(?<key>[A-Za-z][A-Za-z0-9]*)'; (?:add it with one of|voeg het toe met een van): (?<allowed>[A-Za-z0-9]+(?:, [A-Za-z0-9]+)*)\.$")]
    private static partial Regex MissingKeyWithValues();
}
