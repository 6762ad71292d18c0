using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// Reads back the forms the spreadsheet export writes around a name (docs/spreadsheets.md): a kind in parentheses
/// after a recipient or a source ("Belastingdienst (overheidsinstantie)"), and the marks after a data category
/// ("Medische gegevens — bijzonder persoonsgegeven (art. 9 AVG): gezondheid"), in either language of the export.
/// Only the export's own words are taken; any other text stays part of the name, as written.
/// </summary>
internal static class ExportForms
{
    private const string MarkSeparator = " — ";

    private static readonly Labels[] Languages = [Labels.For(RegisterLanguage.Dutch), Labels.For(RegisterLanguage.English)];

    /// <summary>Reads "name (processor)" or "name (kind)"; a name without either comes back as it is.</summary>
    public static (string Name, bool IsProcessor, RecipientKind? Kind) Party(string item)
    {
        if (TrailingParenthesis(item) is not var (name, inside))
        {
            return (item, false, null);
        }

        if (Languages.Any(labels => Same(labels.Processor, inside)))
        {
            return (name, true, null);
        }

        return Find(labels => labels.RecipientKindNames, inside) is { } kind ? (name, false, kind) : (item, false, null);
    }

    /// <summary>Reads "description (kind)" of a source.</summary>
    public static (string Description, SourceKind? Kind) Source(string item) =>
        TrailingParenthesis(item) is var (description, inside) && Find(labels => labels.SourceKindNames, inside) is { } kind
            ? (description, kind)
            : (item, null);

    /// <summary>Reads an Art. 9 condition as the export words it: its label, then ": " and the law.</summary>
    public static (Article9Condition Condition, string? Law)? Article9Condition(string item) =>
        LabelThenLaw(labels => labels.Article9ConditionNames, item);

    /// <summary>
    /// Reads "name — mark; mark": the marks of a special category, criminal offence data and a national identification
    /// number. Text after the dash that is not all marks stays part of the name.
    /// </summary>
    public static DataCategoryMarks DataCategory(string item)
    {
        var dash = item.LastIndexOf(MarkSeparator, StringComparison.Ordinal);
        if (dash <= 0)
        {
            return new DataCategoryMarks(item);
        }

        var marks = new DataCategoryMarks(item[..dash].Trim());
        foreach (var mark in item[(dash + MarkSeparator.Length)..].Split("; "))
        {
            if (!marks.Read(mark.Trim(), Languages))
            {
                return new DataCategoryMarks(item);
            }
        }

        return marks;
    }

    /// <summary>Reads a legal basis as the export words it: its label, then ": " and the law.</summary>
    public static (LegalBasis Basis, string? Law)? LegalBasis(string item) => LabelThenLaw(labels => labels.LegalBasisNames, item);

    /// <summary>Reads one of <paramref name="table"/>'s labels, alone or followed by ": " and the law it rests on.</summary>
    private static (TKey Value, string? Law)? LabelThenLaw<TKey>(Func<Labels, IReadOnlyDictionary<TKey, string>> table, string item)
        where TKey : struct
    {
        foreach (var labels in Languages)
        {
            foreach (var (value, label) in table(labels))
            {
                if (Same(label, item))
                {
                    return (value, null);
                }

                if (item.StartsWith(label + ": ", StringComparison.OrdinalIgnoreCase) && item[(label.Length + 2)..].Trim() is { Length: > 0 } law)
                {
                    return (value, law);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Reads the facts in parentheses after an item, each "label: value" or a label alone, in one language of the
    /// export; <see langword="null"/> unless every fact has one of <paramref name="labels"/>.
    /// </summary>
    /// <returns>The item without the parentheses, and the value of each label found (empty for a label alone).</returns>
    public static (string Item, Dictionary<string, string> Facts)? Facts(string item, Func<Labels, string[]> labels)
    {
        if (TrailingParenthesis(item) is not var (before, inside))
        {
            return null;
        }

        foreach (var language in Languages)
        {
            var names = labels(language);
            var facts = new Dictionary<string, string>(StringComparer.Ordinal);
            string? last = null;
            foreach (var fact in inside.Split("; ").Select(part => part.Trim()))
            {
                var index = Array.FindIndex(names, name => Same(name, fact) || fact.StartsWith(name + ": ", StringComparison.OrdinalIgnoreCase));
                if (index < 0 && last is not null && facts[last].Length > 0)
                {
                    // A fact's own text may hold "; ": what follows it without a label is still that fact.
                    facts[last] += "; " + fact;
                    continue;
                }

                if (index < 0)
                {
                    facts = null;
                    break;
                }

                last = labels(Languages[0])[index];
                facts[last] = Same(names[index], fact) ? string.Empty : fact[(names[index].Length + 2)..].Trim();
            }

            if (facts is not null)
            {
                return (before, facts);
            }
        }

        return null;
    }

    /// <summary>Splits "text (inside)" at its last parenthesis, which closes the text.</summary>
    public static (string Before, string Inside)? TrailingParenthesis(string item)
    {
        if (!item.EndsWith(')'))
        {
            return null;
        }

        var depth = 0;
        for (var i = item.Length - 1; i >= 0; i--)
        {
            depth += item[i] switch { ')' => 1, '(' => -1, _ => 0 };
            if (depth == 0)
            {
                return i > 1 && item[i - 1] == ' ' ? (item[..(i - 1)].TrimEnd(), item[(i + 1)..^1].Trim()) : null;
            }
        }

        return null;
    }

    internal static bool Same(string label, string text) => string.Equals(label, text.Trim(), StringComparison.OrdinalIgnoreCase);

    private static TKey? Find<TKey>(Func<Labels, IReadOnlyDictionary<TKey, string>> table, string text)
        where TKey : struct
    {
        foreach (var labels in Languages)
        {
            foreach (var (key, label) in table(labels))
            {
                if (Same(label, text))
                {
                    return key;
                }
            }
        }

        return null;
    }
}
