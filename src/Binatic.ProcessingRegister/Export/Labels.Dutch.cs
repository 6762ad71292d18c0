using System.Collections.Frozen;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Export;

/// <summary>The Dutch labels, worded as the official Dutch text of the AVG (Verordening (EU) 2016/679) words them.</summary>
internal sealed partial class Labels
{
    public static Labels Dutch { get; } = new()
    {
        RegisterOf = "Register van verwerkingsactiviteiten van ",
        Introduction = "Register van verwerkingsactiviteiten als bedoeld in artikel 30 van de Algemene verordening gegevensbescherming (AVG).",
        QuotedAsWrittenIn = "Tekst uit het register is overgenomen zoals die daar staat, in het ",
        NotStated = "Niet vermeld in het register.",
        Yes = "ja",
        No = "nee",
        SeeSectionOpen = "Niet voor deze verwerking vermeld; zie „",
        SeeSectionClose = "”.",

        Title = "Titel",
        Scope = "Reikwijdte",
        PolicyVersion = "Versie van de privacyverklaring",
        PolicyDate = "Datum van de privacyverklaring",
        LastReviewed = "Laatst herzien",
        NextReview = "Volgende herziening",
        SmallOrganisationExemption = "Beroep op de uitzondering voor organisaties met minder dan 250 werknemers (art. 30 lid 5 AVG)",
        DataMap = "Gegevenskaart",
        DataMapIntroduction = "Waar de persoonsgegevens heen gaan: van de categorieën betrokkenen (afgeronde vakken), via de verwerkingen (vakken), naar de verwerkers en ontvangers (omlijste vakken) en de landen waarnaar ze worden doorgegeven (zeshoeken). ⚠ markeert een verwerking met bijzondere categorieën van persoonsgegevens (art. 9 AVG) of met strafrechtelijke gegevens (art. 10 AVG), en een partij of land buiten de EER; een gestreepte pijl is een doorgifte die het register voor al zijn verwerkingen vermeldt. Een pijl naar een kader met ontvangers gaat naar elke ontvanger daarin.",
        DataMapActivities = "Verwerkingen",
        DataMapSpecial = "bijzondere persoonsgegevens (art. 9 AVG)",
        DataMapCriminal = "strafrechtelijke gegevens (art. 10 AVG)",
        DataMapSharedParties = "Ontvangers van meerdere verwerkingen",
        DataMapNew = "nieuw in deze wijziging",
        DataMapOutsideEea = "buiten de EER",

        Overview = "Overzicht van de verwerkingen",
        Number = "Nr.",
        Activity = "Verwerking",
        Purposes = "Doeleinden",
        LegalBases = "Rechtsgronden",
        Retention = "Bewaartermijnen",

        SectionController = "Verwerkingsverantwoordelijke en contactgegevens (art. 30 lid 1 onder a AVG)",
        SectionPurposes = "Verwerkingsdoeleinden (art. 30 lid 1 onder b AVG)",
        SectionCategories = "Betrokkenen en persoonsgegevens (art. 30 lid 1 onder c AVG)",
        SectionRecipients = "Ontvangers (art. 30 lid 1 onder d AVG)",
        SectionTransfers = "Doorgiften naar derde landen (art. 30 lid 1 onder e AVG)",
        SectionRetention = "Bewaartermijnen (art. 30 lid 1 onder f AVG)",
        SectionSecurity = "Beveiligingsmaatregelen (art. 30 lid 1 onder g AVG)",
        SectionDpia = "Gegevensbeschermingseffectbeoordeling (art. 35 AVG)",

        Controller = "Verwerkingsverantwoordelijke",
        PublicAuthority = "Overheidsinstantie of -orgaan",
        DataProtectionOfficer = "Functionaris voor gegevensbescherming (art. 37 AVG)",
        Representative = "Vertegenwoordiger in de Unie (art. 27 AVG)",
        JointControllers = "Gezamenlijke verwerkingsverantwoordelijken (art. 26 AVG)",
        Designated = "aangesteld",
        NotDesignated = "niet aangesteld",
        Arrangement = "regeling",

        Department = "Afdeling",
        OrganisationTask = "Taak",
        Operations = "Verwerkingsactiviteiten",
        JointControllerArrangements = "Regelingen tussen gezamenlijke verwerkingsverantwoordelijken (art. 26 AVG)",
        Essence = "wezenlijke inhoud voor betrokkenen (art. 26 lid 2 AVG)",
        Responsibilities = "verantwoordelijkheden",

        Email = "e-mail",
        Phone = "telefoon",
        Website = "website",

        LegalBasesOfActivity = "Rechtsgronden (art. 6 lid 1 AVG)",
        ForPurposes = "voor de doeleinden",
        Interests = "gerechtvaardigde belangen",
        AssessmentReference = "vastlegging van de belangenafweging",
        Law = "wettelijk voorschrift",
        Withdrawal = "intrekken van de toestemming",
        ConsentRecord = "vastlegging van de toestemming",

        DataSubjects = "Categorieën van betrokkenen",
        DataCategories = "Categorieën van persoonsgegevens",
        SpecialCategoryMark = "bijzonder persoonsgegeven (art. 9 AVG)",
        CriminalOffenceMark = "strafrechtelijk persoonsgegeven (art. 10 AVG)",
        SpecialCategoryConditions = "Uitzondering op het verwerkingsverbod voor bijzondere persoonsgegevens (art. 9 lid 2 AVG)",
        CriminalOffenceGround = "Grondslag voor de verwerking van strafrechtelijke persoonsgegevens (art. 10 AVG)",
        Sources = "Herkomst van de gegevens",

        NoRecipients = "Geen: volgens het register worden de gegevens aan niemand verstrekt.",
        Processor = "verwerker",

        Country = "Land",
        Recipient = "ontvanger",
        Description = "omschrijving",
        Safeguards = "waarborgen",
        Frequency = "frequentie",
        TransferImpactAssessment = "beoordeling van de doorgifte (TIA)",
        Reference = "kenmerk",

        Period = "termijn",
        CountedFrom = "te rekenen vanaf",
        AppliesTo = "geldt voor",
        AllCategories = "alle categorieën van persoonsgegevens",

        Status = "Stand",
        Notes = "Toelichting",

        Processors = "Verwerkers (art. 28 AVG)",
        Service = "Dienst",
        Location = "Locatie",
        ProcessingAgreement = "Verwerkersovereenkomst (art. 28 lid 3 AVG)",
        WithinEea = "binnen de EER",
        NotOnlyWithinEea = "niet uitsluitend binnen de EER",
        Countries = "landen",
        DpfCertified = "gecertificeerd onder het EU-VS Data Privacy Framework",
        Date = "datum",

        Recipients = "Ontvangers",
        Kind = "Soort",
        Role = "Rol",
        WhenAndWhy = "Wanneer en waarom",

        GeneralTransfers = "Doorgiften die niet aan één verwerking zijn gebonden",
        RetentionPolicy = "Bewaarbeleid",
        Principle = "Uitgangspunt",
        Criteria = "Criteria voor de bewaartermijnen",
        RetentionRules = "Bewaarregels",
        Exceptions = "Uitzonderingen",
        Security = "Beveiliging (art. 32 AVG)",
        SecurityStatement = "Algemene beschrijving",
        Measure = "Maatregel",
        Objectives = "Doelen (art. 32 lid 1 AVG)",

        Rights = "Rechten van betrokkenen (art. 12-22 AVG)",
        RightsList = "Rechten",
        ResponseDeadline = "Termijn voor de afhandeling van verzoeken (art. 12 lid 3 AVG)",
        Channels = "Kanalen",
        NotOffered = "niet aangeboden",
        ConsentWithdrawal = "Intrekken van toestemming (art. 7 lid 3 AVG)",
        Complaints = "Klachten",
        ComplaintsProcedure = "Werkwijze",
        ComplaintsDeadline = "Termijn voor de afhandeling",
        SupervisoryAuthority = "Klacht bij de toezichthoudende autoriteit (art. 77 AVG)",
        Children = "Kinderen (art. 8 AVG)",
        AgeOfConsent = "Leeftijd vanaf welke een kind zelf toestemming kan geven",
        Policy = "Beleid",
        Cookies = "Cookies",
        CookiesUsed = "De website plaatst cookies",
        Cookie = "Cookie",
        CookiePurpose = "Doel",
        CookieLifetime = "Bewaartermijn",
        CookiesSet = "Geplaatste cookies",

        ChainPartner = "ketenpartner",
        Covenant = "convenant of privacyprotocol",
        ReceivesOnly = "ontvangt alleen",
        FurtherProcessing = "Verdere verwerking (art. 6 lid 4 AVG)",
        CompatibilityAssessment = "verenigbaarheidstoets",
        BasedOnConsent = "berust op toestemming van de betrokkene",
        NoTransfers = "Geen.",
        Permanent = "permanent te bewaren",
        SelectionList = "selectielijst",
        SelectionListCategory = "categorie",
        ArchiveTransferAfter = "over te brengen naar een archiefbewaarplaats na",
        RecordTypes = "soorten documenten",
        NationalIdentifierMark = "nationaal identificatienummer (art. 87 AVG)",

        OtherActivities = "Overige verwerkingen",
        VngColumns =
        [
            "Naam afdeling", "Taak afdeling", "Verwerking", "Verwerkingsactiviteit", "Verwerkingsverantwoordelijke(n)", "Publiek/privaat",
            "Verwerkingsdoeleinden", "Rechtmatige grondslag", "Categorieën persoonsgegevens", "Bewaartermijn", "Herkomst gegevens",
            "Categorieën ontvangers", "Doorgifte derde land", "Samenwerkende partijen", "Convenant/privacyprotocol",
            "Gezamenlijke verantwoordelijkheid", "Verdere verwerking",
        ],
        PublicSector = "publiek",
        PrivateSector = "privaat",

        ProcessorRecordTitle = "Register van verwerkingen als verwerker (art. 30 lid 2 AVG)",
        ProcessorIntroduction = "Register van alle categorieën van verwerkingsactiviteiten die de verwerker voor rekening van verwerkingsverantwoordelijken verricht, als bedoeld in artikel 30 lid 2 van de Algemene verordening gegevensbescherming (AVG).",
        SectionProcessorAndControllers = "Verwerker en verwerkingsverantwoordelijken (art. 30 lid 2 onder a AVG)",
        SectionCategoriesOfProcessing = "Categorieën van verwerkingen voor rekening van iedere verwerkingsverantwoordelijke (art. 30 lid 2 onder b AVG)",
        SectionProcessorTransfers = "Doorgiften naar derde landen of internationale organisaties (art. 30 lid 2 onder c AVG)",
        SectionProcessorSecurity = "Beveiligingsmaatregelen (art. 30 lid 2 onder d AVG)",
        NameAndContactDetails = "Naam en contactgegevens",
        ProcessorIsController = "De verwerker is dezelfde organisatie als de verwerkingsverantwoordelijke in het eerste deel van dit register.",
        OnBehalfOf = "Voor rekening van ",
        SubProcessor = "subverwerker",
        SubProcessors = "Subverwerkers (art. 28 lid 2 en 28 lid 4 AVG)",
        SubProcessorsEngaged = "Ingeschakelde subverwerkers",
        SubProcessorAgreement = "Overeenkomst met de subverwerker (art. 28 lid 4 AVG)",
        SubProcessorAuthorisationField = "Toestemming voor het inschakelen van subverwerkers (art. 28 lid 2 AVG)",
        AuthorisedSubProcessors = "toegestane subverwerkers",
        OwnPurposes = "Doeleinden die de verwerker zelf bepaalt (art. 28 lid 10 AVG)",
        AllProcessingForClients = "alle verwerkingen voor rekening van verwerkingsverantwoordelijken",
        ProcessorRecordNotInTable = "niet in deze tabel, die alleen de verwerkingen van de verwerkingsverantwoordelijke bevat; zie het register als document.",

        Months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        And = "en",
        Years = ("jaar", "jaar"),
        MonthsUnit = ("maand", "maanden"),
        Weeks = ("week", "weken"),
        Days = ("dag", "dagen"),

        LanguageNames = new Dictionary<RegisterLanguage, string>
        {
            [RegisterLanguage.Dutch] = "Nederlands",
            [RegisterLanguage.English] = "Engels",
        }.ToFrozenDictionary(),
        LegalBasisNames = new Dictionary<LegalBasis, string>
        {
            [LegalBasis.Consent] = "toestemming (art. 6 lid 1 onder a AVG)",
            [LegalBasis.Contract] = "uitvoering van een overeenkomst (art. 6 lid 1 onder b AVG)",
            [LegalBasis.LegalObligation] = "wettelijke verplichting (art. 6 lid 1 onder c AVG)",
            [LegalBasis.VitalInterests] = "vitaal belang (art. 6 lid 1 onder d AVG)",
            [LegalBasis.PublicTask] = "taak van algemeen belang of openbaar gezag (art. 6 lid 1 onder e AVG)",
            [LegalBasis.LegitimateInterests] = "gerechtvaardigd belang (art. 6 lid 1 onder f AVG)",
        }.ToFrozenDictionary(),
        Article9ConditionNames = new Dictionary<Article9Condition, string>
        {
            [Article9Condition.ExplicitConsent] = "uitdrukkelijke toestemming (art. 9 lid 2 onder a AVG)",
            [Article9Condition.EmploymentAndSocialSecurity] = "arbeidsrecht, socialezekerheidsrecht en sociale bescherming (art. 9 lid 2 onder b AVG)",
            [Article9Condition.VitalInterests] = "vitale belangen (art. 9 lid 2 onder c AVG)",
            [Article9Condition.NotForProfitBody] = "stichting, vereniging of andere instantie zonder winstoogmerk (art. 9 lid 2 onder d AVG)",
            [Article9Condition.ManifestlyMadePublic] = "kennelijk door de betrokkene openbaar gemaakt (art. 9 lid 2 onder e AVG)",
            [Article9Condition.LegalClaims] = "rechtsvordering of rechtspraak (art. 9 lid 2 onder f AVG)",
            [Article9Condition.SubstantialPublicInterest] = "zwaarwegend algemeen belang (art. 9 lid 2 onder g AVG)",
            [Article9Condition.HealthOrSocialCare] = "preventieve of arbeidsgeneeskunde, gezondheidszorg of sociale diensten (art. 9 lid 2 onder h AVG)",
            [Article9Condition.PublicHealth] = "algemeen belang op het gebied van volksgezondheid (art. 9 lid 2 onder i AVG)",
            [Article9Condition.ArchivingResearchOrStatistics] = "archivering in het algemeen belang, wetenschappelijk of historisch onderzoek of statistiek (art. 9 lid 2 onder j AVG)",
        }.ToFrozenDictionary(),
        SpecialCategoryNames = new Dictionary<SpecialCategory, string>
        {
            [SpecialCategory.RacialOrEthnicOrigin] = "ras of etnische afkomst",
            [SpecialCategory.PoliticalOpinions] = "politieke opvattingen",
            [SpecialCategory.ReligiousOrPhilosophicalBeliefs] = "religieuze of levensbeschouwelijke overtuigingen",
            [SpecialCategory.TradeUnionMembership] = "lidmaatschap van een vakbond",
            [SpecialCategory.GeneticData] = "genetische gegevens",
            [SpecialCategory.BiometricData] = "biometrische gegevens met het oog op de unieke identificatie van een persoon",
            [SpecialCategory.Health] = "gegevens over gezondheid",
            [SpecialCategory.SexLifeOrSexualOrientation] = "gegevens met betrekking tot iemands seksueel gedrag of seksuele gerichtheid",
        }.ToFrozenDictionary(),
        SourceKindNames = new Dictionary<SourceKind, string>
        {
            [SourceKind.DataSubject] = "van de betrokkene zelf",
            [SourceKind.ThirdParty] = "van een derde",
            [SourceKind.PubliclyAvailable] = "uit een openbare bron",
            [SourceKind.Other] = "uit een andere bron",
        }.ToFrozenDictionary(),
        RecipientKindNames = new Dictionary<RecipientKind, string>
        {
            [RecipientKind.GroupCompany] = "groepsmaatschappij",
            [RecipientKind.PublicAuthority] = "overheidsinstantie",
            [RecipientKind.ThirdParty] = "derde",
            [RecipientKind.InternationalOrganisation] = "internationale organisatie",
        }.ToFrozenDictionary(),
        RecipientRoleNames = new Dictionary<RecipientRole, string>
        {
            [RecipientRole.Controller] = "verwerkingsverantwoordelijke",
            [RecipientRole.JointController] = "gezamenlijke verwerkingsverantwoordelijke",
            [RecipientRole.Processor] = "verwerker",
        }.ToFrozenDictionary(),
        SafeguardTypeNames = new Dictionary<SafeguardType, string>
        {
            [SafeguardType.AdequacyDecision] = "adequaatheidsbesluit (art. 45 AVG)",
            [SafeguardType.StandardContractualClauses] = "standaardbepalingen inzake gegevensbescherming (art. 46 lid 2 onder c AVG)",
            [SafeguardType.BindingCorporateRules] = "bindende bedrijfsvoorschriften (art. 46 lid 2 onder b en art. 47 AVG)",
            [SafeguardType.CodeOfConduct] = "goedgekeurde gedragscode (art. 46 lid 2 onder e AVG)",
            [SafeguardType.Certification] = "goedgekeurd certificeringsmechanisme (art. 46 lid 2 onder f AVG)",
            [SafeguardType.Derogation] = "afwijking voor een specifieke situatie (art. 49 AVG)",
            [SafeguardType.EuUsPrivacyShield] = "EU-VS-privacyschild (Besluit (EU) 2016/1250, ongeldig verklaard door het Hof van Justitie op 16 juli 2020)",
        }.ToFrozenDictionary(),
        Article49DerogationNames = new Dictionary<Article49Derogation, string>
        {
            [Article49Derogation.ExplicitConsent] = "uitdrukkelijke toestemming (art. 49 lid 1 onder a AVG)",
            [Article49Derogation.ContractWithDataSubject] = "uitvoering van een overeenkomst met de betrokkene (art. 49 lid 1 onder b AVG)",
            [Article49Derogation.ContractInDataSubjectInterest] = "overeenkomst in het belang van de betrokkene (art. 49 lid 1 onder c AVG)",
            [Article49Derogation.PublicInterest] = "gewichtige redenen van algemeen belang (art. 49 lid 1 onder d AVG)",
            [Article49Derogation.LegalClaims] = "instelling, uitoefening of onderbouwing van een rechtsvordering (art. 49 lid 1 onder e AVG)",
            [Article49Derogation.VitalInterests] = "vitale belangen (art. 49 lid 1 onder f AVG)",
            [Article49Derogation.PublicRegister] = "doorgifte uit een openbaar register (art. 49 lid 1 onder g AVG)",
            [Article49Derogation.CompellingLegitimateInterests] = "dwingende gerechtvaardigde belangen (art. 49 lid 1, tweede alinea, AVG)",
        }.ToFrozenDictionary(),
        TransferFrequencyNames = new Dictionary<TransferFrequency, string>
        {
            [TransferFrequency.Occasional] = "incidenteel",
            [TransferFrequency.Regular] = "regelmatig",
        }.ToFrozenDictionary(),
        SecurityMeasureKindNames = new Dictionary<SecurityMeasureKind, string>
        {
            [SecurityMeasureKind.Technical] = "technisch",
            [SecurityMeasureKind.Organisational] = "organisatorisch",
        }.ToFrozenDictionary(),
        SecurityObjectiveNames = new Dictionary<SecurityObjective, string>
        {
            [SecurityObjective.Pseudonymisation] = "pseudonimisering",
            [SecurityObjective.Encryption] = "versleuteling",
            [SecurityObjective.Confidentiality] = "vertrouwelijkheid",
            [SecurityObjective.Integrity] = "integriteit",
            [SecurityObjective.Availability] = "beschikbaarheid",
            [SecurityObjective.Resilience] = "veerkracht",
            [SecurityObjective.RestoreAccess] = "tijdig herstel na een incident",
            [SecurityObjective.RegularTesting] = "regelmatig testen en evalueren",
        }.ToFrozenDictionary(),
        DpiaStatusNames = new Dictionary<DpiaStatus, string>
        {
            [DpiaStatus.NotRequired] = "niet vereist",
            [DpiaStatus.Required] = "vereist, nog niet begonnen",
            [DpiaStatus.InProgress] = "in uitvoering",
            [DpiaStatus.Completed] = "uitgevoerd",
        }.ToFrozenDictionary(),
        RightNames = new Dictionary<DataSubjectRightKind, string>
        {
            [DataSubjectRightKind.Access] = "recht van inzage (art. 15 AVG)",
            [DataSubjectRightKind.Rectification] = "recht op rectificatie (art. 16 AVG)",
            [DataSubjectRightKind.Erasure] = "recht op gegevenswissing (art. 17 AVG)",
            [DataSubjectRightKind.Restriction] = "recht op beperking van de verwerking (art. 18 AVG)",
            [DataSubjectRightKind.Portability] = "recht op overdraagbaarheid van gegevens (art. 20 AVG)",
            [DataSubjectRightKind.Objection] = "recht van bezwaar (art. 21 lid 1 AVG)",
            [DataSubjectRightKind.ObjectionToDirectMarketing] = "recht van bezwaar tegen direct marketing (art. 21 lid 2 en 3 AVG)",
            [DataSubjectRightKind.AutomatedDecisionMaking] = "recht om niet te worden onderworpen aan geautomatiseerde besluitvorming (art. 22 AVG)",
            [DataSubjectRightKind.WithdrawConsent] = "recht om toestemming in te trekken (art. 7 lid 3 AVG)",
            [DataSubjectRightKind.LodgeComplaint] = "recht om een klacht in te dienen bij een toezichthoudende autoriteit (art. 77 AVG)",
        }.ToFrozenDictionary(),
        ChannelNames = new Dictionary<ChannelKind, string>
        {
            [ChannelKind.UserAccount] = "gebruikersaccount",
            [ChannelKind.Phone] = "telefoon",
            [ChannelKind.Email] = "e-mail",
            [ChannelKind.Post] = "post",
            [ChannelKind.WebForm] = "webformulier",
            [ChannelKind.OptOut] = "afmeldmogelijkheid (opt-out)",
        }.ToFrozenDictionary(),
        SubProcessorAuthorisationNames = new Dictionary<SubProcessorAuthorisation, string>
        {
            [SubProcessorAuthorisation.General] = "algemene schriftelijke toestemming",
            [SubProcessorAuthorisation.Specific] = "specifieke schriftelijke toestemming",
        }.ToFrozenDictionary(),
    };
}
