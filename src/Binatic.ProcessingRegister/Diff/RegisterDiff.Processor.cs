using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Facts;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Diff;

/// <summary>The comparison of the processor's records (Art. 30(2)) of two versions of a register.</summary>
public static partial class RegisterDiff
{
    private static readonly MessageTemplate SubProcessorIn = new("{subProcessor}, in {category}", "{subProcessor}, bij {category}");

    private static readonly MessageTemplate WithinEea = new("{subProcessor}: within the EEA", "{subProcessor}: binnen de EER");

    private static readonly MessageTemplate OutsideEea = new("{subProcessor}: outside the EEA", "{subProcessor}: buiten de EER");

    private static readonly ProcessorRecord NoRecord = new();

    private static ProcessorChanges CompareProcessorRecords(Register before, Register after)
    {
        if (before.ProcessorRecord is null && after.ProcessorRecord is null)
        {
            return new([], [], []);
        }

        var oldRecord = before.ProcessorRecord ?? NoRecord;
        var newRecord = after.ProcessorRecord ?? NoRecord;
        var oldSubProcessors = ById(oldRecord.SubProcessors, p => p.Id);
        var newSubProcessors = ById(newRecord.SubProcessors, p => p.Id);
        var oldClients = ById(oldRecord.Clients, c => c.Id);

        var changedClients = new List<ClientChanges>();
        foreach (var client in ById(newRecord.Clients, c => c.Id).Values.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            if (oldClients.GetValueOrDefault(client.Id) is { } previous)
            {
                var changed = CompareClient(previous, client, oldSubProcessors, newSubProcessors);
                if (changed.Count > 0)
                {
                    changedClients.Add(new ClientChanges(Reference(client), changed));
                }
            }
        }

        var lists = Lists(
            Compare(ListKind.Clients, oldRecord.Clients.Select(c => Named(c.Id, c.Contact.Name)), newRecord.Clients.Select(c => Named(c.Id, c.Contact.Name))),
            Compare(ListKind.SubProcessors, oldRecord.SubProcessors.Select(p => Named(p.Id, p.Name)), newRecord.SubProcessors.Select(p => Named(p.Id, p.Name))),
            CompareLocations(oldSubProcessors, newSubProcessors),
            Compare(ListKind.Transfers, oldRecord.Transfers.Select(Describe), newRecord.Transfers.Select(Describe)),
            Compare(ListKind.SecurityMeasures, MeasuresOf(oldRecord, before), MeasuresOf(newRecord, after)));

        // A record that is new as a whole has nothing to compare its sub-processors with: they are listed as added,
        // but their clients engaged them under the agreements the record now shows, not by a change to it.
        var concerns = before.ProcessorRecord is null || after.ProcessorRecord is null
            ? []
            : ProcessorConcerns(oldRecord, newRecord, oldSubProcessors, newSubProcessors, oldClients);
        return new(concerns, lists, [.. changedClients]);
    }

