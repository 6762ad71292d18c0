using System.Text;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Facts;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR054: the controller's own record that a client of a processor's record links to disagrees with it: it cannot be
/// read or does not load, is not a controller's record, does not list the processor, leaves out countries where the
/// processing for the client takes place, or describes a service that is none of the client's categories of processing.
/// </summary>
/// <remarks>
/// The rule reads no files: <c>RegisterReview</c> loads the linked records before the review and hands them over
/// through <see cref="RuleContext.ControllerRecord"/>. Reviewed without them, as <see cref="RegisterValidator"/> on its
/// own reviews, the rule finds nothing.
/// </remarks>
internal sealed class ClientRecordConsistencyRule : Rule
{
    /// <summary>The rule's id, by which <c>RegisterReview</c> leaves the linked records unread when the rule is off.</summary>
    public const string Id = "RPR054";

    // Enough of the client's categories of processing to recognise them; the rest are left to the record itself.
    private const int CategoriesShown = 3;

    public override RuleDescriptor Descriptor { get; } = new(
        Id,
        "Controller record of a client disagrees",
        DiagnosticSeverity.Warning,
        "Art. 28, 30(1)(d)-(e), 30(2)",
        "A client in `processorRecord.clients` links the controller's own record with `controllerRecord`, and that record cannot be read or does not load, is not a controller's record, lists no processor under `processors` with the id `controllerRecord.processor`, leaves out a country where the processing for the client takes place, or describes the processor's `service` in words that none of the client's categories of processing has. The processing for a client takes place in the `location.countries` of the sub-processors its categories of processing engage, and in the countries of `processorRecord.transfers` to them. A country counts as stated when the processor's `location.countries` lists it, or, when that lists none, when its `location` says `withinEea: true` and the country is in the EEA; a country outside the EEA is never stated by a location that says `withinEea: true`. The service matches when it equals a category's `name` or `description`, ignoring case, spacing and trailing punctuation. Checked only by `validate` and `RegisterReview`, which load the linked record from its path relative to the register's folder; `RegisterValidator` on its own reads no files.",
        "The controller's record names its processors and the third countries its data goes to (Art. 30(1)(d)-(e)); the processor's record names, for each controller, the categories of processing it carries out and its transfers (Art. 30(2)(b)-(c)). A processor processes only on the controller's documented instructions, transfers included (Art. 28(3)(a)), and engages another processor only with its authorisation (Art. 28(2)). When both records are kept side by side, a difference between them is something one of them has missed, most often a sub-processor abroad the controller does not know of.",
        "Bring the two records into line: add the missing countries to the processor's `location` in the controller's record, with a transfer for each third country, or correct this record; describe the processor's `service` there as this record names or describes the category of processing; correct `controllerRecord.file` or `controllerRecord.processor` when it points to the wrong record or processor, and validate a linked record that does not load on its own.")
    {
        Dutch = new(
            "Register van een opdrachtgever wijkt af",
            "art. 28, 30 lid 1 onder d en e en 30 lid 2 AVG",
            "Een opdrachtgever in `processorRecord.clients` verwijst met `controllerRecord` naar het eigen register van de verwerkingsverantwoordelijke, en dat register kan niet worden gelezen of geladen, is geen register van een verwerkingsverantwoordelijke, noemt onder `processors` geen verwerker met het id `controllerRecord.processor`, laat een land weg waar de verwerking voor de opdrachtgever plaatsvindt, of omschrijft de `service` van de verwerker in woorden die geen van de categorieën van verwerkingen van de opdrachtgever heeft. De verwerking voor een opdrachtgever vindt plaats in de `location.countries` van de subverwerkers die de categorieën van verwerkingen inschakelen, en in de landen van `processorRecord.transfers` naar hen. Een land is vermeld als de `location.countries` van de verwerker het noemt, of, als die geen landen noemt, als de `location` `withinEea: true` zegt en het land in de EER ligt; een land buiten de EER is nooit vermeld door een locatie die `withinEea: true` zegt. De dienst komt overeen als hij gelijk is aan de `name` of `description` van een categorie, ongeacht hoofdletters, witruimte en leestekens aan het eind. Alleen gecontroleerd door `validate` en `RegisterReview`, die het gekoppelde register laden van het pad ten opzichte van de map van het register; `RegisterValidator` alleen leest geen bestanden.",
            "Het register van de verwerkingsverantwoordelijke noemt zijn verwerkers en de derde landen waar zijn gegevens heen gaan (art. 30 lid 1 onder d en e AVG); het register van de verwerker noemt per verwerkingsverantwoordelijke de categorieën van verwerkingen die hij uitvoert en zijn doorgiften (art. 30 lid 2 onder b en c AVG). Een verwerker verwerkt alleen op gedocumenteerde instructies van de verwerkingsverantwoordelijke, ook wat doorgiften betreft (art. 28 lid 3 onder a AVG), en schakelt alleen met diens toestemming een andere verwerker in (art. 28 lid 2 AVG). Als beide registers naast elkaar worden bijgehouden, is een verschil iets wat een van beide heeft gemist, meestal een subverwerker in het buitenland waarvan de verwerkingsverantwoordelijke niet weet.",
            "Breng de twee registers met elkaar in overeenstemming: vul de ontbrekende landen aan in de `location` van de verwerker in het register van de verwerkingsverantwoordelijke, met een doorgifte voor elk derde land, of corrigeer dit register; omschrijf de `service` van de verwerker daar zoals dit register de categorie van verwerkingen noemt of omschrijft; corrigeer `controllerRecord.file` of `controllerRecord.processor` als die naar het verkeerde register of de verkeerde verwerker wijst, en valideer een gekoppeld register dat niet laadt apart."),
    };

