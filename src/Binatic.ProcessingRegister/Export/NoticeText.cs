using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// The notice's own wording in one language: headings, the sentences that introduce each item, and the gaps. The
/// names of legal bases, safeguards, rights and channels are not here: the notice takes them from <see cref="Labels"/>,
/// so that the register, its export and its notice name them alike. A placeholder <c>{0}</c> takes text that is
/// already escaped. Every string is required, so a language that misses one does not compile.
/// </summary>
internal sealed class NoticeText
{
    public static NoticeText For(RegisterLanguage language) => language == RegisterLanguage.Dutch ? Dutch : English;

    public required string Title { get; init; }
    public required string Introduction { get; init; }
    public required string QuotedAsWrittenIn { get; init; }

    public required string GapsHeading { get; init; }
    public required string GapsIntroduction { get; init; }
    public required string NoGaps { get; init; }
    public required string GapController { get; init; }
    public required string GapContact { get; init; }
    public required string GapDpo { get; init; }
    public required string GapDpoContact { get; init; }
    public required string GapPurposes { get; init; }
    public required string GapLegalBasis { get; init; }
    public required string GapInterests { get; init; }
    public required string GapCategories { get; init; }
    public required string GapSources { get; init; }
    public required string GapRecipients { get; init; }
    public required string GapSafeguard { get; init; }
    public required string GapCopy { get; init; }

    public required string GapInvalidSafeguard { get; init; }
    public required string GapRetention { get; init; }
    public required string GapRightsPolicy { get; init; }
    public required string GapRight { get; init; }
    public required string GapChannels { get; init; }
    public required string GapWithdrawal { get; init; }
    public required string GapAuthority { get; init; }
    public required string GapRequirement { get; init; }
    public required string GapAutomatedDecisions { get; init; }

    public required string ControllerHeading { get; init; }
    public required string Address { get; init; }
    public required string Representative { get; init; }
    public required string DataProtectionOfficer { get; init; }
    public required string NotDesignated { get; init; }
    public required string JointControllers { get; init; }

    public required string ActivitiesHeading { get; init; }
    public required string ActivitiesIntroduction { get; init; }
    public required string Controllers { get; init; }
    public required string Purposes { get; init; }
    public required string LegalBases { get; init; }
    public required string ForPurposes { get; init; }
    public required string Interests { get; init; }
    public required string Law { get; init; }
    public required string DataSubjects { get; init; }
    public required string DataCategories { get; init; }
    public required string Sources { get; init; }
    public required string Recipients { get; init; }
    public required string NoRecipients { get; init; }
    public required string Transfers { get; init; }
    public required string NoTransfers { get; init; }
    public required string Retention { get; init; }
    public required string SeeSection { get; init; }
    public required string NotStated { get; init; }
    public required string CopyAt { get; init; }

    public required string TransfersHeading { get; init; }
    public required string RetentionHeading { get; init; }
    public required string Principle { get; init; }
    public required string Criteria { get; init; }
    public required string Rules { get; init; }
    public required string Exceptions { get; init; }
    public required string CountedFrom { get; init; }
    public required string Permanent { get; init; }

    public required string RightsHeading { get; init; }
    public required string RightsIntroduction { get; init; }
    public required string HowToExercise { get; init; }
    public required string NotOffered { get; init; }
    public required string ResponseDeadline { get; init; }

    public required string ConsentHeading { get; init; }
    public required string ConsentIntroduction { get; init; }
    public required string HowToWithdraw { get; init; }

    public required string ComplaintsHeading { get; init; }
    public required string ComplaintsToController { get; init; }
    public required string ComplaintsDeadline { get; init; }
    public required string RightToComplain { get; init; }
    public required string DutchAuthority { get; init; }
    public required string RegisterOnAuthority { get; init; }

