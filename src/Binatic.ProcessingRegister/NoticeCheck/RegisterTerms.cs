using Binatic.ProcessingRegister.Facts;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Parsing;

namespace Binatic.ProcessingRegister.NoticeCheck;

/// <summary>
/// What the register states, as terms to look for in a notice: the items a notice must give (purposes, data categories,
/// recipients and processors, transfer countries and safeguards, retention periods, rights), each at its entry, and
/// every other text of the register, which only shows that a passage speaks of the register.
/// </summary>
internal sealed class RegisterTerms
{
    // A form shorter than this is too common a word to show that a passage speaks of the register ("u", "naam").
    private const int ShortestOtherForm = 9;

    private static readonly Dictionary<SafeguardType, string[]> SafeguardNames = new()
    {
        [SafeguardType.AdequacyDecision] = ["adequaatheidsbesluit", "adequaatheid", "adequacy", "passend beschermingsniveau", "adequate level of protection", "gepastheid", "data privacy framework"],
        [SafeguardType.StandardContractualClauses] = ["standaardbepalingen inzake gegevensbescherming", "standaardcontractbepaling", "modelcontract", "modelovereenkomst", "standard contractual clause", "standard data protection clause", "model clause", "scc", "specifieke overeenkomsten die door de europese commissie zijn goedgekeurd"],
        [SafeguardType.BindingCorporateRules] = ["bindende bedrijfsvoorschriften", "binding corporate rules", "bcr"],
        [SafeguardType.CodeOfConduct] = ["gedragscode", "code of conduct"],
        [SafeguardType.Certification] = ["certificering", "certificatie", "certification"],
        [SafeguardType.Derogation] = ["artikel 49", "article 49", "art 49", "uitdrukkelijke toestemming", "explicit consent"],
        [SafeguardType.EuUsPrivacyShield] = ["privacy shield", "privacyschild", "privacy schild"],
    };

    private static readonly Dictionary<DataSubjectRightKind, string[]> RightNames = new()
    {
        [DataSubjectRightKind.Access] = ["inzage", "access"],
        [DataSubjectRightKind.Rectification] = ["rectific", "correctie", "verbeter", "correct"],
        [DataSubjectRightKind.Erasure] = ["wissen", "gegevenswissing", "verwijder", "vergetel", "erasure", "erase", "delet", "forgotten"],
        [DataSubjectRightKind.Restriction] = ["beperk", "restrict"],
        [DataSubjectRightKind.Portability] = ["overdraagbaar", "overdracht", "over te dragen", "overdra", "portab"],
        [DataSubjectRightKind.Objection] = ["bezwaar", "object"],
        [DataSubjectRightKind.AutomatedDecisionMaking] = ["geautomatiseerd", "automated", "profilering", "profiling"],
        [DataSubjectRightKind.WithdrawConsent] = ["intrek", "in te trekken", "withdraw"],
        [DataSubjectRightKind.LodgeComplaint] = ["klacht", "complain"],
        [DataSubjectRightKind.ObjectionToDirectMarketing] = ["direct marketing", "directe marketing", "bezwaar", "object"],
    };