    private static readonly MessageTemplate CannotRead = new(
        "The record of client '{client}' in '{file}' cannot be compared with this record; correct 'controllerRecord.file' (Art. 30(1)(d)-(e), 30(2)). {reason}",
        "Het register van opdrachtgever '{client}' in '{file}' kan niet met dit register worden vergeleken; corrigeer 'controllerRecord.file' (art. 30 lid 1 onder d en e en 30 lid 2 AVG). {reason}");

    private static readonly MessageTemplate DoesNotLoadOne = new(
        "The record of client '{client}' in '{file}' does not load: it has {count} error; validate it on its own and correct it, so that it can be compared with this record (Art. 30(1)(d)-(e), 30(2)).",
        "Het register van opdrachtgever '{client}' in '{file}' laadt niet: het heeft {count} fout; valideer het apart en corrigeer het, zodat het met dit register kan worden vergeleken (art. 30 lid 1 onder d en e en 30 lid 2 AVG).");

    private static readonly MessageTemplate DoesNotLoadMany = new(
        "The record of client '{client}' in '{file}' does not load: it has {count} errors; validate it on its own and correct it, so that it can be compared with this record (Art. 30(1)(d)-(e), 30(2)).",
        "Het register van opdrachtgever '{client}' in '{file}' laadt niet: het heeft {count} fouten; valideer het apart en corrigeer het, zodat het met dit register kan worden vergeleken (art. 30 lid 1 onder d en e en 30 lid 2 AVG).");

    private static readonly MessageTemplate NotAControllerRecord = new(
        "'{file}', which client '{client}' links to, is not a controller's record (its 'register.role' is 'processor'); link the client's own record of processing activities (Art. 30(1), 30(2)).",
        "'{file}', waarnaar opdrachtgever '{client}' verwijst, is geen register van een verwerkingsverantwoordelijke (de 'register.role' ervan is 'processor'); verwijs naar het eigen register van verwerkingsactiviteiten van de opdrachtgever (art. 30 lid 1 en 30 lid 2 AVG).");

    private static readonly MessageTemplate UnknownProcessor = new(
        "The record of client '{client}' in '{file}' lists no processor '{processor}' under 'processors'; give the id under which it lists this processor, or add this processor there (Art. 28(3), 30(1)(d)).",
        "Het register van opdrachtgever '{client}' in '{file}' noemt onder 'processors' geen verwerker '{processor}'; geef het id waaronder het deze verwerker noemt, of voeg deze verwerker daar toe (art. 28 lid 3 en 30 lid 1 onder d AVG).");