    public static NoticeText English { get; } = new()
    {
        Title = "Privacy notice of {0}",
        Introduction = "This notice gives the information of Articles 13 and 14 of the General Data Protection Regulation (GDPR) about how your personal data are processed. It is drawn from the record of processing activities (Art. 30 GDPR) and says only what that record says.",
        QuotedAsWrittenIn = "Text from the record is quoted as written, in {0}.",

        GapsHeading = "What the register does not say",
        GapsIntroduction = "These items of Articles 13 and 14 are not in the register, or not validly, so this notice does not give them, or not rightly. Put them right in the register, or answer them in the notice, before it is published.",
        NoGaps = "The register holds every item of Articles 13 and 14 that this notice gives.",
        GapController = "The register does not say who the controller is (Art. 13(1)(a)).",
        GapContact = "The register does not say how to contact {0}: no address, e-mail or telephone number (Art. 13(1)(a)).",
        GapDpo = "The register does not say whether {0} has designated a data protection officer, nor the officer's contact details (Art. 13(1)(b)).",
        GapDpoContact = "The register does not give the contact details of the data protection officer of {0} (Art. 13(1)(b)).",
        GapPurposes = "The register does not say the purposes of “{0}” (Art. 13(1)(c)).",
        GapLegalBasis = "The register does not say the legal basis of “{0}” (Art. 13(1)(c)).",
        GapInterests = "The register does not say which legitimate interests “{0}” pursues (Art. 13(1)(d)).",
        GapCategories = "The register does not say which categories of personal data “{0}” concerns (Art. 14(1)(d)).",
        GapSources = "The register does not say where the personal data of “{0}” come from (Art. 14(2)(f)).",
        GapRecipients = "The register does not say whether the personal data of “{0}” are disclosed, nor to whom (Art. 13(1)(e)).",
        GapSafeguard = "The register does not say on which safeguard the transfer to {0} rests (Art. 13(1)(f)).",
        GapCopy = "The register does not say how to obtain a copy of the {1} for the transfer to {0}, or where they have been made available (Art. 13(1)(f)).",
        GapInvalidSafeguard = "The register names the EU-US Privacy Shield for the transfer to {0}, which the Court of Justice declared invalid on 16 July 2020 (C-311/18): the notice must not rely on it. Name the safeguard the transfer actually rests on (Art. 13(1)(f), 44-46).",
        GapRetention = "The register does not say how long the personal data of “{0}” are kept, nor the criteria that decide it (Art. 13(2)(a)).",
        GapRightsPolicy = "The register does not say how data subjects exercise their rights of access, rectification, erasure, restriction, objection and data portability (Art. 13(2)(b)).",
        GapRight = "The register does not describe the {0}, one of the rights of Art. 13(2)(b).",
        GapChannels = "The register does not say where or how data subjects send a request to exercise their rights (Art. 13(2)(b)).",
        GapWithdrawal = "The register does not say how consent given for “{0}” can be withdrawn (Art. 13(2)(c)).",
        GapAuthority = "The register does not say with which supervisory authority a complaint can be lodged (Art. 13(2)(d)).",
        GapRequirement = "The register does not say whether providing the personal data is a statutory or contractual requirement or a requirement necessary to enter into a contract, whether the data subject is obliged to provide them, and what happens if they are not provided (Art. 13(2)(e)).",
        GapAutomatedDecisions = "The register does not say whether decisions are made about data subjects by automated means, including profiling, nor the logic involved and its significance and envisaged consequences (Art. 13(2)(f) and 14(2)(g)).",

        ControllerHeading = "Who is responsible for your data (Art. 13(1)(a) and (b))",
        Address = "Address",
        Representative = "Representative in the Union (Art. 27 GDPR)",
        DataProtectionOfficer = "Data protection officer (Art. 37 GDPR)",
        NotDesignated = "not designated",
        JointControllers = "Joint controllers (Art. 26 GDPR)",

        ActivitiesHeading = "What we process, why, and on what basis",
        ActivitiesIntroduction = "For each processing activity: its purposes and legal basis (Art. 13(1)(c)), the legitimate interests pursued (Art. 13(1)(d)), the categories of personal data (Art. 14(1)(d)) and where they come from (Art. 14(2)(f)), the recipients (Art. 13(1)(e)), transfers to countries outside the European Economic Area (Art. 13(1)(f)) and how long the data are kept (Art. 13(2)(a)).",
        Controllers = "Controller",
        Purposes = "Purposes (Art. 13(1)(c))",
        LegalBases = "Legal basis (Art. 13(1)(c))",
        ForPurposes = "for the purposes",
        Interests = "legitimate interests pursued (Art. 13(1)(d))",
        Law = "law",
        DataSubjects = "Whose data",
        DataCategories = "Categories of personal data (Art. 14(1)(d))",
        Sources = "Source of the data (Art. 14(2)(f))",
        Recipients = "Recipients (Art. 13(1)(e))",
        NoRecipients = "none: the data are disclosed to no one",
        Transfers = "Transfers outside the EEA (Art. 13(1)(f))",
        NoTransfers = "none",
        Retention = "Retention (Art. 13(2)(a))",
        SeeSection = "see “{0}”",
        NotStated = "not stated in the register",
        CopyAt = "a copy: {0}",

        TransfersHeading = "Transfers to countries outside the European Economic Area (Art. 13(1)(f))",
        RetentionHeading = "How long we keep your data (Art. 13(2)(a))",
        Principle = "Principle",
        Criteria = "Criteria that decide the retention period",
        Rules = "Retention periods",
        Exceptions = "Exceptions",
        CountedFrom = "counted from",
        Permanent = "kept permanently",

        RightsHeading = "Your rights (Art. 13(2)(b))",
        RightsIntroduction = "You have these rights over your personal data, as the register describes them:",
        HowToExercise = "How to exercise them",
        NotOffered = "not offered",
        ResponseDeadline = "Answer to a request (Art. 12(3))",

        ConsentHeading = "Withdrawing your consent (Art. 13(2)(c))",
        ConsentIntroduction = "Where your data are processed on the basis of your consent ({0}), you may withdraw that consent at any time; withdrawing it does not affect the lawfulness of the processing before the withdrawal (Art. 7(3)).",
        HowToWithdraw = "How to withdraw it",

        ComplaintsHeading = "Complaints (Art. 13(2)(d))",
        ComplaintsToController = "Complaints to the controller",
        ComplaintsDeadline = "Answer to a complaint",
        RightToComplain = "You have the right to lodge a complaint with a supervisory authority (Art. 77 GDPR).",
        DutchAuthority = "The supervisory authority in the Netherlands, where the controller is established ({0}), is the Autoriteit Persoonsgegevens (the Dutch Data Protection Authority), autoriteitpersoonsgegevens.nl.",
        RegisterOnAuthority = "The register says",
    };

