using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.NoticeCheck;

/// <summary>The messages of the notice check, in English and Dutch.</summary>
internal static class NoticeMessages
{
    public static readonly MessageTemplate PrivacyShield = new(
        "The notice names the EU-US Privacy Shield as a safeguard for transfers; the Court of Justice invalidated it on {date} (C-311/18), so no transfer can rest on it: name the safeguard actually used (Art. 13(1)(f), Art. 46).",
        "De privacyverklaring noemt het EU-VS Privacy Shield als waarborg voor doorgiften; het Hof van Justitie verklaarde het op {date} ongeldig (C-311/18), dus geen doorgifte kan erop steunen: noem de waarborg die werkelijk wordt gebruikt (art. 13 lid 1 onder f en art. 46 AVG).");

    public static readonly MessageTemplate Omitted = new(
        "The register names {what} '{item}'; the notice does not mention it ({article}).",
        "Het register noemt {what} '{item}'; de privacyverklaring noemt dit niet ({article}).");

    public static readonly MessageTemplate OmittedNear = new(
        "The register names {what} '{item}'; the notice does not mention it ({article}), though it names others of the kind at line {line}.",
        "Het register noemt {what} '{item}'; de privacyverklaring noemt dit niet ({article}), al noemt zij andere van deze soort op regel {line}.");

    public static readonly MessageTemplate ListedNotInRegister = new(
        "The notice lists '{item}' among {what}, but the register holds no such item ({article}).",
        "De privacyverklaring noemt '{item}' tussen {what}, maar het register bevat dit niet ({article}).");

    public static readonly MessageTemplate CountryNotInRegister = new(
        "The notice names '{country}', a country outside the EEA, but the register records no transfer to it (Art. 13(1)(f), Art. 30(1)(e)).",
        "De privacyverklaring noemt '{country}', een land buiten de EER, maar het register vermeldt geen doorgifte daarheen (art. 13 lid 1 onder f en art. 30 lid 1 onder e AVG).");

    public static readonly MessageTemplate SafeguardNotInRegister = new(
        "The notice names '{safeguard}' as a safeguard, but no transfer in the register rests on it (Art. 13(1)(f), Art. 30(1)(e)).",
        "De privacyverklaring noemt '{safeguard}' als waarborg, maar geen doorgifte in het register steunt erop (art. 13 lid 1 onder f en art. 30 lid 1 onder e AVG).");

    public static readonly MessageTemplate RetentionNotInRegister = new(
        "The notice states a retention period of '{period}', which the register does not hold for any activity (Art. 13(2)(a), Art. 30(1)(f)).",
        "De privacyverklaring noemt een bewaartermijn van '{period}', die het register voor geen enkele verwerking bevat (art. 13 lid 2 onder a en art. 30 lid 1 onder f AVG).");

    public static readonly MessageTemplate PeriodNotInRegister = new(
        "The notice states a period of '{period}' that the register does not hold; if it is a retention period or a time limit for answering, record it in the register (Art. 12(3), Art. 13(2)(a)).",
        "De privacyverklaring noemt een termijn van '{period}' die het register niet bevat; als het een bewaartermijn of een termijn voor antwoord is, leg die dan vast in het register (art. 12 lid 3 en art. 13 lid 2 onder a AVG).");

    public static readonly MessageTemplate NoRetention = new(
        "Neither the notice nor the register states how long the personal data are kept: {count} of the register's activities have no retention period ({activities}), and the notice names none (Art. 13(2)(a)).",
        "De privacyverklaring noch het register zegt hoe lang de persoonsgegevens worden bewaard: {count} verwerkingen van het register hebben geen bewaartermijn ({activities}), en de verklaring noemt er geen (art. 13 lid 2 onder a AVG).");

    public static readonly MessageTemplate NotJudged = new(
        "{count} passages of the notice mention nothing the register holds, in its own words, so the check cannot judge them; read them yourself: lines {lines}.",
        "{count} passages van de privacyverklaring noemen niets wat het register bevat, in de woorden van het register, dus de controle kan ze niet beoordelen; lees ze zelf: regels {lines}.");

    public static readonly MessageTemplate TooLarge = new(
        "The notice has more than {limit} characters, the most the check reads; nothing was compared.",
        "De privacyverklaring heeft meer dan {limit} tekens, het meeste dat de controle leest; er is niets vergeleken.");

    public static readonly MessageTemplate TooManyPassages = new(
        "The notice has more than {limit} passages; only the first {limit} were compared.",
        "De privacyverklaring heeft meer dan {limit} passages; alleen de eerste {limit} zijn vergeleken.");

    public static readonly MessageTemplate Purpose = new("the purpose", "het doel");
    public static readonly MessageTemplate DataCategory = new("the data category", "de categorie persoonsgegevens");
    public static readonly MessageTemplate Recipient = new("the recipient", "de ontvanger");
    public static readonly MessageTemplate Country = new("a transfer to", "een doorgifte naar");
    public static readonly MessageTemplate Safeguard = new("the safeguard", "de waarborg");
    public static readonly MessageTemplate Retention = new("the retention period", "de bewaartermijn");
    public static readonly MessageTemplate Right = new("the right", "het recht");

    public static readonly MessageTemplate Purposes = new("the purposes", "de doelen");
    public static readonly MessageTemplate DataCategories = new("the data categories", "de categorieën persoonsgegevens");
    public static readonly MessageTemplate Recipients = new("the recipients", "de ontvangers");

    public static readonly MessageTemplate PurposeArticle = new("Art. 13(1)(c)", "art. 13 lid 1 onder c AVG");
    public static readonly MessageTemplate CategoryArticle = new("Art. 14(1)(d)", "art. 14 lid 1 onder d AVG");
    public static readonly MessageTemplate RecipientArticle = new("Art. 13(1)(e)", "art. 13 lid 1 onder e AVG");
    public static readonly MessageTemplate TransferArticle = new("Art. 13(1)(f)", "art. 13 lid 1 onder f AVG");
    public static readonly MessageTemplate RetentionArticle = new("Art. 13(2)(a)", "art. 13 lid 2 onder a AVG");
    public static readonly MessageTemplate RightArticle = new("Art. 13(2)(b)-(d)", "art. 13 lid 2 onder b tot en met d AVG");

    public static MessageText What(TermKind kind) => (kind switch
    {
        TermKind.Purpose => Purpose,
        TermKind.DataCategory => DataCategory,
        TermKind.Recipient => Recipient,
        TermKind.Country => Country,
        TermKind.Safeguard => Safeguard,
        TermKind.Retention => Retention,
        _ => Right,
    }).Text();

    public static MessageText Among(TermKind kind) => (kind switch
    {
        TermKind.Purpose => Purposes,
        TermKind.DataCategory => DataCategories,
        _ => Recipients,
    }).Text();

    public static MessageText Article(TermKind kind) => (kind switch
    {
        TermKind.Purpose => PurposeArticle,
        TermKind.DataCategory => CategoryArticle,
        TermKind.Recipient => RecipientArticle,
        TermKind.Country or TermKind.Safeguard => TransferArticle,
        TermKind.Retention => RetentionArticle,
        _ => RightArticle,
    }).Text();
}
