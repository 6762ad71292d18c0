using System.Globalization;
using Binatic.ProcessingRegister.Binding;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Facts;

namespace Binatic.ProcessingRegister.Diff;

/// <summary>
/// Compares two versions of a register the way a reviewer of a pull request needs it: activities matched by id,
/// and per activity the lists that decide what personal data is processed, why, on what basis, for whom and how
/// long; who is responsible for it (its controllers, department, task and joint-controller arrangements) and under which
/// covenants it discloses data; then the register's role, controllers, joint-controller arrangements with their parties,
/// processors, recipients, transfers and security measures; then the processor's record (Art. 30(2)), when either
/// version keeps one: its clients, sub-processors and where they process, transfers and security measures, and per
/// client its categories of processing, the sub-processors they engage and how the client authorised sub-processors.
/// </summary>
/// <remarks>
/// <para>
/// Entries are compared by their key (an id, a legal basis, a transfer's country with its safeguard types and
/// recipient), so a reworded description or a renamed category is not reported as a change; the register's own diff
/// shows those. See <see cref="ListChange"/> for the key of each list.
/// </para>
/// <para>
/// The changes that carry the most risk are also listed apart, in <see cref="RegisterChanges.Attention"/>: data of a
/// special category (Art. 9) or on criminal offences (Art. 10) that an activity did not process before, new
/// transfers outside the EEA (Chapter V), national identification numbers (Art. 87) an activity did not process
/// before and chain partners it did not disclose to before; in a processor's record, a sub-processor new to the record or
/// to a client, a new country of a sub-processor and a new transfer outside the EEA, each with the clients to inform
/// (Art. 28(2)). The registers are compared as they are; check each with
/// <see cref="Rules.RegisterValidator"/> for what is wrong in it.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var before = RegisterLoader.LoadFile("main/registers/binatic.yaml").GetRegisterOrThrow();
/// var after = RegisterLoader.LoadFile("registers/binatic.yaml").GetRegisterOrThrow();
///
/// var changes = RegisterDiff.Compare(before, after);
/// foreach (var concern in changes.Attention)
/// {
///     Console.WriteLine($"{concern.Kind}: {concern.Subject} in {concern.Activity?.Id ?? "the register's transfers"}");
/// }
///
/// File.WriteAllText("summary.md", DiffMarkdown.ToMarkdown(changes));
/// </code>
/// </example>
public static partial class RegisterDiff
{
    private static readonly MessageTemplate NoTransfersStated = new("no transfers (stated)", "geen doorgiften (vermeld)");

    private static readonly MessageTemplate PartyIn = new("{party}, in {arrangement}", "{party}, bij {arrangement}");

    private static readonly MessageTemplate CovenantWith = new("{covenant}, with {recipient}", "{covenant}, met {recipient}");

    private static readonly MessageTemplate TransferTo = new("{country}: {safeguards}, to {recipient}", "{country}: {safeguards}, naar {recipient}");

    private static readonly MessageTemplate TransferWithoutSafeguards = new("{country}: no safeguards", "{country}: geen waarborgen");

    private static readonly MessageTemplate NoSafeguards = new("no safeguards", "geen waarborgen");

    private static readonly MessageTemplate Permanent = new("permanent", "permanent te bewaren");

    private static readonly MessageTemplate RetainedFrom = new("from {from}", "vanaf {from}");

    private static readonly MessageTemplate ForCategories = new("for {categories}", "voor {categories}");

    private static readonly MessageTemplate EmptyRule = new("(empty rule)", "(lege regel)");

    /// <summary>Gets what changed from <paramref name="before"/> to <paramref name="after"/>.</summary>
    /// <param name="before">The register as it was, such as on the pull request's base branch.</param>
    /// <param name="after">The register as it is now.</param>
    /// <returns>
    /// The changes, with every list sorted; <see cref="RegisterChanges.IsEmpty"/> when nothing a reviewer is shown
    /// differs. When a register has two activities with one id, the first is compared.
    /// </returns>
    public static RegisterChanges Compare(Register before, Register after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);

