using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Import;

/// <summary>The messages of an import's findings (RPR160–RPR172), in English and Dutch.</summary>
internal static class ImportMessages
{
    public static readonly MessageTemplate Unreadable = new(
        "The spreadsheet cannot be read: {reason}",
        "Het spreadsheet kan niet worden gelezen: {reason}");

    public static readonly MessageTemplate NoHeaderRow = new(
        "Sheet '{sheet}' has no row with the headers of the {layout} template among its first 30 rows, such as {headers}; nothing was written. Check --layout, or give the sheet that holds the table with --sheet.",
        "Werkblad '{sheet}' heeft in de eerste 30 rijen geen rij met de kolomkoppen van het {layout}-sjabloon, zoals {headers}; er is niets geschreven. Controleer --layout, of geef met --sheet het werkblad met de tabel.");

    public static readonly MessageTemplate NoSheetMatches = new(
        "No sheet has the headers of the {layout} template among its first 30 rows, such as {headers}; nothing was written. Check --layout, or give the sheet that holds the table with --sheet.",
        "Geen werkblad heeft in de eerste 30 rijen de kolomkoppen van het {layout}-sjabloon, zoals {headers}; er is niets geschreven. Controleer --layout, of geef met --sheet het werkblad met de tabel.");

    public static readonly MessageTemplate SheetNotFound = new(
        "The workbook has no sheet '{sheet}'; its sheets are {sheets}. Nothing was written; give one of them with --sheet.",
        "Het werkboek heeft geen werkblad '{sheet}'; de werkbladen zijn {sheets}. Er is niets geschreven; geef er een van met --sheet.");

    public static readonly MessageTemplate UnknownColumn = new(
        "Column '{column}' is not a column of the {layout} template; its cells are kept as comments. Rename the header to one of the template's if it is one of them.",
        "Kolom '{column}' is geen kolom van het {layout}-sjabloon; de cellen ervan staan als commentaar in het register. Geef de kolom de kop uit het sjabloon als het er een van is.");

    public static readonly MessageTemplate MissingColumn = new(
        "The table has no column '{column}' of the {layout} template, which holds part of the record ({article}); every activity lacks it. Add the column, or fill in '{key}' in the register.",
        "De tabel heeft geen kolom '{column}' van het {layout}-sjabloon, die een deel van het register bevat ({article}); elke verwerking mist het. Voeg de kolom toe, of vul '{key}' in het register in.");

    public static readonly MessageTemplate ControllerNotNamed = new(
        "The spreadsheet does not name the controller (Art. 30(1)(a)); add a row 'Name of the controller' above the table, or fill in controller.name.",
        "Het spreadsheet noemt de verwerkingsverantwoordelijke niet (art. 30 lid 1 onder a AVG); voeg boven de tabel een rij 'Naam van de verwerkingsverantwoordelijke' toe, of vul controller.name in.");

    public static readonly MessageTemplate LegalBasisNotRecognised = new(
        "'{value}' is not recognisable as a legal basis of Art. 6(1) (consent, contract, legal obligation, vital interests, public task or legitimate interests); it is kept in the activity's description. Write the basis as 'Article 6(1)(b)' or by its name, or add it under legalBases.",
        "'{value}' is niet herkenbaar als een rechtsgrond van art. 6 lid 1 AVG (toestemming, overeenkomst, wettelijke verplichting, vitaal belang, taak van algemeen belang of gerechtvaardigd belang); het staat in de beschrijving van de verwerking. Schrijf de grondslag als 'art. 6 lid 1 sub b AVG' of met zijn naam, of voeg hem toe onder legalBases.");

    public static readonly MessageTemplate CountryNotRecognised = new(
        "'{value}' is not recognisable as a country (Art. 30(1)(e)); it is kept in the activity's description. Write the country's name or its ISO 3166 code, such as 'United States' or 'US', or add the transfer under transfers.",
        "'{value}' is niet herkenbaar als land (art. 30 lid 1 onder e AVG); het staat in de beschrijving van de verwerking. Schrijf de naam van het land of de ISO 3166-code, zoals 'Verenigde Staten' of 'US', of voeg de doorgifte toe onder transfers.");

