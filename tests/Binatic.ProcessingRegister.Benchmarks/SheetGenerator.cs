using System.Collections.Immutable;
using System.Reflection;

namespace Binatic.ProcessingRegister.Benchmarks;

/// <summary>
/// A VNG model register of any number of rows, written by the library's own (internal) writer, reached through
/// <see cref="Library"/>: the 17 columns with their Dutch
/// headers under a short preamble, and rows of short text taken in turn from eight activities of the legacy fixture
/// (<c>registers/spreadsheets/vng-gemeente.*</c>), each activity's name numbered so that every row is its own activity.
/// </summary>
internal static class SheetGenerator
{
    // Department, task, processing, operations, controllers, public/private, purposes, legal basis, data categories,
    // retention, sources, recipients, transfers, cooperating parties, covenant, joint controllership, further processing.
    private static readonly string[][] Activities =
    [
        ["Burgerzaken", "Bijhouden van de basisregistratie personen", "Basisregistratie personen (BRP)", "Inschrijving\nAdreswijziging\nVerstrekking aan derden", "College van B&W", "Publiek", "Bijhouden van de BRP\nVerstrekken van gegevens aan afnemers", "Wettelijke verplichting (Wet BRP)", "NAW-gegevens\nBSN\nNationaliteit\nBurgerlijke staat", "20 jaar na overlijden", "Betrokkene\nAndere gemeenten", "Belastingdienst\nUWV\nPensioenfondsen (afnemers)", "Geen", "RvIG", "", "Nee", "Nee"],
        ["Burgerzaken", "Verstrekken van reisdocumenten en rijbewijzen", "Reisdocumenten en rijbewijzen", "Aanvraag\nUitreiking\nVermissing", "Burgemeester", "Publiek", "Aanvragen en uitreiken van paspoorten, identiteitskaarten en rijbewijzen", "art. 6 lid 1 sub c AVG, Paspoortwet", "NAW-gegevens\nBSN\nPasfoto\nHandtekening\nVingerafdrukken", "11 jaar", "Betrokkene\nBRP", "RvIG\nRDW", "Geen", "", "", "Nee", "Nee"],
        ["Burgerzaken", "Burgerlijke stand", "Akten van de burgerlijke stand", "Geboorteaangifte\nHuwelijk en partnerschap\nOverlijden", "Ambtenaar van de burgerlijke stand", "Publiek", "Opmaken en bewaren van akten", "Wettelijke verplichting (Burgerlijk Wetboek Boek 1)", "NAW-gegevens\nGeboortedatum\nOuders\nBurgerlijke staat", "Bewaren: permanent", "Aangevers\nBetrokkene", "BRP\nRechtbank (duplicaatregisters)", "Geen", "", "", "Nee", "Nee"],
        ["Burgerzaken", "Organiseren van verkiezingen", "Verkiezingen", "Stempassen aanmaken\nStembureauleden werven", "College van B&W", "Publiek", "Organiseren van verkiezingen en referenda", "art. 6 lid 1 sub e AVG, Kieswet", "NAW-gegevens\nKiesgerechtigdheid", "5 jaar", "BRP", "Drukkerij (verwerker)", "Geen", "", "", "Nee", "Nee"],
        ["Sociaal Domein", "Verlenen van bijstand", "Bijstand (Participatiewet)", "Aanvraag\nHeronderzoek\nTerugvordering", "College van B&W", "Publiek", "Vaststellen van het recht op bijstand", "art. 6 lid 1 sub e AVG", "NAW-gegevens\nBSN\nInkomen en vermogen\nGezinssituatie", "10 jaar na beëindiging", "Betrokkene\nSuwinet\nInlichtingenbureau", "UWV\nInlichtingenbureau\nBelastingdienst", "Geen", "Inlichtingenbureau\nUWV", "", "Nee", "Fraudeonderzoek"],
        ["Sociaal Domein", "Maatschappelijke ondersteuning", "Wmo-maatwerkvoorzieningen", "Melding\nOnderzoek (keukentafelgesprek)\nBeschikking", "College van B&W", "Publiek", "Toekennen van maatwerkvoorzieningen", "art. 6 lid 1 sub e AVG, Wmo 2015", "NAW-gegevens\nBSN\nGezondheidsgegevens", "15 jaar", "Betrokkene\nHuisarts", "Zorgaanbieders (verwerker)\nCAK", "Geen", "CAK", "", "Nee", "Nee"],
        ["Sociaal Domein", "Jeugdhulp", "Jeugdhulp", "Toegang\nToewijzing\nDeclaratie", "College van B&W", "Publiek", "Toegang tot en bekostiging van jeugdhulp", "Wettelijke verplichting (Jeugdwet)", "NAW-gegevens\nBSN\nGezondheidsgegevens\nGezinssituatie", "15 jaar na einde hulp", "Ouders en jeugdige\nHuisarts\nGecertificeerde instellingen", "Zorgaanbieders (verwerker)\nGecertificeerde instellingen", "Geen", "Veilig Thuis regio Oudstede", "Convenant Veilig Thuis regio Oudstede 2022", "Ja, met Veilig Thuis", "Nee"],
        ["Sociaal Domein", "Schuldhulpverlening", "Schuldhulpverlening", "Aanmelding\nSchuldregeling", "College van B&W", "Publiek", "Helpen van inwoners met problematische schulden", "Wettelijke verplichting (Wet gemeentelijke schuldhulpverlening)", "NAW-gegevens\nBSN\nSchulden en inkomsten", "7 jaar", "Betrokkene\nVroegsignalering (woningcorporaties, energieleveranciers)", "Schuldeisers\nBKR", "Geen", "Woningcorporaties\nEnergieleveranciers", "Convenant vroegsignalering 2021", "Nee", "Nee"],
    ];

