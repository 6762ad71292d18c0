using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Rules;

/// <summary>
/// What importing a spreadsheet reports (RPR160–RPR179, <see cref="DiagnosticIds"/>), described as rules, so that
/// <see cref="RuleCatalogue"/> describes every id a user can meet.
/// </summary>
internal static class ImportRules
{
    private const string Import = "The register format; the spreadsheet's template";
    private const string ImportDutch = "Het registerformaat; het sjabloon van het spreadsheet";
    private const string Why = "An import invents nothing: what it cannot map is kept in a description or a comment, and said at its cell so that it can be put right.";
    private const string WhyDutch = "Een import verzint niets: wat niet kan worden omgezet, blijft in een beschrijving of commentaar staan en wordt bij de cel gemeld, zodat het kan worden rechtgezet.";

    /// <summary>Gets the import's findings in id order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        Make(DiagnosticIds.ImportNoHeaderRow, DiagnosticSeverity.Error, "No header row", "No row among the first 30 of the sheet has the headers of the layout's columns; nothing is written.", "Check --layout, or give the sheet that holds the table with --sheet.")
            with { Dutch = new("Geen rij met kolomkoppen", ImportDutch, "Geen van de eerste 30 rijen van het werkblad heeft de kolomkoppen van de indeling; er wordt niets geschreven.", WhyDutch, "Controleer --layout, of geef met --sheet het werkblad met de tabel.") },
        Make(DiagnosticIds.ImportSheetNotFound, DiagnosticSeverity.Error, "Sheet not found", "The workbook has no sheet of the name given with --sheet; nothing is written.", "Give one of the sheets the message lists.")
            with { Dutch = new("Werkblad niet gevonden", ImportDutch, "Het werkboek heeft geen werkblad met de naam die --sheet geeft; er wordt niets geschreven.", WhyDutch, "Geef een van de werkbladen die de melding noemt.") },
        Make(DiagnosticIds.ImportUnknownColumn, DiagnosticSeverity.Warning, "Column not in the template", "A header that is not a column of the layout; its cells are kept as comments on the activities.", "Rename the header to the template's, or move what the column says into the register by hand.")
            with { Dutch = new("Kolom niet in het sjabloon", ImportDutch, "Een kolomkop die geen kolom van de indeling is; de cellen ervan staan als commentaar bij de verwerkingen.", WhyDutch, "Geef de kolom de kop uit het sjabloon, of zet wat de kolom zegt met de hand in het register.") },
        Make(DiagnosticIds.ImportMissingColumn, DiagnosticSeverity.Warning, "Column missing", "A column of the layout that holds part of the record (Art. 30(1)) is not in the sheet, so every activity lacks it.", "Add the column, or fill in the key the message names in the register.", "Art. 30(1)")
            with { Dutch = new("Kolom ontbreekt", "art. 30 lid 1 AVG", "Een kolom van de indeling die een deel van het register bevat (art. 30 lid 1 AVG) staat niet in het werkblad, dus elke verwerking mist het.", WhyDutch, "Voeg de kolom toe, of vul de sleutel die de melding noemt in het register in.") },
        Make(DiagnosticIds.ImportControllerNotNamed, DiagnosticSeverity.Warning, "Controller not named", "The spreadsheet does not name the controller above its table; the register is written without controller.name.", "Add a row 'Name of the controller' above the table, or fill in controller.name.", "Art. 30(1)(a)")
            with { Dutch = new("Verwerkingsverantwoordelijke niet genoemd", "art. 30 lid 1 onder a AVG", "Het spreadsheet noemt de verwerkingsverantwoordelijke niet boven de tabel; het register wordt zonder controller.name geschreven.", WhyDutch, "Voeg boven de tabel een rij 'Naam van de verwerkingsverantwoordelijke' toe, of vul controller.name in.") },
        Make(DiagnosticIds.ImportLegalBasisNotRecognised, DiagnosticSeverity.Warning, "Legal basis not recognised", "A legal basis that is not recognisable as one of the six of Art. 6(1); it is kept in the activity's description.", "Write the basis as 'Article 6(1)(b)' or by its name, or add it under legalBases.", "Art. 6(1)")
            with { Dutch = new("Rechtsgrond niet herkend", "art. 6 lid 1 AVG", "Een rechtsgrond die niet herkenbaar is als een van de zes van art. 6 lid 1 AVG; hij staat in de beschrijving van de verwerking.", WhyDutch, "Schrijf de grondslag als 'art. 6 lid 1 sub b AVG' of met zijn naam, of voeg hem toe onder legalBases.") },
        Make(DiagnosticIds.ImportTransferNotRecognised, DiagnosticSeverity.Warning, "Transfer not recognised", "A third country or a safeguard of a transfer that is not recognised; it is kept in the activity's description.", "Write the country's name or ISO code and the safeguard by its name, or add the transfer under transfers.", "Art. 30(1)(e)")
            with { Dutch = new("Doorgifte niet herkend", "art. 30 lid 1 onder e AVG", "Een derde land of een waarborg van een doorgifte die niet is herkend; het staat in de beschrijving van de verwerking.", WhyDutch, "Schrijf de naam of ISO-code van het land en de waarborg met zijn naam, of voeg de doorgifte toe onder transfers.") },
        Make(DiagnosticIds.ImportRetentionNotRecognised, DiagnosticSeverity.Warning, "Retention period not recognised", "A retention period that is not recognised as a period; it is kept as the rule's description, without a period.", "Write it as '7 years' or '10 jaar na beëindiging', or add the period as an ISO 8601 period.", "Art. 30(1)(f)")
            with { Dutch = new("Bewaartermijn niet herkend", "art. 30 lid 1 onder f AVG", "Een bewaartermijn die niet als termijn is herkend; hij staat als beschrijving van de bewaarregel, zonder termijn.", WhyDutch, "Schrijf hem als '7 jaar' of '10 jaar na beëindiging', of voeg de termijn toe als ISO 8601-termijn.") },
        Make(DiagnosticIds.ImportRecipientKindNotRecognised, DiagnosticSeverity.Warning, "Kind of recipient not recognised", "A recipient whose kind the import cannot tell from its name; it is written without 'kind'.", "Fill in kind, or move the recipient to processors if it processes on the controller's behalf.", "Art. 30(1)(d)")
            with { Dutch = new("Soort ontvanger niet herkend", "art. 30 lid 1 onder d AVG", "Een ontvanger waarvan de import het soort niet uit de naam kan afleiden; hij staat in het register zonder 'kind'.", WhyDutch, "Vul kind in, of verplaats de ontvanger naar processors als hij in opdracht van de verwerkingsverantwoordelijke verwerkt.") },
        Make(DiagnosticIds.ImportValueNotRecognised, DiagnosticSeverity.Warning, "Value not recognised", "A cell whose value is not one its column allows, such as yes or no, public or private, or a special category; it is kept in the description or as a comment.", "Write one of the values the message lists, or fill in the register by hand.")
            with { Dutch = new("Waarde niet herkend", ImportDutch, "Een cel met een waarde die de kolom niet toestaat, zoals ja of nee, publiek of privaat, of een bijzondere categorie; ze staat in de beschrijving of als commentaar.", WhyDutch, "Schrijf een van de waarden die de melding noemt, of vul het register met de hand in.") },
        Make(DiagnosticIds.ImportValueWithoutPlace, DiagnosticSeverity.Warning, "Value without one place", "A cell whose value has no one place in the register, such as a processor's contract on a row with several processors; it is kept in the description or as a comment.", "Move the value to its place in the register by hand.")
            with { Dutch = new("Waarde zonder eenduidige plaats", ImportDutch, "Een cel met een waarde die geen eenduidige plaats in het register heeft, zoals de overeenkomst van een verwerker op een rij met meerdere verwerkers; ze staat in de beschrijving of als commentaar.", WhyDutch, "Zet de waarde met de hand op haar plaats in het register.") },
        Make(DiagnosticIds.ImportColumnKeptAsComments, DiagnosticSeverity.Info, "Column kept as comments", "A column of the template that the register's format has no field for, such as the ICO's personal data breaches; its cells are kept as comments on the activities.", "Nothing to do; keep what matters of it elsewhere.")
            with { Dutch = new("Kolom als commentaar bewaard", ImportDutch, "Een kolom van het sjabloon waarvoor het registerformaat geen veld heeft, zoals de datalekken van de ICO; de cellen ervan staan als commentaar bij de verwerkingen.", WhyDutch, "Niets te doen; bewaar wat ervan belangrijk is elders.") },
        Make(DiagnosticIds.ImportNoActivities, DiagnosticSeverity.Warning, "No activities", "The table has a header row but no rows under it, so the register has no activities.", "Add a row per processing activity.", "Art. 30(1)")
            with { Dutch = new("Geen verwerkingen", "art. 30 lid 1 AVG", "De tabel heeft een rij met kolomkoppen maar geen rijen eronder, dus het register heeft geen verwerkingen.", WhyDutch, "Voeg per verwerking een rij toe.") },
        Make(DiagnosticIds.ImportValueFromRowAbove, DiagnosticSeverity.Info, "Department taken from the row above", "An empty department cell under a row with a department: the activity is placed in the department above, as a spreadsheet that merges the department's cells shows it, and as a CSV file, which cannot merge cells, leaves it.", "Nothing to do if the activity belongs to that department; otherwise set its department.")
            with { Dutch = new("Afdeling van de rij erboven overgenomen", ImportDutch, "Een lege cel voor de afdeling onder een rij met een afdeling: de verwerking komt onder de afdeling erboven, zoals een spreadsheet met samengevoegde afdelingscellen het toont en zoals een CSV-bestand, dat geen cellen kan samenvoegen, het achterlaat.", WhyDutch, "Niets te doen als de verwerking bij die afdeling hoort; vul anders haar afdeling in.") },
    ];

    private static RuleDescriptor Make(string id, DiagnosticSeverity severity, string title, string description, string fix, string articles = Import) =>
        new(id, title, severity, articles, description, Why, fix) { Stage = RuleStage.Import };
}
