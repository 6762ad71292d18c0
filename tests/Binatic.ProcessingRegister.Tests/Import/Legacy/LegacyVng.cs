using System.Globalization;
using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Tests.Import.Legacy;

/// <summary>
/// <c>registers/spreadsheets/vng-gemeente.xlsx</c> and <c>.csv</c>: the VNG model register (sheet "Register") of the
/// fictional Gemeente Oudstede, with "Naam afdeling" merged down over each department's rows, and one column the
/// model does not have ("Datum vastgesteld").
/// </summary>
internal static class LegacyVng
{
    private const string College = "College van B&W";
    private const string Burgemeester = "Burgemeester";
    private const string Heffingsambtenaar = "Heffingsambtenaar";

    public static LegacySheet Sheet { get; } = Build();

    private static SerialDate Date(int year, int month, int day) =>
        new(new DateOnly(year, month, day), "d-m-yyyy", $"{day}-{month}-{year}");

    private static LegacySheet Build()
    {
        List<object?[]> rows =
        [
            ["Titel", "Register van verwerkingsactiviteiten Gemeente Oudstede"],
            ["Naam van de verwerkingsverantwoordelijke", "College van burgemeester en wethouders van Oudstede"],
            ["Adres van de verwerkingsverantwoordelijke", "Raadhuisstraat 1, 9998 XX Oudstede"],
            ["E-mailadres van de verwerkingsverantwoordelijke", "privacy@oudstede.example"],
            ["Telefoonnummer van de verwerkingsverantwoordelijke", "14 0998"],
            ["Naam van de functionaris gegevensbescherming", "Functionaris gegevensbescherming Gemeente Oudstede"],
            ["E-mailadres van de functionaris gegevensbescherming", "fg@oudstede.example"],
            [],
            [.. LayoutColumns.Vng.Select(column => (object?)column.Dutch), "Datum vastgesteld"],
        ];
        var merges = new List<string>();

        Department(rows, merges, "Burgerzaken",
        [
            Row(
                task: "Bijhouden van de basisregistratie personen",
                processing: "Basisregistratie personen (BRP)",
                operations: "Inschrijving\nAdreswijziging\nVerstrekking aan derden",
                controllers: College,
                publicOrPrivate: "Publiek",
                purposes: "Bijhouden van de BRP\nVerstrekken van gegevens aan afnemers",
                basis: "Wettelijke verplichting (Wet BRP)",
                data: "NAW-gegevens\nBSN\nNationaliteit\nBurgerlijke staat",
                retention: "20 jaar na overlijden",
                source: "Betrokkene\nAndere gemeenten",
                recipients: "Belastingdienst\nUWV\nPensioenfondsen (afnemers)",
                transfers: "Geen",
                partners: "RvIG",
                jointControllers: "Nee",
                furtherProcessing: "Nee",
                adopted: Date(2024, 3, 12)),
            Row(
                task: "Verstrekken van reisdocumenten en rijbewijzen",
                processing: "Reisdocumenten en rijbewijzen",
                operations: "Aanvraag\nUitreiking\nVermissing",
                controllers: Burgemeester,
                publicOrPrivate: "Publiek",
                purposes: "Aanvragen en uitreiken van paspoorten, identiteitskaarten en rijbewijzen",
                basis: "art. 6 lid 1 sub c AVG, Paspoortwet",
                data: "NAW-gegevens\nBSN\nPasfoto\nHandtekening\nVingerafdrukken",
                retention: "11 jaar",
                source: "Betrokkene\nBRP",
                recipients: "RvIG\nRDW",
                transfers: "Geen",
                jointControllers: "Nee",
                furtherProcessing: "Nee",
                adopted: Date(2024, 3, 12)),
            Row(
                task: "Burgerlijke stand",
                processing: "Akten van de burgerlijke stand",
                operations: "Geboorteaangifte\nHuwelijk en partnerschap\nOverlijden",
                controllers: "Ambtenaar van de burgerlijke stand",
                publicOrPrivate: "Publiek",
                purposes: "Opmaken en bewaren van akten",
                basis: "Wettelijke verplichting (Burgerlijk Wetboek Boek 1)",
                data: "NAW-gegevens\nGeboortedatum\nOuders\nBurgerlijke staat",
                retention: "Bewaren: permanent",
                source: "Aangevers\nBetrokkene",
                recipients: "BRP\nRechtbank (duplicaatregisters)",
                transfers: "Geen",
                jointControllers: "Nee",
                furtherProcessing: "Nee",
                adopted: Date(2024, 3, 12)),
            Row(
                task: "Organiseren van verkiezingen",
                processing: "Verkiezingen",
                operations: "Stempassen aanmaken\nStembureauleden werven",
                controllers: College,
                publicOrPrivate: "Publiek",
                purposes: "Organiseren van verkiezingen en referenda",
                basis: "art. 6 lid 1 sub e AVG, Kieswet",
                data: "NAW-gegevens\nKiesgerechtigdheid",
                retention: "5 jaar",
                source: "BRP",
                recipients: "Drukkerij (verwerker)",
                transfers: "Geen",
                jointControllers: "Nee",
                furtherProcessing: "Nee",
                adopted: "12 maart 2024"),
        ]);
        rows.Add([]);
        Department(rows, merges, "Sociaal Domein",
        [
            Row(
                task: "Verlenen van bijstand",
                processing: "Bijstand (Participatiewet)",
                operations: "Aanvraag\nHeronderzoek\nTerugvordering",
                controllers: College,
                publicOrPrivate: "Publiek",
                purposes: "Vaststellen van het recht op bijstand",
                basis: "art. 6 lid 1 sub e AVG",
                data: "NAW-gegevens\nBSN\nInkomen en vermogen\nGezinssituatie",
                retention: "10 jaar na beëindiging",
                source: "Betrokkene\nSuwinet\nInlichtingenbureau",
                recipients: "UWV\nInlichtingenbureau\nBelastingdienst",
                transfers: "Geen",
                partners: "Inlichtingenbureau\nUWV",
                jointControllers: "Nee",
                furtherProcessing: "Fraudeonderzoek",
                adopted: Date(2023, 11, 7)),
            Row(
                task: "Maatschappelijke ondersteuning",
                processing: "Wmo-maatwerkvoorzieningen",
                operations: "Melding\nOnderzoek (keukentafelgesprek)\nBeschikking",
                controllers: College,
                publicOrPrivate: "Publiek",
                purposes: "Toekennen van maatwerkvoorzieningen",
                basis: "art. 6 lid 1 sub e AVG, Wmo 2015",
                data: "NAW-gegevens\nBSN\nGezondheidsgegevens",
                retention: "15 jaar",
                source: "Betrokkene\nHuisarts",
                recipients: "Zorgaanbieders (verwerker)\nCAK",
                transfers: "Geen",
                partners: "CAK",
                jointControllers: "Nee",
                furtherProcessing: "Nee",
                adopted: Date(2023, 11, 7)),
            Row(
                task: "Jeugdhulp",
                processing: "Jeugdhulp",
                operations: "Toegang\nToewijzing\nDeclaratie",
                controllers: College,
                publicOrPrivate: "Publiek",
                purposes: "Toegang tot en bekostiging van jeugdhulp",
                basis: "Wettelijke verplichting (Jeugdwet)",
                data: "NAW-gegevens\nBSN\nGezondheidsgegevens\nGezinssituatie",
                retention: "15 jaar na einde hulp",
                source: "Ouders en jeugdige\nHuisarts\nGecertificeerde instellingen",
                recipients: "Zorgaanbieders (verwerker)\nGecertificeerde instellingen",
                transfers: "Geen",
                partners: "Veilig Thuis regio Oudstede",
                covenant: "Convenant Veilig Thuis regio Oudstede 2022",
                jointControllers: "Ja, met Veilig Thuis",
                furtherProcessing: "Nee",
                adopted: Date(2023, 11, 7)),
            Row(
                task: "Schuldhulpverlening",
                processing: "Schuldhulpverlening",
                operations: "Aanmelding\nSchuldregeling",
                controllers: College,
                publicOrPrivate: "Publiek",
                purposes: "Helpen van inwoners met problematische schulden",
                basis: "Wettelijke verplichting (Wet gemeentelijke schuldhulpverlening)",
                data: "NAW-gegevens\nBSN\nSchulden en inkomsten",
                retention: "7 jaar",
                source: "Betrokkene\nVroegsignalering (woningcorporaties, energieleveranciers)",
                recipients: "Schuldeisers\nBKR",
                transfers: "Geen",
                partners: "Woningcorporaties\nEnergieleveranciers",
                covenant: "Convenant vroegsignalering 2021",
                jointControllers: "Nee",
                furtherProcessing: "Nee"),
        ]);
        rows.Add([]);
        Department(rows, merges, "Belastingen",
        [
            Row(
                task: "Waardering onroerende zaken",
                processing: "WOZ-waardering",
                operations: "Waarderen\nBeschikking\nBezwaar",
                controllers: Heffingsambtenaar,
                publicOrPrivate: "Publiek",
                purposes: "Vaststellen van de WOZ-waarde",
                basis: "Wettelijke verplichting (Wet WOZ)",
                data: "NAW-gegevens\nBSN\nGegevens van de woning",
                retention: "7 jaar",
                source: "BRP\nBAG\nKadaster",
                recipients: "Waarderingskamer\nBelastingdienst\nWaterschap",
                transfers: "Geen",
                jointControllers: "Nee",
                furtherProcessing: "Nee",
                adopted: Date(2024, 1, 9)),
            Row(
                task: "Heffen van gemeentelijke belastingen",
                processing: "Heffing gemeentelijke belastingen",
                operations: "Aanslag opleggen\nBezwaar",
                controllers: Heffingsambtenaar,
                publicOrPrivate: "Publiek",
                purposes: "Heffen van OZB, afvalstoffenheffing en rioolheffing",
                basis: "art. 6 lid 1 sub e AVG, Gemeentewet art. 231",
                data: "NAW-gegevens\nBSN\nAanslaggegevens",
                retention: "7 jaar",
                source: "BRP\nWOZ-administratie",
                recipients: "Drukkerij (verwerker)",
                transfers: "Geen",
                jointControllers: "Nee",
                furtherProcessing: "Nee",
                adopted: Date(2024, 1, 9)),
            Row(
                task: "Kwijtschelding",
                processing: "Kwijtschelding gemeentelijke belastingen",
                operations: "Aanvraag\nToetsing",
                controllers: Heffingsambtenaar,
                publicOrPrivate: "Publiek",
                purposes: "Beoordelen van verzoeken om kwijtschelding",
                basis: "Wettelijke verplichting (Invorderingswet 1990)",
                data: "NAW-gegevens\nBSN\nInkomen en vermogen",
                retention: "5 jaar",
                source: "Betrokkene\nInlichtingenbureau",
                recipients: "Inlichtingenbureau",
                transfers: "Geen",
                jointControllers: "Nee",
                furtherProcessing: "Nee",
                adopted: Date(2024, 1, 9)),
        ]);
        Department(rows, merges, "Openbare Orde en Veiligheid",
        [
            Row(
                task: "Handhaven van de openbare orde",
                processing: "Cameratoezicht openbare ruimte",
                operations: "Opnemen\nUitkijken\nVerstrekken aan politie",
                controllers: Burgemeester,
                publicOrPrivate: "Publiek",
                purposes: "Handhaven van de openbare orde in het centrum",
                basis: "art. 6 lid 1 sub e AVG, Gemeentewet art. 151c",
                data: "Camerabeelden",
                retention: "28 dagen",
                source: "Camera's",
                recipients: "Politie",
                transfers: "Geen",
                partners: "Politie",
                covenant: "Convenant cameratoezicht Oudstede",
                jointControllers: "Nee",
                furtherProcessing: "Nee",
                adopted: Date(2022, 6, 14)),
            Row(
                task: "Vergunningverlening evenementen",
                processing: "Evenementenvergunningen",
                operations: "Aanvraag\nAdvies hulpdiensten\nBesluit",
                controllers: Burgemeester,
                publicOrPrivate: "Publiek",
                purposes: "Beoordelen van aanvragen voor evenementen",
                basis: "art. 6 lid 1 sub e AVG, APV",
                data: "NAW-gegevens organisator\nContactgegevens",
                retention: "zolang als nodig",
                source: "Aanvrager",
                recipients: "Politie\nBrandweer\nGGD",
                transfers: "Geen",
                jointControllers: "Nee",
                furtherProcessing: "Nee"),
            Row(
                task: "Integriteitsonderzoek",
                processing: "Bibob-onderzoeken",
                operations: "Onderzoek\nAdvies aanvragen bij Landelijk Bureau Bibob",
                controllers: Burgemeester + "\n" + College,
                publicOrPrivate: "Publiek",
                purposes: "Voorkomen dat de gemeente criminele activiteiten faciliteert",
                basis: "art. 6 lid 1 sub e AVG, Wet Bibob",
                data: "NAW-gegevens\nFinanciële gegevens\nStrafrechtelijke gegevens",
                retention: "5 jaar",
                source: "Aanvrager\nOpenbare bronnen\nLandelijk Bureau Bibob",
                recipients: "Landelijk Bureau Bibob\nRIEC",
                transfers: "Geen",
                partners: "RIEC",
                covenant: "RIEC-convenant 2023",
                jointControllers: "Nee",
                furtherProcessing: "Nee",
                adopted: Date(2023, 5, 2)),
        ]);
        rows.Add([]);
        Department(rows, merges, "HRM",
        [
            Row(
                task: "Personeelsbeheer",
                processing: "Personeelsdossier",
                operations: "Indiensttreding\nMutaties\nUitdiensttreding",
                controllers: College,
                publicOrPrivate: "Publiek",
                purposes: "Uitvoeren van de arbeidsovereenkomst",
                basis: "Uitvoering arbeidsovereenkomst",
                data: "NAW-gegevens\nBSN\nSalaris\nBeoordelingen",
                retention: "10 jaar na uitdiensttreding",
                source: "Medewerker",
                recipients: "ABP\nBelastingdienst",
                transfers: "Geen",
                jointControllers: "Nee",
                furtherProcessing: "Nee",
                adopted: Date(2024, 2, 20)),
            Row(
                task: "Personeelsbeheer",
                processing: "Werving en selectie",
                operations: "Vacature\nSelectie\nAanstelling",
                controllers: College,
                publicOrPrivate: "Publiek",
                purposes: "Werven van nieuwe medewerkers",
                basis: "art. 6 lid 1 sub b AVG",
                data: "CV\nContactgegevens\nVerklaring omtrent het gedrag",
                retention: "4 weken na afronding van de procedure",
                source: "Sollicitant",
                recipients: "Wervingsbureau (verwerker)",
                transfers: "Verenigde Staten (standaardcontractbepalingen)",
                jointControllers: "Nee",
                furtherProcessing: "Nee",
                adopted: Date(2024, 2, 20)),
            Row(
                task: "Personeelsbeheer",
                processing: "Verzuimbegeleiding",
                operations: "Ziekmelding\nBegeleiding\nRe-integratie",
                controllers: College,
                publicOrPrivate: "Publiek",
                purposes: "Begeleiden van zieke medewerkers",
                basis: "Wettelijke verplichting (Wet verbetering poortwachter)",
                data: "NAW-gegevens\nVerzuimgegevens",
                retention: "2 jaar na einde dienstverband",
                source: "Medewerker\nArbodienst",
                recipients: "Arbodienst (verwerker)\nUWV",
                transfers: "Geen",
                jointControllers: "Nee",
                furtherProcessing: "Nee",
                adopted: Date(2024, 2, 20)),
        ]);

        return new LegacySheet("Register", rows)
        {
            Merges = merges,
            BoldRows = new HashSet<int> { 9 },
        };
    }

    /// <summary>Adds a department's rows with its name in the first and "Naam afdeling" merged down over all of them.</summary>
    private static void Department(List<object?[]> rows, List<string> merges, string name, object?[][] activities)
    {
        var first = rows.Count + 1;
        activities[0][0] = name;
        rows.AddRange(activities);
        merges.Add(string.Create(CultureInfo.InvariantCulture, $"A{first}:A{rows.Count}"));
    }

    private static object?[] Row(
        object? task = null, object? processing = null, object? operations = null, object? controllers = null, object? publicOrPrivate = null,
        object? purposes = null, object? basis = null, object? data = null, object? retention = null, object? source = null,
        object? recipients = null, object? transfers = null, object? partners = null, object? covenant = null, object? jointControllers = null,
        object? furtherProcessing = null, object? adopted = null) =>
        [null, task, processing, operations, controllers, publicOrPrivate, purposes, basis, data, retention, source, recipients, transfers, partners, covenant, jointControllers, furtherProcessing, adopted];
}