    public static readonly MessageTemplate SafeguardNotRecognised = new(
        "'{value}' is not recognisable as a safeguard for a transfer (an adequacy decision, standard contractual clauses, binding corporate rules, a code of conduct, a certification or an Art. 49 derogation); it is kept in the activity's description. Write it by its name, or add it under the transfer's safeguards.",
        "'{value}' is niet herkenbaar als waarborg voor een doorgifte (een adequaatheidsbesluit, modelcontractbepalingen, bindende bedrijfsvoorschriften, een gedragscode, een certificering of een uitzondering van art. 49 AVG); het staat in de beschrijving van de verwerking. Schrijf de waarborg met zijn naam, of voeg hem toe onder de safeguards van de doorgifte.");

    public static readonly MessageTemplate SafeguardWithoutCountry = new(
        "'{value}' is a safeguard for a transfer, but the row names no third country for it; it is kept in the activity's description. Name the country, or add the transfer under transfers.",
        "'{value}' is een waarborg voor een doorgifte, maar de rij noemt er geen derde land bij; het staat in de beschrijving van de verwerking. Noem het land, of voeg de doorgifte toe onder transfers.");

    public static readonly MessageTemplate RetentionNotRecognised = new(
        "'{value}' is not recognisable as a retention period (Art. 30(1)(f)); it is kept as the rule's description without a period. Write it as '7 years' or '10 jaar na beëindiging', or add the period as an ISO 8601 period such as P7Y.",
        "'{value}' is niet herkenbaar als bewaartermijn (art. 30 lid 1 onder f AVG); het staat als beschrijving van de bewaarregel, zonder termijn. Schrijf het als '7 jaar' of '10 jaar na beëindiging', of voeg de termijn toe als ISO 8601-termijn, zoals P7Y.");

    public static readonly MessageTemplate RecipientKindNotRecognised = new(
        "The kind of recipient '{value}' is not recognised; it is written without 'kind'. Fill in kind: groupCompany, publicAuthority, thirdParty or internationalOrganisation, or move it to processors if it processes on your behalf.",
        "Het soort ontvanger van '{value}' is niet herkend; de ontvanger staat in het register zonder 'kind'. Vul kind in: groupCompany, publicAuthority, thirdParty of internationalOrganisation, of verplaats hem naar processors als hij in uw opdracht verwerkt.");

    public static readonly MessageTemplate ValueNotRecognised = new(
        "'{value}' in column '{column}' is not one of the values the column allows ({expected}); it is kept {where}. Write one of those values, or fill in the register by hand.",
        "'{value}' in kolom '{column}' is geen van de waarden die de kolom toestaat ({expected}); het staat {where}. Schrijf een van die waarden, of vul het register met de hand in.");

    public static readonly MessageTemplate ValueWithoutPlace = new(
        "'{value}' in column '{column}' has no one place in the register: {reason}; it is kept {where}. Move it to the right place by hand.",
        "'{value}' in kolom '{column}' heeft geen eenduidige plaats in het register: {reason}; het staat {where}. Zet het met de hand op de juiste plaats.");

    public static readonly MessageTemplate ColumnKeptAsComments = new(
        "Column '{column}' of the {layout} template has no field in the register's format; its cells are kept as comments on the activities.",
        "Kolom '{column}' van het {layout}-sjabloon heeft geen veld in het registerformaat; de cellen ervan staan als commentaar bij de verwerkingen.");

    public static readonly MessageTemplate ValueFromRowAbove = new(
        "The department cell is empty; the activity is placed in '{value}', the department of {cell} above it, as a spreadsheet with merged cells shows it. If it belongs elsewhere, set its 'department'.",
        "De cel voor de afdeling is leeg; de verwerking staat onder '{value}', de afdeling van {cell} erboven, zoals een spreadsheet met samengevoegde cellen het toont. Hoort zij elders, vul dan haar 'department' in.");