    public RegisterTerms(Register register, SourceMap? map)
    {
        var typed = new List<RegisterTerm>();
        for (var a = 0; a < register.Activities.Count; a++)
        {
            var activity = register.Activities[a];
            for (var p = 0; p < activity.Purposes.Count; p++)
            {
                Add(typed, TermKind.Purpose, activity.Purposes[p], $"/activities/{a}/purposes/{p}");
            }

            for (var r = 0; r < activity.Retention.Count; r++)
            {
                if (activity.Retention[r].Period is { } period)
                {
                    var parts = NoticePeriod.Of(period).ToList();
                    if (parts.Count > 0)
                    {
                        typed.Add(new RegisterTerm(TermKind.Retention, $"{period} ({activity.Name})", $"/activities/{a}/retention/{r}/period", [], []) { Periods = parts });
                    }
                }
            }
        }

        for (var i = 0; i < register.DataCategories.Count; i++)
        {
            Add(typed, TermKind.DataCategory, register.DataCategories[i].Name, $"/dataCategories/{i}");
        }

        for (var i = 0; i < register.Recipients.Count; i++)
        {
            Add(typed, TermKind.Recipient, register.Recipients[i].Name, $"/recipients/{i}");
        }

        for (var i = 0; i < register.Processors.Count; i++)
        {
            Add(typed, TermKind.Recipient, register.Processors[i].Name, $"/processors/{i}");
        }

        var countries = new HashSet<string>(StringComparer.Ordinal);
        var safeguards = new HashSet<SafeguardType>();
        foreach (var (transfer, pointer) in Transfers(register))
        {
            KnownCountries.Add(transfer.Country);
            if (countries.Add(transfer.Country))
            {
                var names = CountryNames.All.FirstOrDefault(c => c.Code == transfer.Country)?.Names ?? [];
                typed.Add(new RegisterTerm(TermKind.Country, transfer.Country, pointer + "/country", [.. names.Select(FoldedText.Phrase).OfType<string>()], []));
            }

            for (var s = 0; s < transfer.Safeguards.Count; s++)
            {
                var safeguard = transfer.Safeguards[s];
                KnownSafeguards.Add(safeguard.Type);
                if (safeguards.Add(safeguard.Type))
                {
                    typed.Add(new RegisterTerm(TermKind.Safeguard, WireNames.Format(safeguard.Type), $"{pointer}/safeguards/{s}", Forms(safeguard.Description), Prefixes(SafeguardNames.GetValueOrDefault(safeguard.Type) ?? [])));
                }
            }
        }

        foreach (var location in register.Processors.Select(p => p.Location).Concat(register.Recipients.Select(r => r.Location)))
        {
            KnownCountries.UnionWith(location?.Countries ?? default);
        }

        if (register.DataSubjectRights is { } rights)
        {
            for (var i = 0; i < rights.Rights.Count; i++)
            {
                var right = rights.Rights[i];

                // The notice owes the right to withdraw consent only where consent is a basis (Art. 13(2)(c)).
                if (right.Kind == DataSubjectRightKind.WithdrawConsent && !register.Activities.Any(a => a.LegalBases.Any(b => b.Basis == LegalBasis.Consent)))
                {
                    continue;
                }

                typed.Add(new RegisterTerm(TermKind.Right, WireNames.Format(right.Kind), $"/dataSubjectRights/rights/{i}", Forms(right.Description), Prefixes(RightNames.GetValueOrDefault(right.Kind) ?? [])));
            }
        }

        Typed = typed;
        Other = [.. OtherTexts(register, map).Select(text => FoldedText.Phrase(text)).OfType<string>().Where(form => form.Length >= ShortestOtherForm + 2).Distinct(StringComparer.Ordinal)];
        KnownPeriods = [.. RegisterPeriods(register).Concat(OtherTexts(register, map).SelectMany(text => NoticePeriod.In(text).Select(found => found.Period)))];

        // "Jonger dan 16 jaar" is the age of consent (Art. 8), not a period the register should hold.
        if (register.Children is { } children)
        {
            KnownPeriods.Add(new NoticePeriod(children.AgeOfConsent, 'Y'));
        }
    }

    /// <summary>Gets the items a notice must give, each at its entry.</summary>
    public IReadOnlyList<RegisterTerm> Typed { get; }

    /// <summary>Gets every text of the register, folded, and its sentences.</summary>
    public IReadOnlyList<string> Other { get; }

    /// <summary>Gets every period the register states, in a field or in its text.</summary>
    public HashSet<NoticePeriod> KnownPeriods { get; }