    public static NoticeText Dutch { get; } = new()
    {
        Title = "Privacyverklaring van {0}",
        Introduction = "Deze verklaring geeft de informatie van de artikelen 13 en 14 van de Algemene verordening gegevensbescherming (AVG) over de verwerking van uw persoonsgegevens. Zij is opgesteld uit het register van verwerkingsactiviteiten (art. 30 AVG) en zegt alleen wat dat register zegt.",
        QuotedAsWrittenIn = "Tekst uit het register is overgenomen zoals die daar staat, in het {0}.",

        GapsHeading = "Wat het register niet vermeldt",
        GapsIntroduction = "Deze onderdelen van de artikelen 13 en 14 staan niet, of niet geldig, in het register, en deze verklaring geeft ze dus niet, of niet juist. Herstel ze in het register, of beantwoord ze in de verklaring, voordat die wordt gepubliceerd.",
        NoGaps = "Het register bevat elk onderdeel van de artikelen 13 en 14 dat deze verklaring geeft.",
        GapController = "Het register vermeldt niet wie de verwerkingsverantwoordelijke is (art. 13 lid 1 onder a AVG).",
        GapContact = "Het register vermeldt niet hoe {0} te bereiken is: geen adres, e-mailadres of telefoonnummer (art. 13 lid 1 onder a AVG).",
        GapDpo = "Het register vermeldt niet of {0} een functionaris voor gegevensbescherming heeft aangesteld, en ook niet diens contactgegevens (art. 13 lid 1 onder b AVG).",
        GapDpoContact = "Het register vermeldt de contactgegevens van de functionaris voor gegevensbescherming van {0} niet (art. 13 lid 1 onder b AVG).",
        GapPurposes = "Het register vermeldt de doeleinden van „{0}” niet (art. 13 lid 1 onder c AVG).",
        GapLegalBasis = "Het register vermeldt de rechtsgrond van „{0}” niet (art. 13 lid 1 onder c AVG).",
        GapInterests = "Het register vermeldt niet welke gerechtvaardigde belangen „{0}” behartigt (art. 13 lid 1 onder d AVG).",
        GapCategories = "Het register vermeldt niet welke categorieën van persoonsgegevens „{0}” betreft (art. 14 lid 1 onder d AVG).",
        GapSources = "Het register vermeldt niet waar de persoonsgegevens van „{0}” vandaan komen (art. 14 lid 2 onder f AVG).",
        GapRecipients = "Het register vermeldt niet of de persoonsgegevens van „{0}” worden verstrekt, en ook niet aan wie (art. 13 lid 1 onder e AVG).",
        GapSafeguard = "Het register vermeldt niet op welke waarborg de doorgifte naar {0} berust (art. 13 lid 1 onder f AVG).",
        GapCopy = "Het register vermeldt niet hoe een kopie van de {1} voor de doorgifte naar {0} kan worden verkregen, of waar die ter beschikking is gesteld (art. 13 lid 1 onder f AVG).",
        GapInvalidSafeguard = "Het register noemt voor de doorgifte naar {0} het EU-VS-privacyschild, dat het Hof van Justitie op 16 juli 2020 ongeldig heeft verklaard (C-311/18): de verklaring mag daar niet op steunen. Noem de waarborg waarop de doorgifte werkelijk berust (art. 13 lid 1 onder f en art. 44-46 AVG).",
        GapRetention = "Het register vermeldt niet hoe lang de persoonsgegevens van „{0}” worden bewaard, en ook niet de criteria die dat bepalen (art. 13 lid 2 onder a AVG).",
        GapRightsPolicy = "Het register vermeldt niet hoe betrokkenen hun rechten op inzage, rectificatie, gegevenswissing, beperking van de verwerking, bezwaar en overdraagbaarheid van gegevens uitoefenen (art. 13 lid 2 onder b AVG).",
        GapRight = "Het register beschrijft het {0} niet, een van de rechten van art. 13 lid 2 onder b AVG.",
        GapChannels = "Het register vermeldt niet waar of hoe betrokkenen een verzoek indienen om hun rechten uit te oefenen (art. 13 lid 2 onder b AVG).",
        GapWithdrawal = "Het register vermeldt niet hoe de toestemming voor „{0}” kan worden ingetrokken (art. 13 lid 2 onder c AVG).",
        GapAuthority = "Het register vermeldt niet bij welke toezichthoudende autoriteit een klacht kan worden ingediend (art. 13 lid 2 onder d AVG).",
        GapRequirement = "Het register vermeldt niet of de verstrekking van de persoonsgegevens een wettelijke of contractuele verplichting is of een noodzakelijke voorwaarde om een overeenkomst te sluiten, of de betrokkene verplicht is de persoonsgegevens te verstrekken, en wat de gevolgen zijn als zij niet worden verstrekt (art. 13 lid 2 onder e AVG).",
        GapAutomatedDecisions = "Het register vermeldt niet of er geautomatiseerde besluitvorming, met inbegrip van profilering, plaatsvindt, en ook niet de onderliggende logica en het belang en de verwachte gevolgen daarvan voor de betrokkene (art. 13 lid 2 onder f en art. 14 lid 2 onder g AVG).",

        ControllerHeading = "Wie verantwoordelijk is voor uw gegevens (art. 13 lid 1 onder a en b AVG)",
        Address = "Adres",
        Representative = "Vertegenwoordiger in de Unie (art. 27 AVG)",
        DataProtectionOfficer = "Functionaris voor gegevensbescherming (art. 37 AVG)",
        NotDesignated = "niet aangesteld",
        JointControllers = "Gezamenlijke verwerkingsverantwoordelijken (art. 26 AVG)",

        ActivitiesHeading = "Welke gegevens wij verwerken, waarom, en op welke grond",
        ActivitiesIntroduction = "Per verwerking: de doeleinden en de rechtsgrond (art. 13 lid 1 onder c AVG), de behartigde gerechtvaardigde belangen (art. 13 lid 1 onder d AVG), de categorieën van persoonsgegevens (art. 14 lid 1 onder d AVG) en waar zij vandaan komen (art. 14 lid 2 onder f AVG), de ontvangers (art. 13 lid 1 onder e AVG), doorgiften naar landen buiten de Europese Economische Ruimte (art. 13 lid 1 onder f AVG) en hoe lang de gegevens worden bewaard (art. 13 lid 2 onder a AVG).",
        Controllers = "Verwerkingsverantwoordelijke",
        Purposes = "Doeleinden (art. 13 lid 1 onder c AVG)",
        LegalBases = "Rechtsgrond (art. 13 lid 1 onder c AVG)",
        ForPurposes = "voor de doeleinden",
        Interests = "behartigde gerechtvaardigde belangen (art. 13 lid 1 onder d AVG)",
        Law = "wettelijk voorschrift",
        DataSubjects = "Van wie",
        DataCategories = "Categorieën van persoonsgegevens (art. 14 lid 1 onder d AVG)",
        Sources = "Herkomst van de gegevens (art. 14 lid 2 onder f AVG)",
        Recipients = "Ontvangers (art. 13 lid 1 onder e AVG)",
        NoRecipients = "geen: de gegevens worden aan niemand verstrekt",
        Transfers = "Doorgiften buiten de EER (art. 13 lid 1 onder f AVG)",
        NoTransfers = "geen",
        Retention = "Bewaartermijn (art. 13 lid 2 onder a AVG)",
        SeeSection = "zie „{0}”",
        NotStated = "niet vermeld in het register",
        CopyAt = "kopie: {0}",

        TransfersHeading = "Doorgiften naar landen buiten de Europese Economische Ruimte (art. 13 lid 1 onder f AVG)",
        RetentionHeading = "Hoe lang wij uw gegevens bewaren (art. 13 lid 2 onder a AVG)",
        Principle = "Uitgangspunt",
        Criteria = "Criteria die de bewaartermijn bepalen",
        Rules = "Bewaartermijnen",
        Exceptions = "Uitzonderingen",
        CountedFrom = "te rekenen vanaf",
        Permanent = "permanent te bewaren",

        RightsHeading = "Uw rechten (art. 13 lid 2 onder b AVG)",
        RightsIntroduction = "U hebt deze rechten ten aanzien van uw persoonsgegevens, zoals het register ze beschrijft:",
        HowToExercise = "Hoe u ze uitoefent",
        NotOffered = "niet aangeboden",
        ResponseDeadline = "Antwoord op een verzoek (art. 12 lid 3 AVG)",

        ConsentHeading = "Uw toestemming intrekken (art. 13 lid 2 onder c AVG)",
        ConsentIntroduction = "Waar uw gegevens worden verwerkt op grond van uw toestemming ({0}), kunt u die toestemming te allen tijde intrekken; dat laat de rechtmatigheid van de verwerking vóór de intrekking onverlet (art. 7 lid 3 AVG).",
        HowToWithdraw = "Hoe u die intrekt",

        ComplaintsHeading = "Klachten (art. 13 lid 2 onder d AVG)",
        ComplaintsToController = "Klachten bij de verwerkingsverantwoordelijke",
        ComplaintsDeadline = "Antwoord op een klacht",
        RightToComplain = "U hebt het recht een klacht in te dienen bij een toezichthoudende autoriteit (art. 77 AVG).",
        DutchAuthority = "De toezichthoudende autoriteit in Nederland, waar de verwerkingsverantwoordelijke is gevestigd ({0}), is de Autoriteit Persoonsgegevens, autoriteitpersoonsgegevens.nl.",
        RegisterOnAuthority = "Het register vermeldt",
    };
}