        var oldActivities = before.Activities.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var newActivities = after.Activities.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var attention = new List<Concern>();
        var changed = new List<ActivityChanges>();
        foreach (var activity in newActivities.Values.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            var previous = oldActivities.GetValueOrDefault(activity.Id);
            attention.AddRange(Concerns(activity, previous, before, after));
            if (previous is not null)
            {
                var lists = CompareActivity(previous, activity, before, after);
                if (lists.Count > 0)
                {
                    changed.Add(new ActivityChanges(Ref(activity), lists));
                }
            }
        }

        foreach (var country in NewThirdCountries(before.Transfers, after.Transfers))
        {
            attention.Add(new Concern(ConcernKind.ThirdCountryTransfer, null, country));
        }

        var processor = CompareProcessorRecords(before, after);
        attention.AddRange(processor.Concerns);

        return new RegisterChanges(
            [.. attention.OrderBy(c => c.Kind).ThenBy(c => c.Activity?.Id, StringComparer.Ordinal).ThenBy(c => c.Subject, StringComparer.Ordinal)],
            [.. newActivities.Values.Where(a => !oldActivities.ContainsKey(a.Id)).Select(Ref).OrderBy(a => a.Id, StringComparer.Ordinal)],
            [.. oldActivities.Values.Where(a => !newActivities.ContainsKey(a.Id)).Select(Ref).OrderBy(a => a.Id, StringComparer.Ordinal)],
            [.. changed],
            Lists(
                Compare(ListKind.Role, [WireNames.Format(before.Info.Role)], [WireNames.Format(after.Info.Role)]),
                Compare(ListKind.Controllers, before.Controllers.Select(Describe), after.Controllers.Select(Describe)),
                Compare(
                    ListKind.JointControllerArrangements,
                    before.JointControllerArrangements.Select(a => Named(a.Id, a.Name)),
                    after.JointControllerArrangements.Select(a => Named(a.Id, a.Name))),
                CompareParties(before.JointControllerArrangements, after.JointControllerArrangements),
                Compare(ListKind.Processors, before.Processors.Select(p => Named(p.Id, p.Name)), after.Processors.Select(p => Named(p.Id, p.Name))),
                Compare(ListKind.Recipients, before.Recipients.Select(r => Named(r.Id, r.Name)), after.Recipients.Select(r => Named(r.Id, r.Name))),
                Compare(ListKind.Transfers, before.Transfers.Select(Describe), after.Transfers.Select(Describe)),
                Compare(
                    ListKind.SecurityMeasures,
                    (before.Security?.Measures ?? []).Select(m => Named(m.Id, m.Description)),
                    (after.Security?.Measures ?? []).Select(m => Named(m.Id, m.Description)))))
        {
            ProcessorRecord = processor.Lists,
            ChangedClients = processor.Clients,
        };
    }

    private static ValueArray<ListChange> CompareActivity(ProcessingActivity before, ProcessingActivity after, Register oldRegister, Register newRegister) =>
        Lists(
            CompareControllers(before, after, oldRegister, newRegister),
            Compare(
                ListKind.Department,
                Single(before.Department).Select(id => Named(id, oldRegister.Departments.FirstOrDefault(d => d.Id == id)?.Name)),
                Single(after.Department).Select(id => Named(id, newRegister.Departments.FirstOrDefault(d => d.Id == id)?.Name))),
            Compare(
                ListKind.Task,
                Single(before.Task).Select(id => Named(id, oldRegister.Tasks.FirstOrDefault(t => t.Id == id)?.Name)),
                Single(after.Task).Select(id => Named(id, newRegister.Tasks.FirstOrDefault(t => t.Id == id)?.Name))),
            Compare(
                ListKind.JointControllerArrangements,
                before.JointControllerArrangements.Select(id => Named(id, oldRegister.JointControllerArrangements.FirstOrDefault(a => a.Id == id)?.Name)),
                after.JointControllerArrangements.Select(id => Named(id, newRegister.JointControllerArrangements.FirstOrDefault(a => a.Id == id)?.Name))),
            Compare(ListKind.Purposes, before.Purposes, after.Purposes),
            Compare(
                ListKind.DataCategories,
                before.DataCategories.Select(id => Named(id, oldRegister.DataCategories.FirstOrDefault(c => c.Id == id)?.Name)),
                after.DataCategories.Select(id => Named(id, newRegister.DataCategories.FirstOrDefault(c => c.Id == id)?.Name))),
            Compare(
                ListKind.DataSubjects,
                before.DataSubjects.Select(id => Named(id, oldRegister.DataSubjectCategories.FirstOrDefault(c => c.Id == id)?.Name)),
                after.DataSubjects.Select(id => Named(id, newRegister.DataSubjectCategories.FirstOrDefault(c => c.Id == id)?.Name))),
            Compare(ListKind.LegalBases, before.LegalBases.Select(b => Item(WireNames.Format(b.Basis))), after.LegalBases.Select(b => Item(WireNames.Format(b.Basis)))),
            Compare(
                ListKind.Recipients,
                (before.Recipients ?? []).Select(id => Named(id, oldRegister.Recipients.FirstOrDefault(r => r.Id == id)?.Name)),
                (after.Recipients ?? []).Select(id => Named(id, newRegister.Recipients.FirstOrDefault(r => r.Id == id)?.Name))),
            Compare(ListKind.Covenants, Covenants(before, oldRegister), Covenants(after, newRegister)),
            Compare(ListKind.Transfers, Transfers(before), Transfers(after)),
            Compare(ListKind.Retention, before.Retention.Select(Describe), after.Retention.Select(Describe)));

    private static IEnumerable<Concern> Concerns(ProcessingActivity activity, ProcessingActivity? previous, Register before, Register after)
    {
        // A category counts as new risk when the activity did not process it as such before: newly listed, or
        // listed before but only now marked special or criminal in the register's catalogue.
        var oldCategories = (previous?.DataCategories ?? []).Select(id => before.DataCategories.FirstOrDefault(c => c.Id == id)).OfType<DataCategory>().ToList();
        foreach (var id in activity.DataCategories.Distinct(StringComparer.Ordinal))
        {
            var category = after.DataCategories.FirstOrDefault(c => c.Id == id);
            if (category is null)
            {
                continue;
            }

            if (category.SpecialCategory is { } special && !oldCategories.Any(c => c.Id == id && c.SpecialCategory is not null))
            {
                yield return new Concern(ConcernKind.SpecialCategoryData, Ref(activity), $"{Named(id, category.Name).Text.English} ({WireNames.Format(special)})");
            }

            if (category.IsCriminalOffenceData && !oldCategories.Any(c => c.Id == id && c.IsCriminalOffenceData))
            {
                yield return new Concern(ConcernKind.CriminalOffenceData, Ref(activity), Named(id, category.Name).Text.English);
            }

            if (category.NationalIdentifier is { } identifier && !oldCategories.Any(c => c.Id == id && c.NationalIdentifier is not null))
            {
                var named = Named(id, category.Name).Text.English;
                yield return new Concern(ConcernKind.NationalIdentifier, Ref(activity), identifier.Name is null ? named : $"{named} ({identifier.Name})");
            }
        }

        // Like data, a chain partner is new to the activity when it was not disclosed to as one before: newly listed,
        // or only now marked a chain partner in the register's recipients.
        var oldPartners = (previous?.Recipients ?? [])
            .Where(id => before.Recipients.Any(r => r.Id == id && r.IsChainPartner))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var id in (activity.Recipients ?? []).Distinct(StringComparer.Ordinal))
        {
            if (after.Recipients.FirstOrDefault(r => r.Id == id) is { IsChainPartner: true } partner && !oldPartners.Contains(id))
            {
                yield return new Concern(ConcernKind.ChainPartner, Ref(activity), Named(id, partner.Name).Text.English);
            }
        }

        foreach (var country in NewThirdCountries(previous?.Transfers ?? [], activity.Transfers))
        {
            yield return new Concern(ConcernKind.ThirdCountryTransfer, Ref(activity), country);
        }
    }

    private static IEnumerable<string> NewThirdCountries(ValueArray<Transfer> before, ValueArray<Transfer> after)
    {
        var known = before.Select(t => t.Country).ToHashSet(StringComparer.Ordinal);
        return after.Select(t => t.Country).Where(c => !GdprFacts.IsInEea(c) && !known.Contains(c)).Distinct(StringComparer.Ordinal);
    }

    // An activity that names no controllers has the register's only one. Compared only when either version names
    // its own, so that renaming a register's only controller is shown once, in the register's list, and not on every
    // activity.
    private static ListChange? CompareControllers(ProcessingActivity before, ProcessingActivity after, Register oldRegister, Register newRegister) =>
        before.Controllers.Count == 0 && after.Controllers.Count == 0
            ? null
            : Compare(ListKind.Controllers, ControllersOf(before, oldRegister), ControllersOf(after, newRegister));

    private static IEnumerable<Entry> ControllersOf(ProcessingActivity activity, Register register)
    {
        if (activity.Controllers.Count == 0)
        {
            return register.Controllers.Count == 1 ? [Describe(register.Controllers[0])] : [];
        }

        return activity.Controllers.Select(id => register.Controllers.FirstOrDefault(c => c.Id == id) is { } controller ? Describe(controller) : Item(id));
    }

    // Parties only of arrangements in both registers: those of an added or removed arrangement come and go with it.
    private static ListChange? CompareParties(ValueArray<JointControllerArrangement> before, ValueArray<JointControllerArrangement> after)
    {
        var kept = before.Select(a => a.Id).Intersect(after.Select(a => a.Id), StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        return Compare(
            ListKind.ArrangementParties,
            before.Where(a => kept.Contains(a.Id)).SelectMany(Parties),
            after.Where(a => kept.Contains(a.Id)).SelectMany(Parties));
    }

    private static IEnumerable<Entry> Parties(JointControllerArrangement arrangement) =>
        arrangement.Parties.Select(p => new Entry($"{arrangement.Id}\n{p.Contact.Name}", DiffEntry.Of(PartyIn.With(("party", p.Contact.Name), ("arrangement", Named(arrangement.Id, arrangement.Name).Text.English)))));

    private static IEnumerable<Entry> Covenants(ProcessingActivity activity, Register register) =>
        (activity.Recipients ?? [])
            .Select(id => register.Recipients.FirstOrDefault(r => r.Id == id))
            .OfType<Recipient>()
            .Where(r => r.Covenant is not null)
            .Select(r => Describe(r, r.Covenant!));

    // The statement that an activity makes no transfers is an entry of its own, so that giving it up for a transfer
    // shows both.
    private static IEnumerable<Entry> Transfers(ProcessingActivity activity) =>
        activity.HasNoTransfers ? [Phrase(NoTransfersStated.Text()), .. activity.Transfers.Select(Describe)] : activity.Transfers.Select(Describe);

    private static IEnumerable<string> Single(string? id) => id is null ? [] : [id];

    private static ValueArray<ListChange> Lists(params ReadOnlySpan<ListChange?> changes)
    {
        var lists = new List<ListChange>(changes.Length);
        foreach (var change in changes)
        {
            if (change is not null)
            {
                lists.Add(change);
            }
        }

        return [.. lists];
    }

    private static ListChange? Compare(ListKind kind, IEnumerable<string> before, IEnumerable<string> after) =>
        Compare(kind, before.Select(Item), after.Select(Item));

    private static ListChange? Compare(ListKind kind, IEnumerable<Entry> before, IEnumerable<Entry> after)
    {
        var oldEntries = before.DistinctBy(e => e.Key, StringComparer.Ordinal).ToList();
        var newEntries = after.DistinctBy(e => e.Key, StringComparer.Ordinal).ToList();
        var oldKeys = oldEntries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var newKeys = newEntries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        ValueArray<DiffEntry> added = [.. newEntries.Where(e => !oldKeys.Contains(e.Key)).Select(e => e.Text).OrderBy(e => e.English, StringComparer.Ordinal)];
        ValueArray<DiffEntry> removed = [.. oldEntries.Where(e => !newKeys.Contains(e.Key)).Select(e => e.Text).OrderBy(e => e.English, StringComparer.Ordinal)];
        return added.Count == 0 && removed.Count == 0 ? null : new ListChange(kind, added, removed);
    }

    private static ActivityReference Ref(ProcessingActivity activity) => new(activity.Id, activity.Name);

    private static Entry Item(string text) => new(text, DiffEntry.Plain(text));

    // A phrase of the comparison's own words is matched on its English text.
    private static Entry Phrase(MessageText text) => new(text.English, DiffEntry.Of(text));

    // Ids are what the register is matched on; names are what a reviewer recognises, so both are shown.
    private static Entry Named(string id, string? name) => new(id, DiffEntry.Plain(name is null ? id : $"{name} ({id})"));

    // Matched on the name, not the id: an id that now stands for another organisation is another controller.
    private static Entry Describe(Controller controller) =>
        new(controller.Contact.Name, DiffEntry.Plain(controller.Id is null ? controller.Contact.Name : $"{controller.Contact.Name} ({controller.Id})"));

    // Matched on the recipient and all of the covenant, so that a covenant renewed under a new reference or date is
    // shown as replaced.
    private static Entry Describe(Recipient recipient, Covenant covenant)
    {
        var details = new List<string>(2);
        if (covenant.Reference is not null)
        {
            details.Add(covenant.Reference);
        }

        if (covenant.Date is { } date)
        {
            details.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        var text = details.Count == 0 ? covenant.Name : $"{covenant.Name} ({string.Join(", ", details)})";
        return new($"{recipient.Id}\n{text}", DiffEntry.Of(CovenantWith.With(("covenant", text), ("recipient", Named(recipient.Id, recipient.Name).Text.English))));
    }

    // The recipient is part of what identifies a transfer: two recipients in one country are two transfers.
    // Safeguard types are the format's own values, written as in the file in both languages.
    private static Entry Describe(Transfer transfer)
    {
        var types = string.Join(", ", transfer.Safeguards.Select(s => WireNames.Format(s.Type)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        if (transfer.Recipient is { } recipient)
        {
            object safeguards = transfer.Safeguards.Count == 0 ? NoSafeguards.Text() : types;
            return Phrase(TransferTo.With(("country", transfer.Country), ("safeguards", safeguards), ("recipient", recipient)));
        }

        return transfer.Safeguards.Count == 0
            ? Phrase(TransferWithoutSafeguards.With(("country", transfer.Country)))
            : Item($"{transfer.Country}: {types}");
    }

    // Matched on the English text, which holds all of the rule; the period, categories and description are as written.
    private static Entry Describe(RetentionRule rule)
    {
        var english = Retention(rule, RegisterLanguage.English);
        return new(english, new DiffEntry(english, Retention(rule, RegisterLanguage.Dutch)));
    }

    private static string Retention(RetentionRule rule, RegisterLanguage language)
    {
        var parts = new List<string>();
        if (rule.IsPermanent)
        {
            parts.Add(Permanent.Text().In(language));
        }

        if (rule.Period is { } period)
        {
            parts.Add(period.ToString());
        }

        if (rule.From is not null)
        {
            parts.Add(RetainedFrom.With(("from", rule.From)).In(language));
        }

        if (rule.DataCategories.Count > 0)
        {
            parts.Add(ForCategories.With(("categories", string.Join(", ", rule.DataCategories))).In(language));
        }

        if (rule.Description is not null)
        {
            parts.Add(rule.Description);
        }

        return parts.Count == 0 ? EmptyRule.Text().In(language) : string.Join("; ", parts);
    }

    /// <summary>A list entry: the key it is matched on and the text a reviewer sees, in either language.</summary>
    private readonly record struct Entry(string Key, DiffEntry Text);
}