    private static ValueArray<ListChange> CompareClient(
        Client before,
        Client after,
        Dictionary<string, SubProcessor> oldSubProcessors,
        Dictionary<string, SubProcessor> newSubProcessors)
    {
        // Categories are matched on their name; the sub-processors only of the categories in both, as those of an added
        // or removed category come and go with it.
        var kept = before.Processing.Select(c => c.Name).Intersect(after.Processing.Select(c => c.Name), StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        return Lists(
            Compare(ListKind.ProcessingCategories, before.Processing.Select(c => Item(c.Name)), after.Processing.Select(c => Item(c.Name))),
            Compare(ListKind.CategorySubProcessors, CategorySubProcessors(before, kept, oldSubProcessors), CategorySubProcessors(after, kept, newSubProcessors)),
            Compare(ListKind.SubProcessorAuthorisation, Authorisation(before), Authorisation(after)),
            Compare(
                ListKind.AuthorisedSubProcessors,
                (before.ProcessingAgreement?.AuthorisedSubProcessors ?? []).Select(id => SubProcessorNamed(id, oldSubProcessors)),
                (after.ProcessingAgreement?.AuthorisedSubProcessors ?? []).Select(id => SubProcessorNamed(id, newSubProcessors))));
    }

    private static IEnumerable<Entry> CategorySubProcessors(Client client, HashSet<string> categories, Dictionary<string, SubProcessor> subProcessors) =>
        client.Processing
            .Where(c => categories.Contains(c.Name))
            .DistinctBy(c => c.Name, StringComparer.Ordinal)
            .SelectMany(c => c.SubProcessors.Select(id => new Entry(
                $"{c.Name}\n{id}",
                DiffEntry.Of(SubProcessorIn.With(("subProcessor", SubProcessorNamed(id, subProcessors).Text.English), ("category", c.Name))))));

    private static IEnumerable<Entry> Authorisation(Client client) =>
        client.ProcessingAgreement?.SubProcessorAuthorisation is { } authorisation ? [Item(WireNames.Format(authorisation))] : [];

    // Locations only of sub-processors in both registers: those of an added or removed sub-processor come and go with it.
    private static ListChange? CompareLocations(Dictionary<string, SubProcessor> before, Dictionary<string, SubProcessor> after)
    {
        var kept = before.Keys.Intersect(after.Keys, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        return Compare(
            ListKind.SubProcessorLocations,
            before.Values.Where(p => kept.Contains(p.Id)).SelectMany(Locations),
            after.Values.Where(p => kept.Contains(p.Id)).SelectMany(Locations));
    }

    private static IEnumerable<Entry> Locations(SubProcessor subProcessor)
    {
        var named = Named(subProcessor.Id, subProcessor.Name).Text.English;
        foreach (var country in subProcessor.Location?.Countries ?? [])
        {
            yield return new Entry($"{subProcessor.Id}\n{country}", DiffEntry.Plain($"{named}: {country}"));
        }

        if (subProcessor.Location?.IsWithinEea is { } within)
        {
            var text = (within ? WithinEea : OutsideEea).With(("subProcessor", named));
            yield return new Entry($"{subProcessor.Id}\nwithinEea: {(within ? "true" : "false")}", DiffEntry.Of(text));
        }
    }

    // The record's own measures, with their descriptions from the register's catalogue; a category's measures are the
    // client's business and show in the client's categories.
    private static IEnumerable<Entry> MeasuresOf(ProcessorRecord record, Register register) =>
        record.SecurityMeasures.Select(id => Named(id, register.Security?.Measures.FirstOrDefault(m => m.Id == id)?.Description));

    private static List<Concern> ProcessorConcerns(
        ProcessorRecord before,
        ProcessorRecord after,
        Dictionary<string, SubProcessor> oldSubProcessors,
        Dictionary<string, SubProcessor> newSubProcessors,
        Dictionary<string, Client> oldClients)
    {
        var concerns = new List<Concern>();
        var clients = ById(after.Clients, c => c.Id).Values.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        foreach (var subProcessor in newSubProcessors.Values)
        {
            var subject = Named(subProcessor.Id, subProcessor.Name).Text.English;
            var engaging = clients.Where(c => Engages(c, subProcessor.Id)).ToList();
            if (oldSubProcessors.GetValueOrDefault(subProcessor.Id) is not { } previous)
            {
                concerns.Add(new Concern(ConcernKind.SubProcessor, null, subject) { Clients = References(engaging) });
                continue;
            }

            // A sub-processor the record had, newly engaged for a client it already had, is new to that client: it is
            // the addition Art. 28(2) asks the processor to inform that client of. A new client agreed to its
            // sub-processors in its new agreement.
            var newlyEngaging = engaging.Where(c => oldClients.GetValueOrDefault(c.Id) is { } old && !Engages(old, subProcessor.Id)).ToList();
            if (newlyEngaging.Count > 0)
            {
                concerns.Add(new Concern(ConcernKind.SubProcessor, null, subject) { Clients = References(newlyEngaging) });
            }

            var known = (previous.Location?.Countries ?? []).ToHashSet(StringComparer.Ordinal);
            var countries = (subProcessor.Location?.Countries ?? []).Where(c => !known.Contains(c)).Distinct(StringComparer.Ordinal).ToList();
            foreach (var country in countries)
            {
                concerns.Add(new Concern(ConcernKind.SubProcessorCountry, null, $"{subject}: {country}") { Clients = References(engaging) });
            }

            if (subProcessor.Location?.IsWithinEea == false && previous.Location?.IsWithinEea != false && countries.TrueForAll(GdprFacts.IsInEea))
            {
                concerns.Add(new Concern(ConcernKind.SubProcessorOutsideEea, null, subject) { Clients = References(engaging) });
            }
        }

        foreach (var country in NewThirdCountries(before.Transfers, after.Transfers))
        {
            var recipients = after.Transfers.Where(t => t.Country == country && t.Recipient is not null).Select(t => t.Recipient!).ToHashSet(StringComparer.Ordinal);
            concerns.Add(new Concern(ConcernKind.ProcessorTransfer, null, country)
            {
                Clients = References(clients.Where(c => recipients.Any(r => Engages(c, r)))),
            });
        }

        return concerns;
    }

    private static bool Engages(Client client, string subProcessor) =>
        client.Processing.Any(c => c.SubProcessors.Contains(subProcessor, StringComparer.Ordinal));

    private static ValueArray<ClientReference> References(IEnumerable<Client> clients) => [.. clients.Select(Reference)];

    private static ClientReference Reference(Client client) =>
        new(client.Id, client.Contact.Name) { Authorisation = client.ProcessingAgreement?.SubProcessorAuthorisation };

    private static Entry SubProcessorNamed(string id, Dictionary<string, SubProcessor> subProcessors) =>
        Named(id, subProcessors.GetValueOrDefault(id)?.Name);

    // When a record has two entries with one id, the first is compared, as with activities.
    private static Dictionary<string, T> ById<T>(ValueArray<T> items, Func<T, string> id) =>
        items.GroupBy(id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>What changed in the processor's records: the concerns, the record's lists and the clients changed.</summary>
    private readonly record struct ProcessorChanges(List<Concern> Concerns, ValueArray<ListChange> Lists, ValueArray<ClientChanges> Clients);
}
