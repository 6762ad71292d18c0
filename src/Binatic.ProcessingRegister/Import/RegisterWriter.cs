using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Import;

/// <summary>Writes what an import read as a register in this project's format, its keys in the order of registers/example.yaml.</summary>
internal static class RegisterWriter
{
    /// <summary>Writes the register.</summary>
    public static string Write(SheetImporter importer, Preamble preamble, IReadOnlyList<ActivityDraft> activities, IEnumerable<string> header)
    {
        var root = new YamlMapping();
        var register = new YamlMapping().Add("language", YamlTree.Word(WireNames.Format(importer.Language)));
        root.Add("register", register.AddText("title", preamble.Title));

        var named = ControllerNames(preamble);
        root.Add(
            importer.Controllers.Entries.Count > 0 || named.Count > 1 ? "controllers" : "controller",
            importer.Controllers.Entries.Count > 0 || named.Count > 1 ? Controllers(importer, preamble, named) : Controller(importer, preamble, withName: true));

        AddCatalogue(root, "departments", importer.Departments, static (_, _) => { });
        AddCatalogue(root, "tasks", importer.Tasks, static (entry, map) =>
        {
            if (entry.Department is { } department)
            {
                map.Add("department", YamlTree.Word(department));
            }
        });
        AddCatalogue(root, "jointControllerArrangements", importer.Arrangements, static (entry, map) =>
        {
            var parties = new YamlSequence();
            foreach (var party in entry.Parties.Count > 0 ? entry.Parties : [entry.Name])
            {
                parties.Add(new YamlMapping().AddText("name", party));
            }

            map.Add("parties", parties);
        });
        // A controller's record must have both catalogues (Art. 30(1)(c)); a sheet without the column gets an empty
        // one, so that the register loads and the review names every activity that lacks them (RPR004).
        AddRequiredCatalogue(root, importer, "dataSubjectCategories", importer.DataSubjects, "data subjects", "betrokkenen");
        AddRequiredCatalogue(root, importer, "dataCategories", importer.DataCategories, "personal data", "persoonsgegevens");
        AddParties(root, importer, processors: true);
        AddParties(root, importer, processors: false);
        if (importer.Measures.Entries.Count > 0)
        {
            var measures = new YamlSequence();
            foreach (var measure in importer.Measures.Entries)
            {
                measures.Add(new YamlMapping()
                    .Add("id", YamlTree.Word(measure.Id))
                    .Comment(Say(
                        importer,
                        "kind: technical or organisational; the spreadsheet does not say which.",
                        "kind: technical of organisational; het spreadsheet zegt niet welke."))
                    .AddText("description", measure.Name));
            }

            root.Add("security", new YamlMapping().Add("measures", measures));
        }

        var list = new YamlSequence();
        foreach (var activity in activities)
        {
            list.Add(activity.ToYaml());
        }

        root.Add("activities", list);
        return YamlTree.Write(root, header);
    }

    private static string Say(SheetImporter importer, string english, string dutch) => importer.Language == RegisterLanguage.Dutch ? dutch : english;

    private static YamlMapping Controller(SheetImporter importer, Preamble preamble, bool withName)
    {
        var controller = new YamlMapping();
        if (withName && preamble.ControllerName is null)
        {
            controller.Comment(Say(
                importer,
                "name: the spreadsheet does not name the controller (Art. 30(1)(a)); fill it in.",
                "name: het spreadsheet noemt de verwerkingsverantwoordelijke niet (art. 30 lid 1 onder a AVG); vul de naam in."));
        }

        if (withName)
        {
            controller.AddText("name", preamble.ControllerName);
        }

        if (preamble.Value(PreambleField.ControllerAddress) is { } address)
        {
            controller.Comment(Say(importer, "address, as the spreadsheet writes it: ", "adres, zoals het spreadsheet het schrijft: ") + address);
            var cell = preamble.CellOf(PreambleField.ControllerAddress)!;
            importer.Report(
                DiagnosticIds.ImportValueWithoutPlace,
                DiagnosticSeverity.Warning,
                ImportMessages.ValueWithoutPlace.With(("value", address), ("column", Say(importer, "Address of the controller", "Adres van de verwerkingsverantwoordelijke")), ("reason", ImportMessages.AddressOnOneLine.Text()), ("where", ImportMessages.AsControllerComment.Text())),
                importer.At(cell));
        }

        controller.AddText("email", preamble.Value(PreambleField.ControllerEmail));
        controller.AddText("phone", preamble.Value(PreambleField.ControllerTelephone));
        AddDesignation(controller, "representative", preamble.Value(PreambleField.RepresentativeName), preamble.Value(PreambleField.RepresentativeEmail), null);
        AddDesignation(controller, "dataProtectionOfficer", preamble.Value(PreambleField.DpoName), preamble.Value(PreambleField.DpoEmail), preamble.Value(PreambleField.DpoTelephone));
        return controller;
    }

