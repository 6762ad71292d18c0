using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// The facts the export writes in parentheses after a retention rule: the record types, the selection list and its
/// category, and the transfer to an archive, in either language. Parentheses holding anything else are not these
/// facts and stay part of the rule's text.
/// </summary>
internal sealed class RetentionFacts
{
    private static readonly Labels[] Languages = [Labels.For(RegisterLanguage.Dutch), Labels.For(RegisterLanguage.English)];

    private readonly List<string> _recordTypes = [];
    private (string Name, string? Category)? _selectionList;
    private IsoPeriod? _archiveTransferAfter;

    /// <summary>Reads the text inside the parentheses; <see langword="null"/> unless every part is one of the facts.</summary>
    public static RetentionFacts? Read(string inside)
    {
        var facts = new RetentionFacts();
        foreach (var part in inside.Split("; "))
        {
            if (!Languages.Any(labels => facts.ReadFact(labels, part.Trim())))
            {
                return null;
            }
        }

        return facts;
    }

    /// <summary>Splits "period, counted from event" as the export writes it.</summary>
    public static (string Period, string? From) CountedFrom(string text)
    {
        foreach (var labels in Languages)
        {
            var marker = ", " + labels.CountedFrom + " ";
            var at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && text[(at + marker.Length)..].Trim() is { Length: > 0 } from)
            {
                return (text[..at], from);
            }
        }

        return (text, null);
    }

    /// <summary>Gets a value indicating whether <paramref name="text"/> is the export's "not stated".</summary>
    public static bool SaysNotStated(string text) => Languages.Any(labels => ExportForms.Same(labels.NotStated, text));

    /// <summary>Adds the facts to a rule.</summary>
    public void AddTo(YamlMapping rule)
    {
        if (_selectionList is var (name, category))
        {
            rule.Add("selectionList", new YamlMapping().AddText("name", name).AddText("category", category));
        }

        if (_archiveTransferAfter is { } after)
        {
            rule.Add("archiveTransferAfter", YamlTree.Word(after.ToString()));
        }

        if (_recordTypes.Count > 0)
        {
            var types = new YamlSequence();
            _recordTypes.ForEach(type => types.Add(YamlTree.Text(type)));
            rule.Add("recordTypes", types);
        }
    }

    private bool ReadFact(Labels labels, string fact)
    {
        if (After(labels.RecordTypes + ": ", fact) is { } types)
        {
            // The export joins the types with ", "; a type whose own name holds ", " comes back as two.
            _recordTypes.AddRange(types.Split(", ").Select(type => type.Trim()).Where(type => type.Length > 0));
            return true;
        }

        if (After(labels.SelectionList + ": ", fact) is { } list)
        {
            var marker = ", " + labels.SelectionListCategory + " ";
            var at = list.LastIndexOf(marker, StringComparison.Ordinal);
            _selectionList = at > 0 ? (list[..at].Trim(), list[(at + marker.Length)..].Trim()) : (list, null);
            return true;
        }

        if (After(labels.ArchiveTransferAfter + " ", fact) is { } period && RetentionRecogniser.Recognise(period)?.Period is { } after)
        {
            _archiveTransferAfter = after;
            return true;
        }

        return false;
    }

    private static string? After(string label, string fact) =>
        fact.StartsWith(label, StringComparison.OrdinalIgnoreCase) && fact[label.Length..].Trim() is { Length: > 0 } rest ? rest : null;
}