    private static readonly MessageTemplate UnknownProcessorNear = new(
        "The record of client '{client}' in '{file}' lists no processor '{processor}' under 'processors'; did you mean '{suggestion}'? Give the id under which it lists this processor (Art. 28(3), 30(1)(d)).",
        "Het register van opdrachtgever '{client}' in '{file}' noemt onder 'processors' geen verwerker '{processor}'; bedoelt u '{suggestion}'? Geef het id waaronder het deze verwerker noemt (art. 28 lid 3 en 30 lid 1 onder d AVG).");

    private static readonly MessageTemplate StatesCountries = new(
        "The record of client '{client}' in '{file}' states {stated} as the location of processor '{processor}', but the processing for this client also takes place in {missing}; add {them} to the processor's 'location' in that record, with a transfer for each third country, or correct this record (Art. 28(3)(a), 30(1)(d)-(e), 30(2)).",
        "Het register van opdrachtgever '{client}' in '{file}' vermeldt {stated} als locatie van verwerker '{processor}', maar de verwerking voor deze opdrachtgever vindt ook plaats in {missing}; vul {them} aan in de 'location' van de verwerker in dat register, met een doorgifte voor elk derde land, of corrigeer dit register (art. 28 lid 3 onder a, 30 lid 1 onder d en e en 30 lid 2 AVG).");

    private static readonly MessageTemplate StatesWithinEea = new(
        "The record of client '{client}' in '{file}' states that processor '{processor}' processes the data within the EEA, but the processing for this client also takes place in {missing}; add {them} to the processor's 'location' in that record, with a transfer for each third country, or correct this record (Art. 28(3)(a), 30(1)(d)-(e), 30(2)).",
        "Het register van opdrachtgever '{client}' in '{file}' vermeldt dat verwerker '{processor}' de gegevens binnen de EER verwerkt, maar de verwerking voor deze opdrachtgever vindt ook plaats in {missing}; vul {them} aan in de 'location' van de verwerker in dat register, met een doorgifte voor elk derde land, of corrigeer dit register (art. 28 lid 3 onder a, 30 lid 1 onder d en e en 30 lid 2 AVG).");

    private static readonly MessageTemplate StatesNoCountry = new(
        "The record of client '{client}' in '{file}' states no country for processor '{processor}', but the processing for this client takes place in {missing}; add {them} to the processor's 'location' in that record, with a transfer for each third country (Art. 28(3)(a), 30(1)(d)-(e), 30(2)).",
        "Het register van opdrachtgever '{client}' in '{file}' vermeldt geen land voor verwerker '{processor}', maar de verwerking voor deze opdrachtgever vindt plaats in {missing}; vul {them} aan in de 'location' van de verwerker in dat register, met een doorgifte voor elk derde land (art. 28 lid 3 onder a, 30 lid 1 onder d en e en 30 lid 2 AVG).");

    private static readonly MessageTemplate WithinEeaToo = new(
        "{countries} (within the EEA)",
        "{countries} (binnen de EER)");

    private static readonly MessageTemplate It = new("it", "dat land");

    private static readonly MessageTemplate Them = new("them", "die landen");

    private static readonly MessageTemplate CountryOfOne = new(
        "{country} (sub-processor '{subProcessor}')",
        "{country} (subverwerker '{subProcessor}')");

    private static readonly MessageTemplate CountryOfMany = new(
        "{country} (sub-processors {subProcessors})",
        "{country} (subverwerkers {subProcessors})");

    private static readonly MessageTemplate AndLast = new(
        "{first} and {last}",
        "{first} en {last}");

    private static readonly MessageTemplate ServiceDiffers = new(
        "The record of client '{client}' in '{file}' describes the service of processor '{processor}' as {service}, which is none of this client's categories of processing here ({categories}); name or describe the same processing in both records, so that each can be checked against the other (Art. 28(3), 30(1)(d), 30(2)(b)).",
        "Het register van opdrachtgever '{client}' in '{file}' omschrijft de dienst van verwerker '{processor}' als {service}, wat geen van de categorieën van verwerkingen voor deze opdrachtgever hier is ({categories}); noem of omschrijf in beide registers dezelfde verwerking, zodat ze tegen elkaar te controleren zijn (art. 28 lid 3, 30 lid 1 onder d en 30 lid 2 onder b AVG).");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        if (context.Register.ProcessorRecord is not { } record)
        {
            yield break;
        }

