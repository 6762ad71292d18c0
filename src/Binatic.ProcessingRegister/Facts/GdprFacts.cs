using System.Globalization;

namespace Binatic.ProcessingRegister.Facts;

/// <summary>
/// Legal facts that change over time, with their dates and sources, in one place. Rules read them from here and
/// never hard-code them, so that when the law moves, one file changes. Each fact names its public source beside it: the
/// GDPR and the UAVG, the Commission's decisions, the Court of Justice's judgments and the Commission's list of
/// adequacy decisions.
/// </summary>
internal static class GdprFacts
{
    private static readonly string[] DutchMonths =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <summary>
    /// The EEA: the 27 EU member states plus Iceland, Liechtenstein and Norway, where the GDPR has applied since
    /// 20 July 2018 (EEA Joint Committee Decision 154/2018).
    /// </summary>
    public static readonly IReadOnlySet<string> EeaCountries = new HashSet<string>(StringComparer.Ordinal)
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
        "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
    };

    /// <summary>
    /// The Art. 45 adequacy decisions in force, per the European Commission's list
    /// (commission.europa.eu, "Adequacy decisions"), checked 2026.
    /// </summary>
    public static readonly IReadOnlyList<AdequacyDecision> AdequacyDecisions =
    [
        new("AD", new DateOnly(2010, 10, 19), "Andorra", "Decision 2010/625/EU"),
        new("AR", new DateOnly(2003, 6, 30), "Argentina", "Decision 2003/490/EC"),
        new("CA", new DateOnly(2001, 12, 20), "Canada, commercial organisations under PIPEDA", "Decision 2002/2/EC"),
        new("FO", new DateOnly(2010, 3, 5), "Faroe Islands", "Decision 2010/146/EU"),
        new("GG", new DateOnly(2003, 11, 21), "Guernsey", "Decision 2003/821/EC"),
        new("IL", new DateOnly(2011, 1, 31), "Israel", "Decision 2011/61/EU"),
        new("IM", new DateOnly(2004, 4, 28), "Isle of Man", "Decision 2004/411/EC"),
        new("JE", new DateOnly(2008, 5, 8), "Jersey", "Decision 2008/393/EC"),
        new("NZ", new DateOnly(2012, 12, 19), "New Zealand", "Decision 2013/65/EU"),
        new("CH", new DateOnly(2000, 7, 26), "Switzerland", "Decision 2000/518/EC"),
        new("UY", new DateOnly(2012, 8, 21), "Uruguay", "Decision 2012/484/EU"),
        new("JP", new DateOnly(2019, 1, 23), "Japan", "Decision (EU) 2019/419"),
        new("KR", new DateOnly(2021, 12, 17), "Republic of Korea", "Decision (EU) 2022/254"),
        new("GB", new DateOnly(2021, 6, 28), "United Kingdom (renewed 19 December 2025, until 27 December 2031)", "Decision (EU) 2021/1772"),
        new("US", new DateOnly(2023, 7, 10), "United States, organisations certified under the EU-US Data Privacy Framework", "Decision (EU) 2023/1795", CertifiedOrganisationsOnly: true),
        new("BR", new DateOnly(2026, 1, 26), "Brazil", "Decision (EU) 2026/179"),
    ];

    /// <summary>The day the Court of Justice declared the EU-US Privacy Shield (Decision 2016/1250) invalid: C-311/18, Schrems II.</summary>
    public static readonly DateOnly PrivacyShieldInvalidated = new(2020, 7, 16);

    /// <summary>The day contracts on the old standard contractual clauses (Decisions 2001/497, 2004/915, 2010/87) lost effect: Decision (EU) 2021/914, Art. 4(4).</summary>
    public static readonly DateOnly OldStandardContractualClausesEnded = new(2022, 12, 27);

    /// <summary>The Commission decisions of the old standard contractual clauses, as references write them.</summary>
    public static readonly IReadOnlyList<string> OldStandardContractualClauses = ["2001/497", "2004/915", "2010/87"];

    /// <summary>The current standard contractual clauses: Commission Implementing Decision (EU) 2021/914 of 4 June 2021.</summary>
    public const string CurrentStandardContractualClauses = "2021/914";

    /// <summary>Below this age a child's consent needs a parent's in the Netherlands (UAVG art. 5; GDPR Art. 8(1)).</summary>
    public const int DutchAgeOfConsent = 16;

    /// <summary>The lowest age of consent any member state may set (GDPR Art. 8(1), second subparagraph).</summary>
    public const int LowestAgeOfConsent = 13;

    /// <summary>The number of days within which data-subject requests must be answered at the latest: one month (Art. 12(3)) is never shorter than 28 days.</summary>
    public const int ShortestMonthInDays = 28;

    /// <summary>The longest a month can be: 31 days (Regulation 1182/71, art. 3(2)(c)).</summary>
    public const int LongestMonthInDays = 31;

    /// <summary>How long a register may go unreviewed before it is flagged: twelve months (Art. 5(2); ICO guidance that the record is a living document).</summary>
    public const int ReviewIntervalMonths = 12;

    /// <summary>Gets the adequacy decision for <paramref name="country"/> in force on <paramref name="date"/>, if there is one.</summary>
    public static AdequacyDecision? AdequacyFor(string country, DateOnly date) =>
        AdequacyDecisions.FirstOrDefault(d => string.Equals(d.Country, country, StringComparison.Ordinal) && d.Since <= date);

    /// <summary>Formats a date for messages, the same in every culture: "16 July 2020".</summary>
    public static string Display(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Gets <paramref name="date"/> as Dutch text writes it, such as "16 juli 2020", whatever the machine's culture.</summary>
    public static string DisplayDutch(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {DutchMonths[date.Month - 1]} {date.Year}");

    /// <summary>Gets a value indicating whether <paramref name="country"/> is in the EEA.</summary>
    public static bool IsInEea(string country) => EeaCountries.Contains(country);
}