    // The VNG model register's own headers, in its order (LayoutColumns.Vng in the library).
    private static readonly ImmutableArray<string> Header =
    [
        "Naam afdeling", "Taak afdeling", "Verwerking", "Verwerkingsactiviteit", "Verwerkingsverantwoordelijke(n)", "Publiek/privaat",
        "Verwerkingsdoeleinden", "Rechtmatige grondslag", "Categorieën persoonsgegevens", "Bewaartermijn", "Herkomst gegevens",
        "Categorieën ontvangers", "Doorgifte derde land", "Samenwerkende partijen", "Convenant/privacyprotocol",
        "Gezamenlijke verantwoordelijkheid", "Verdere verwerking",
    ];

    /// <summary>Gets the number of columns of every generated sheet: the VNG model register's 17.</summary>
    public static int Columns => Header.Length;

    /// <summary>The sheet of <paramref name="rows"/> activities as an XLSX file.</summary>
    public static byte[] Xlsx(int rows)
    {
        var sheets = Array.CreateInstance(Library.SheetContent, 1);
        sheets.SetValue(Vng(rows), 0);
        return Write(Library.WriteXlsx, sheets);
    }

    /// <summary>The sheet of <paramref name="rows"/> activities as a CSV file (UTF-8 with a byte order mark).</summary>
    public static byte[] Csv(int rows) => Write(Library.WriteCsv, Vng(rows));

    /// <summary>The sheet of <paramref name="rows"/> activities, as the library's writer takes it (a <c>SheetContent</c>).</summary>
    private static object Vng(int rows)
    {
        var table = ImmutableArray.CreateBuilder<ImmutableArray<string>>(rows);
        for (var row = 0; row < rows; row++)
        {
            var activity = Activities[row % Activities.Length];
            table.Add([.. activity.Select((cell, column) => column == 2 ? $"{cell} {row + 1}" : cell)]);
        }

        ImmutableArray<ImmutableArray<string>> preamble =
            [["Titel", "Register van verwerkingsactiviteiten Gemeente Oudstede"], ["Naam van de verwerkingsverantwoordelijke", "College van burgemeester en wethouders van Oudstede"]];
        ImmutableArray<double> widths = [.. Enumerable.Repeat(30.0, Columns)];
        return Activator.CreateInstance(Library.SheetContent, "Register", preamble, Header, table.MoveToImmutable(), widths)!;
    }

    private static byte[] Write(MethodInfo method, object sheets)
    {
        using var stream = new MemoryStream();
        method.Invoke(null, [stream, sheets]);
        return stream.ToArray();
    }
}