        Dictionary<string, SubProcessor>? subProcessors = null;
        for (var i = 0; i < record.Clients.Count; i++)
        {
            var client = record.Clients[i];
            if (client.ControllerRecord is not { } link || context.ControllerRecord(link.File) is not { } loaded)
            {
                continue;
            }

            var at = $"/processorRecord/clients/{i}/controllerRecord";
            if (Unusable(client, link, loaded) is { } problem)
            {
                yield return new Finding($"{at}/file", problem);
                continue;
            }

            var processor = FindProcessor(loaded.Register!, link.Processor);
            if (processor is null)
            {
                var suggestion = NearestMatch.Find(link.Processor, loaded.Register!.Processors.Select(p => p.Id));
                yield return new Finding(
                    $"{at}/processor",
                    suggestion is null
                        ? UnknownProcessor.With(("client", client.Id), ("file", link.File), ("processor", link.Processor))
                        : UnknownProcessorNear.With(("client", client.Id), ("file", link.File), ("processor", link.Processor), ("suggestion", suggestion)));
                continue;
            }

            subProcessors ??= ById(record.SubProcessors);
            if (CountriesMissing(client, link, processor, CountriesOf(client, record, subProcessors)) is { } countries)
            {
                yield return new Finding(at, countries);
            }

            if (ServiceDiffering(client, link, processor) is { } service)
            {
                yield return new Finding(at, service);
            }
        }
    }

    /// <summary>Gets why the linked record cannot be compared at all, or <see langword="null"/> when it is a controller's record that loaded.</summary>
    private static MessageText? Unusable(Client client, ControllerRecordLink link, LoadResult loaded)
    {
        if (loaded.Success)
        {
            return loaded.Register.Info.IsControllerRecord
                ? null
                : NotAControllerRecord.With(("file", link.File), ("client", client.Id));
        }

        // A file that could not be read, or was too large to read, has one finding that says why; quote it. A file that
        // was read but holds a bad register has its own findings, which its own validation reports in full.
        if (loaded.Diagnostics is [{ RuleId: DiagnosticIds.InputUnreadable or DiagnosticIds.InputTooLarge, Text: { } reason }])
        {
            return CannotRead.With(("client", client.Id), ("file", link.File), ("reason", reason));
        }

        var errors = loaded.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        return (errors == 1 ? DoesNotLoadOne : DoesNotLoadMany).With(("client", client.Id), ("file", link.File), ("count", errors));
    }

    private static Processor? FindProcessor(Register register, string id)
    {
        foreach (var processor in register.Processors)
        {
            if (string.Equals(processor.Id, id, StringComparison.Ordinal))
            {
                return processor;
            }
        }

        return null;
    }

    /// <summary>
    /// Gets the countries where the processing for <paramref name="client"/> takes place, in the order its categories of
    /// processing name them, each with the sub-processors behind it: the countries where each sub-processor engaged
    /// processes the data, and those of the record's transfers to it.
    /// </summary>
    private static List<(string Country, List<string> SubProcessors)> CountriesOf(Client client, ProcessorRecord record, Dictionary<string, SubProcessor> subProcessors)
    {
        var countries = new List<(string Country, List<string> SubProcessors)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var category in client.Processing)
        {
            foreach (var id in category.SubProcessors)
            {
                if (!seen.Add(id) || !subProcessors.TryGetValue(id, out var subProcessor))
                {
                    continue;
                }

                if (subProcessor.Location is { } location)
                {
                    foreach (var country in location.Countries)
                    {
                        Add(country, id);
                    }
                }

                foreach (var transfer in record.Transfers)
                {
                    if (string.Equals(transfer.Recipient, id, StringComparison.Ordinal))
                    {
                        Add(transfer.Country, id);
                    }
                }
            }
        }

        return countries;

        void Add(string country, string subProcessor)
        {
            var index = countries.FindIndex(c => string.Equals(c.Country, country, StringComparison.Ordinal));
            if (index < 0)
            {
                countries.Add((country, [subProcessor]));
            }
            else if (!countries[index].SubProcessors.Contains(subProcessor, StringComparer.Ordinal))
            {
                countries[index].SubProcessors.Add(subProcessor);
            }
        }
    }

    private static MessageText? CountriesMissing(Client client, ControllerRecordLink link, Processor processor, List<(string Country, List<string> SubProcessors)> countries)
    {
        var location = processor.Location;
        var missing = countries.Where(c => !States(location, c.Country)).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var listed = Listed(missing.Select(c => (object?)(c.SubProcessors is [var only]
            ? CountryOfOne.With(("country", c.Country), ("subProcessor", only))
            : CountryOfMany.With(("country", c.Country), ("subProcessors", Listed(c.SubProcessors.Select(id => (object?)$"'{id}'")))))));
        var them = missing.Count == 1 ? It.Text() : Them.Text();
        if (location is { Countries.Count: > 0 })
        {
            var stated = Listed(location.Countries.Select(country => (object?)country));
            return StatesCountries.With(
                ("client", client.Id),
                ("file", link.File),
                ("stated", location.IsWithinEea == true ? WithinEeaToo.With(("countries", stated)) : stated),
                ("processor", link.Processor),
                ("missing", listed),
                ("them", them));
        }

        return (location?.IsWithinEea == true ? StatesWithinEea : StatesNoCountry).With(
            ("client", client.Id),
            ("file", link.File),
            ("processor", link.Processor),
            ("missing", listed),
            ("them", them));
    }

    /// <summary>
    /// Gets a value indicating whether a processor's location in the controller's record states <paramref name="country"/>:
    /// its countries list it, or, listing none, it says the processing stays within the EEA and the country is in it. A
    /// country outside the EEA is never stated by a location that says the processing stays within it.
    /// </summary>
    private static bool States(Location? location, string country)
    {
        if (location is null || (location.IsWithinEea == true && !GdprFacts.IsInEea(country)))
        {
            return false;
        }

        return location.Countries.Count > 0
            ? Texts.Contains(location.Countries, country)
            : location.IsWithinEea == true;
    }

    private static MessageText? ServiceDiffering(Client client, ControllerRecordLink link, Processor processor)
    {
        if (client.Processing.Count == 0 || processor.Service is null)
        {
            // Nothing to compare: a client without categories of processing, or a processor whose service is not
            // stated (RPR059), is a finding of its own.
            return null;
        }

        var service = Comparable(processor.Service);
        foreach (var category in client.Processing)
        {
            if (Comparable(category.Name) == service || (category.Description is { } description && Comparable(description) == service))
            {
                return null;
            }
        }

        var names = client.Processing.Take(CategoriesShown).Select(c => (object?)DiagnosticText.Quote(c.Name));
        return ServiceDiffers.With(
            ("client", client.Id),
            ("file", link.File),
            ("processor", link.Processor),
            ("service", DiagnosticText.Quote(processor.Service)),
            ("categories", MessageText.Join(", ", client.Processing.Count > CategoriesShown ? names.Append("…") : names)));
    }

    /// <summary>
    /// Gets <paramref name="text"/> as two descriptions of the same service are compared: in lower case, every run of
    /// white space one space, and without the punctuation a sentence ends with.
    /// </summary>
    private static string Comparable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            _ = builder.Length > 0 ? builder.Append(' ').Append(word) : builder.Append(word);
        }

        return builder.ToString().TrimEnd('.', ',', ';', ':', '!', '?', '…', ' ').ToLowerInvariant();
    }

    private static MessageText Listed(IEnumerable<object?> items)
    {
        var list = items.ToList();
        return list.Count == 1
            ? MessageText.Join(string.Empty, list)
            : AndLast.With(("first", MessageText.Join(", ", list.Take(list.Count - 1))), ("last", list[^1]));
    }

    private static Dictionary<string, SubProcessor> ById(ValueArray<SubProcessor> subProcessors)
    {
        // Duplicate ids are reported by the loader; the first one wins here, as it does for references.
        var byId = new Dictionary<string, SubProcessor>(StringComparer.Ordinal);
        foreach (var subProcessor in subProcessors)
        {
            byId.TryAdd(subProcessor.Id, subProcessor);
        }

        return byId;
    }
}