    /// <summary>Gets the countries the register transfers data to or places a processor or recipient in.</summary>
    public HashSet<string> KnownCountries { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the safeguards the register's transfers rest on.</summary>
    public HashSet<SafeguardType> KnownSafeguards { get; } = [];

    /// <summary>Gets the folded names of a safeguard, as a notice may write it.</summary>
    public static IReadOnlyList<string> NamesOf(SafeguardType type) => Prefixes(SafeguardNames.GetValueOrDefault(type) ?? []);

    private static void Add(List<RegisterTerm> terms, TermKind kind, string text, string pointer)
    {
        if (FoldedText.Phrase(text) is { } form)
        {
            terms.Add(new RegisterTerm(kind, text, pointer, [form], []));
        }
    }

    private static string[] Forms(string? description) =>
        FoldedText.Phrase(description) is { Length: > ShortestOtherForm } form ? [form] : [];

    private static string[] Prefixes(IEnumerable<string> names) =>
        [.. names.Select(name => FoldedText.Phrase(name)).OfType<string>().Select(form => form[..^1])];

    private static IEnumerable<(Transfer Transfer, string Pointer)> Transfers(Register register)
    {
        for (var t = 0; t < register.Transfers.Count; t++)
        {
            yield return (register.Transfers[t], $"/transfers/{t}");
        }

        for (var a = 0; a < register.Activities.Count; a++)
        {
            for (var t = 0; t < register.Activities[a].Transfers.Count; t++)
            {
                yield return (register.Activities[a].Transfers[t], $"/activities/{a}/transfers/{t}");
            }
        }
    }

    private static IEnumerable<NoticePeriod> RegisterPeriods(Register register)
    {
        var periods = register.Activities.SelectMany(a => a.Retention)
            .Concat(register.RetentionPolicy?.Rules ?? default)
            .SelectMany(rule => new[] { rule.Period, rule.ArchiveTransferAfter })
            .Append(register.DataSubjectRights?.ResponseDeadline)
            .Append(register.DataSubjectRights?.Complaints?.ResponseDeadline);
        return periods.OfType<IsoPeriod>().SelectMany(NoticePeriod.Of);
    }

    // Every text of the register, as the file holds it; a register built in code has no file, and its names and
    // descriptions are read from the model.
    private static IEnumerable<string> OtherTexts(Register register, SourceMap? map)
    {
        IEnumerable<string> texts = map?.Tree is { Count: > 0 } tree
            ? Enumerable.Range(0, tree.Count).Where(node => tree.KindOf(node) == NodeKind.String).Select(node => tree.TextOf(node)).OfType<string>()
            : ModelTexts(register);
        foreach (var text in texts)
        {
            yield return text;
            foreach (var sentence in text.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (sentence.Length < text.Length)
                {
                    yield return sentence;
                }
            }
        }
    }

    private static IEnumerable<string?> ModelTextsRaw(Register register) =>
        register.Activities.SelectMany(a => new[] { a.Name, a.Description }.Concat(a.Sources.Select(s => s.Description)).Concat(a.Retention.Select(r => r.Description)))
            .Concat(register.Controllers.SelectMany(c => new[] { c.Contact.Name, c.Contact.Email, c.Contact.Phone, c.Contact.Website, c.Contact.Address?.Street, c.Contact.Address?.City }))
            .Concat(register.DataCategories.Select(c => c.Description))
            .Concat(register.DataSubjectCategories.Select(c => c.Name))
            .Concat(register.Recipients.Select(r => r.Description))
            .Concat(register.Processors.Select(p => p.Service))
            .Concat(register.Transfers.Select(t => t.Description))
            .Concat(register.RetentionPolicy is { } policy ? policy.Criteria.Concat(policy.Exceptions).Append(policy.Principle) : [])
            .Append(register.DataSubjectRights?.ResponseDeadlineDescription)
            .Append(register.DataSubjectRights?.ConsentWithdrawal);

    private static IEnumerable<string> ModelTexts(Register register) => ModelTextsRaw(register).OfType<string>();
}