    private static void AddDesignation(YamlMapping controller, string key, string? name, string? email, string? phone)
    {
        if (name is null && email is null && phone is null)
        {
            return;
        }

        controller.Add(key, new YamlMapping().Add("designated", YamlTree.Boolean(true)).AddText("name", name).AddText("email", email).AddText("phone", phone));
    }

    // The export writes several controllers, as a municipality has, one name per line of the cell above the table.
    // Only a line break separates them: a single name holds commas and "en" ("College van burgemeester en
    // wethouders").
    private static List<string> ControllerNames(Preamble preamble) =>
        preamble.ControllerName is { } cell
            ? [.. cell.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase)]
            : [];

    private static YamlSequence Controllers(SheetImporter importer, Preamble preamble, List<string> named)
    {
        var list = new YamlSequence();
        var taken = new HashSet<string>(importer.Controllers.Entries.Select(entry => entry.Id), StringComparer.Ordinal);

        // The details above the table (address, e-mail, officers) are the first named controller's: the templates
        // have room for one.
        CatalogueEntry? withDetails = null;
        for (var index = 0; index < named.Count; index++)
        {
            var name = named[index];
            var match = importer.Controllers.Entries.FirstOrDefault(entry => HeaderText.Name(entry.Name) == HeaderText.Name(name));
            if (match is not null)
            {
                withDetails ??= index == 0 ? match : null;
                continue;
            }

            // A controller above the table that no row names is kept all the same.
            var map = new YamlMapping().Add("id", YamlTree.Word(Identifiers.FromName(name, taken))).AddText("name", name);
            list.Add(index == 0 ? map.Append(Controller(importer, preamble, withName: false)) : map);
        }

        foreach (var entry in importer.Controllers.Entries)
        {
            var map = new YamlMapping().Add("id", YamlTree.Word(entry.Id)).AddText("name", entry.Name);
            if (entry == withDetails)
            {
                map.Append(Controller(importer, preamble, withName: false));
            }

            list.Add(map.Append(entry.Details));
        }

        return list;
    }

    private static void AddRequiredCatalogue(YamlMapping root, SheetImporter importer, string key, Catalogue catalogue, string english, string dutch)
    {
        if (catalogue.Entries.Count > 0)
        {
            AddCatalogue(root, key, catalogue, static (_, _) => { });
            return;
        }

        root.Comment(Say(
            importer,
            $"The spreadsheet names no categories of {english} (Art. 30(1)(c)); list them here, and under each activity.",
            $"Het spreadsheet noemt geen categorieën {dutch} (art. 30 lid 1 onder c AVG); vul ze hier in, en bij elke verwerking."));
        root.Add(key, new YamlSequence());
    }

    private static void AddCatalogue(YamlMapping root, string key, Catalogue catalogue, Action<CatalogueEntry, YamlMapping> details)
    {
        if (catalogue.Entries.Count == 0)
        {
            return;
        }

        var list = new YamlSequence();
        foreach (var entry in catalogue.Entries)
        {
            var map = new YamlMapping().Add("id", YamlTree.Word(entry.Id)).AddText("name", entry.Name);
            details(entry, map);
            list.Add(map.Append(entry.Details));
        }

        root.Add(key, list);
    }

    private static void AddParties(YamlMapping root, SheetImporter importer, bool processors)
    {
        var entries = importer.Parties.Entries.Where(entry => entry.IsProcessor == processors).ToList();
        if (entries.Count == 0)
        {
            return;
        }

        var list = new YamlSequence();
        foreach (var entry in entries)
        {
            var map = new YamlMapping().Add("id", YamlTree.Word(entry.Id)).AddText("name", entry.Name);
            if (processors)
            {
                map.Comment(Say(
                    importer,
                    "service: what the processor does for the controller (Art. 28(3)); the spreadsheet does not say.",
                    "service: wat de verwerker voor de verwerkingsverantwoordelijke doet (art. 28 lid 3 AVG); het spreadsheet zegt het niet."));
            }

            list.Add(map.Append(entry.Details));
        }

        root.Add(processors ? "processors" : "recipients", list);
    }
}