    public static readonly MessageTemplate NoActivities = new(
        "The table has no rows under its header, so the register has no activities (Art. 30(1)); add a row per processing activity.",
        "De tabel heeft geen rijen onder de kolomkoppen, dus het register heeft geen verwerkingen (art. 30 lid 1 AVG); voeg per verwerking een rij toe.");

    public static readonly MessageTemplate InDescription = new("in the activity's description", "in de beschrijving van de verwerking");

    public static readonly MessageTemplate AsComment = new("as a comment on the activity", "als commentaar bij de verwerking");

    public static readonly MessageTemplate YesOrNo = new("yes or no", "ja of nee");

    public static readonly MessageTemplate PublicOrPrivate = new("public or private", "publiek of privaat");

    public static readonly MessageTemplate ADate = new("a date", "een datum");

    public static readonly MessageTemplate SensitiveData = new(
        "a special category of Art. 9(1), criminal offence data (Art. 10), or none",
        "een bijzondere categorie van art. 9 lid 1 AVG, strafrechtelijke gegevens (art. 10 AVG), of geen");

    public static readonly MessageTemplate Article9Condition = new(
        "an Art. 9(2) condition cited by its point, such as 'Article 9(2)(b)' or 'art. 9 lid 2 sub h AVG', or 'explicit consent'",
        "een voorwaarde van art. 9 lid 2 AVG, aangehaald met haar onderdeel, zoals 'art. 9 lid 2 sub h AVG' of 'Article 9(2)(b)', of 'uitdrukkelijke toestemming'");

    public static readonly MessageTemplate SeveralProcessors = new(
        "the row names {count} processors, or none",
        "de rij noemt {count} verwerkers, of geen");

    public static readonly MessageTemplate SeveralChainPartners = new(
        "the row names {count} cooperating parties, or none",
        "de rij noemt {count} samenwerkende partijen, of geen");

    public static readonly MessageTemplate NoLegitimateInterests = new(
        "the activity has no legal basis of legitimate interests (Art. 6(1)(f))",
        "de verwerking heeft geen rechtsgrond gerechtvaardigd belang (art. 6 lid 1 onder f AVG)");

    public static readonly MessageTemplate NoConsent = new(
        "the activity has no legal basis of consent (Art. 6(1)(a))",
        "de verwerking heeft geen rechtsgrond toestemming (art. 6 lid 1 onder a AVG)");

    public static readonly MessageTemplate NoControllers = new(
        "the row names no controller",
        "de rij noemt geen verwerkingsverantwoordelijke");

    public static readonly MessageTemplate DpiaProgress = new(
        "it is not a date, nor 'not started', 'in progress' or 'completed'; set dpia.status to required, inProgress or completed",
        "het is geen datum, en ook niet 'niet gestart', 'lopend' of 'afgerond'; zet dpia.status op required, inProgress of completed");

    /// <summary>Why a DPIA's progress has no place when the row says no DPIA is required.</summary>
    public static readonly MessageTemplate DpiaProgressNotRequired = new(
        "the row says no assessment is required, yet gives its progress; set dpia.status to the one that is right",
        "de rij zegt dat geen beoordeling nodig is, maar noemt wel de voortgang; zet dpia.status op de juiste waarde");

    public static readonly MessageTemplate JointControllerName = new(
        "the names of the joint controllers (Art. 26), or no",
        "de namen van de gezamenlijke verwerkingsverantwoordelijken (art. 26 AVG), of nee");

    public static readonly MessageTemplate FurtherPurposes = new(
        "the purposes of the further processing, or no",
        "de doeleinden van de verdere verwerking, of nee");

    public static readonly MessageTemplate AddressOnOneLine = new(
        "the format writes an address as street, postal code, city and country",
        "het formaat schrijft een adres als straat, postcode, plaats en land");

    public static readonly MessageTemplate AsControllerComment = new("as a comment on the controller", "als commentaar bij de verwerkingsverantwoordelijke");
}
