namespace Binatic.ProcessingRegister.Facts;

/// <summary>
/// Country names in English, French and Dutch, with their ISO 3166-1 codes, so that spreadsheet cells naming countries
/// can be read without the operating system's culture data (the library runs with invariant globalization). Codes:
/// ISO 3166-1 (alpha-2 and alpha-3). Names: the European Union's Interinstitutional Style Guide, section 7.1 "List of
/// countries, territories and currencies" (publications.europa.eu/code/en/en-5000500.htm), in its English and French
/// versions for the English and French names and its Dutch version (publications.europa.eu/code/nl/nl-5000500.htm)
/// for the Dutch ones; short forms and the names in common use beside them ("Holland", "VS", "Türkiye") are added.
/// The guide writes Greece "EL" and the United Kingdom "UK", as EU texts do; the register's format wants ISO, so those
/// are aliases here.
/// </summary>
/// <remarks>
/// The table covers every EEA country, every country with an adequacy decision (<see cref="GdprFacts"/>) and the common
/// destinations of transfers; a country not listed is reported by the import as unrecognised, never guessed.
/// </remarks>
internal static class CountryNames
{
    /// <summary>The countries: ISO alpha-2, ISO alpha-3, other codes in use, and names in English, French and Dutch.</summary>
    public static readonly IReadOnlyList<CountryName> All =
    [
        // The EU member states.
        new("AT", "AUT", [], ["Austria", "Autriche", "Oostenrijk"]),
        new("BE", "BEL", [], ["Belgium", "Belgique", "België"]),
        new("BG", "BGR", [], ["Bulgaria", "Bulgarie", "Bulgarije"]),
        new("HR", "HRV", [], ["Croatia", "Croatie", "Kroatië"]),
        new("CY", "CYP", [], ["Cyprus", "Chypre"]),
        new("CZ", "CZE", [], ["Czechia", "Czech Republic", "Tchéquie", "République tchèque", "Tsjechië", "Tsjechische Republiek"]),
        new("DK", "DNK", [], ["Denmark", "Danemark", "Denemarken"]),
        new("EE", "EST", [], ["Estonia", "Estonie", "Estland"]),
        new("FI", "FIN", [], ["Finland", "Finlande"]),
        new("FR", "FRA", [], ["France", "Frankrijk"]),
        new("DE", "DEU", [], ["Germany", "Allemagne", "Duitsland"]),
        new("GR", "GRC", ["EL"], ["Greece", "Grèce", "Griekenland"]),
        new("HU", "HUN", [], ["Hungary", "Hongrie", "Hongarije"]),
        new("IE", "IRL", [], ["Ireland", "Irlande", "Ierland"]),
        new("IT", "ITA", [], ["Italy", "Italie", "Italië"]),
        new("LV", "LVA", [], ["Latvia", "Lettonie", "Letland"]),
        new("LT", "LTU", [], ["Lithuania", "Lituanie", "Litouwen"]),
        new("LU", "LUX", [], ["Luxembourg", "Luxemburg"]),
        new("MT", "MLT", [], ["Malta", "Malte"]),
        new("NL", "NLD", [], ["Netherlands", "The Netherlands", "Holland", "Pays-Bas", "Nederland"]),
        new("PL", "POL", [], ["Poland", "Pologne", "Polen"]),
        new("PT", "PRT", [], ["Portugal"]),
        new("RO", "ROU", [], ["Romania", "Roumanie", "Roemenië"]),
        new("SK", "SVK", [], ["Slovakia", "Slovaquie", "Slowakije"]),
        new("SI", "SVN", [], ["Slovenia", "Slovénie", "Slovenië"]),
        new("ES", "ESP", [], ["Spain", "Espagne", "Spanje"]),
        new("SE", "SWE", [], ["Sweden", "Suède", "Zweden"]),

        // The other EEA countries.
        new("IS", "ISL", [], ["Iceland", "Islande", "IJsland"]),
        new("LI", "LIE", [], ["Liechtenstein"]),
        new("NO", "NOR", [], ["Norway", "Norvège", "Noorwegen"]),

        // The countries and territories with an adequacy decision.
        new("AD", "AND", [], ["Andorra", "Andorre"]),
        new("AR", "ARG", [], ["Argentina", "Argentine", "Argentinië"]),
        new("BR", "BRA", [], ["Brazil", "Brésil", "Brazilië"]),
        new("CA", "CAN", [], ["Canada"]),
        new("CH", "CHE", [], ["Switzerland", "Suisse", "Zwitserland"]),
        new("FO", "FRO", [], ["Faroe Islands", "Faroes", "Îles Féroé", "Féroé", "Faeröer", "Faeröereilanden"]),
        new("GB", "GBR", ["UK"], ["United Kingdom", "Great Britain", "Royaume-Uni", "Grande-Bretagne", "Verenigd Koninkrijk", "Groot-Brittannië"]),
        new("GG", "GGY", [], ["Guernsey", "Guernesey"]),
        new("IL", "ISR", [], ["Israel", "Israël"]),
        new("IM", "IMN", [], ["Isle of Man", "Île de Man", "Eiland Man"]),
        new("JE", "JEY", [], ["Jersey"]),
        new("JP", "JPN", [], ["Japan", "Japon"]),
        new("KR", "KOR", [], ["South Korea", "Republic of Korea", "Korea", "Corée du Sud", "République de Corée", "Zuid-Korea", "Republiek Korea"]),
        new("NZ", "NZL", [], ["New Zealand", "Nouvelle-Zélande", "Nieuw-Zeeland"]),
        new("US", "USA", [], ["United States", "United States of America", "America", "États-Unis", "États-Unis d'Amérique", "Amérique", "Verenigde Staten", "Verenigde Staten van Amerika", "VS", "Amerika"]),
        new("UY", "URY", [], ["Uruguay"]),

        // Common destinations of transfers.
        new("AE", "ARE", ["UAE"], ["United Arab Emirates", "Émirats arabes unis", "Verenigde Arabische Emiraten", "VAE"]),
        new("AL", "ALB", [], ["Albania", "Albanie", "Albanië"]),
        new("AU", "AUS", [], ["Australia", "Australie", "Australië"]),
        new("BA", "BIH", [], ["Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnië en Herzegovina"]),
        new("BD", "BGD", [], ["Bangladesh"]),
        new("BY", "BLR", [], ["Belarus", "Biélorussie", "Wit-Rusland"]),
        new("CL", "CHL", [], ["Chile", "Chili"]),
        new("CN", "CHN", [], ["China", "People's Republic of China", "Chine", "Volksrepubliek China"]),
        new("CO", "COL", [], ["Colombia", "Colombie"]),
        new("EG", "EGY", [], ["Egypt", "Égypte", "Egypte"]),
        new("GE", "GEO", [], ["Georgia", "Géorgie", "Georgië"]),
        new("HK", "HKG", [], ["Hong Kong", "Hongkong"]),
        new("ID", "IDN", [], ["Indonesia", "Indonésie", "Indonesië"]),
        new("IN", "IND", [], ["India", "Inde"]),
        new("KE", "KEN", [], ["Kenya", "Kenia"]),
        new("MA", "MAR", [], ["Morocco", "Maroc", "Marokko"]),
        new("MD", "MDA", [], ["Moldova", "Moldavie", "Moldavië"]),
        new("ME", "MNE", [], ["Montenegro", "Monténégro"]),
        new("MK", "MKD", [], ["North Macedonia", "Macédoine du Nord", "Noord-Macedonië"]),
        new("MX", "MEX", [], ["Mexico", "Mexique"]),
        new("MY", "MYS", [], ["Malaysia", "Malaisie", "Maleisië"]),
        new("NG", "NGA", [], ["Nigeria", "Nigéria"]),
        new("PH", "PHL", [], ["Philippines", "Filipijnen"]),
        new("PK", "PAK", [], ["Pakistan"]),
        new("RS", "SRB", [], ["Serbia", "Serbie", "Servië"]),
        new("RU", "RUS", [], ["Russia", "Russian Federation", "Russie", "Fédération de Russie", "Rusland", "Russische Federatie"]),
        new("SA", "SAU", [], ["Saudi Arabia", "Arabie saoudite", "Saoedi-Arabië"]),
        new("SG", "SGP", [], ["Singapore", "Singapour"]),
        new("TH", "THA", [], ["Thailand", "Thaïlande"]),
        new("TR", "TUR", [], ["Turkey", "Türkiye", "Turquie", "Turkije"]),
        new("TW", "TWN", [], ["Taiwan", "Taïwan"]),
        new("UA", "UKR", [], ["Ukraine", "Oekraïne"]),
        new("VN", "VNM", [], ["Vietnam", "Viet Nam", "Viêt Nam"]),
        new("ZA", "ZAF", [], ["South Africa", "Afrique du Sud", "Zuid-Afrika"]),
    ];
}
