using System.Collections.Frozen;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Export;

/// <summary>The English labels, worded as the English text of the GDPR (Regulation (EU) 2016/679) words them.</summary>
internal sealed partial class Labels
{
    public static Labels English { get; } = new()
    {
        RegisterOf = "Record of processing activities of ",
        Introduction = "Record of processing activities within the meaning of Article 30 of the General Data Protection Regulation (GDPR).",
        QuotedAsWrittenIn = "Text from the register is quoted as written, in ",
        NotStated = "Not stated in the register.",
        Yes = "yes",
        No = "no",
        SeeSectionOpen = "Not stated for this activity; see “",
        SeeSectionClose = "”.",

        Title = "Title",
        Scope = "Scope",
        PolicyVersion = "Privacy policy version",
        PolicyDate = "Privacy policy date",
        LastReviewed = "Last reviewed",
        NextReview = "Next review",
        SmallOrganisationExemption = "Relies on the exemption for organisations employing fewer than 250 persons (Art. 30(5) GDPR)",
        DataMap = "Data map",
        DataMapIntroduction = "Where the personal data goes: from the categories of data subjects (rounded boxes), through the processing activities (boxes), to the processors and recipients (framed boxes) and the countries it is transferred to (hexagons). ⚠ marks an activity with special categories of personal data (Art. 9) or with personal data relating to criminal convictions and offences (Art. 10), and a party or country outside the EEA; a dashed arrow is a transfer the register states for all its activities. An arrow to a frame of recipients goes to every recipient in it.",
        DataMapActivities = "Processing activities",
        DataMapSpecial = "special categories (Art. 9)",
        DataMapCriminal = "criminal offence data (Art. 10)",
        DataMapSharedParties = "Recipients of several activities",
        DataMapNew = "new in this change",
        DataMapOutsideEea = "outside the EEA",

        Overview = "Overview of the processing activities",
        Number = "No.",
        Activity = "Processing activity",
        Purposes = "Purposes",
        LegalBases = "Legal bases",
        Retention = "Retention",

        SectionController = "Controller and contact details (Art. 30(1)(a) GDPR)",
        SectionPurposes = "Purposes of the processing (Art. 30(1)(b) GDPR)",
        SectionCategories = "Data subjects and personal data (Art. 30(1)(c) GDPR)",
        SectionRecipients = "Recipients (Art. 30(1)(d) GDPR)",
        SectionTransfers = "Transfers to third countries (Art. 30(1)(e) GDPR)",
        SectionRetention = "Time limits for erasure (Art. 30(1)(f) GDPR)",
        SectionSecurity = "Security measures (Art. 30(1)(g) GDPR)",
        SectionDpia = "Data protection impact assessment (Art. 35 GDPR)",

        Controller = "Controller",
        PublicAuthority = "Public authority or body",
        DataProtectionOfficer = "Data protection officer (Art. 37 GDPR)",
        Representative = "Representative in the Union (Art. 27 GDPR)",
        JointControllers = "Joint controllers (Art. 26 GDPR)",
        Designated = "designated",
        NotDesignated = "not designated",
        Arrangement = "arrangement",

        Department = "Department",
        OrganisationTask = "Task",
        Operations = "Processing operations",
        JointControllerArrangements = "Arrangements between joint controllers (Art. 26 GDPR)",
        Essence = "essence made available to data subjects (Art. 26(2) GDPR)",
        Responsibilities = "responsibilities",

        Email = "e-mail",
        Phone = "telephone",
        Website = "website",

        LegalBasesOfActivity = "Legal bases (Art. 6(1) GDPR)",
        ForPurposes = "for the purposes",
        Interests = "legitimate interests pursued",
        AssessmentReference = "legitimate interests assessment",
        Law = "law",
        Withdrawal = "withdrawing consent",
        ConsentRecord = "record of consent",

        DataSubjects = "Categories of data subjects",
        DataCategories = "Categories of personal data",
        SpecialCategoryMark = "special category of personal data (Art. 9 GDPR)",
        CriminalOffenceMark = "personal data relating to criminal convictions and offences (Art. 10 GDPR)",
        SpecialCategoryConditions = "Exception to the prohibition on processing special categories (Art. 9(2) GDPR)",
        CriminalOffenceGround = "Ground for processing personal data relating to criminal convictions and offences (Art. 10 GDPR)",
        Sources = "Sources of the data",

        NoRecipients = "None: the register states that the data is disclosed to no one.",
        Processor = "processor",

        Country = "Country",
        Recipient = "recipient",
        Description = "description",
        Safeguards = "safeguards",
        Frequency = "frequency",
        TransferImpactAssessment = "transfer impact assessment",
        Reference = "reference",

        Period = "period",
        CountedFrom = "counted from",
        AppliesTo = "applies to",
        AllCategories = "all categories of personal data",

        Status = "Status",
        Notes = "Notes",

        Processors = "Processors (Art. 28 GDPR)",
        Service = "Service",
        Location = "Location",
        ProcessingAgreement = "Processing agreement (Art. 28(3) GDPR)",
        WithinEea = "within the EEA",
        NotOnlyWithinEea = "not only within the EEA",
        Countries = "countries",
        DpfCertified = "certified under the EU-US Data Privacy Framework",
        Date = "date",

        Recipients = "Recipients",
        Kind = "Kind",
        Role = "Role",
        WhenAndWhy = "When and why",

        GeneralTransfers = "Transfers not tied to one activity",
        RetentionPolicy = "Retention policy",
        Principle = "Principle",
        Criteria = "Criteria for the retention periods",
        RetentionRules = "Retention rules",
        Exceptions = "Exceptions",
        Security = "Security (Art. 32 GDPR)",
        SecurityStatement = "General description",
        Measure = "Measure",
        Objectives = "Aims (Art. 32(1) GDPR)",

        Rights = "Rights of data subjects (Arts. 12-22 GDPR)",
        RightsList = "Rights",
        ResponseDeadline = "Time limit for answering requests (Art. 12(3) GDPR)",
        Channels = "Channels",
        NotOffered = "not offered",
        ConsentWithdrawal = "Withdrawing consent (Art. 7(3) GDPR)",
        Complaints = "Complaints",
        ComplaintsProcedure = "Procedure",
        ComplaintsDeadline = "Time limit for answering",
        SupervisoryAuthority = "Complaint to a supervisory authority (Art. 77 GDPR)",
        Children = "Children (Art. 8 GDPR)",
        AgeOfConsent = "Age from which a child can give consent",
        Policy = "Policy",
        Cookies = "Cookies",
        CookiesUsed = "The website sets cookies",
        Cookie = "Cookie",
        CookiePurpose = "Purpose",
        CookieLifetime = "Lifetime",
        CookiesSet = "Cookies set",

        ChainPartner = "chain partner",
        Covenant = "covenant or privacy protocol",
        ReceivesOnly = "receives only",
        FurtherProcessing = "Further processing (Art. 6(4) GDPR)",
        CompatibilityAssessment = "compatibility assessment",
        BasedOnConsent = "based on the data subject's consent",
        NoTransfers = "None.",
        Permanent = "kept permanently",
        SelectionList = "selection list",
        SelectionListCategory = "category",
        ArchiveTransferAfter = "transferred to an archive repository after",
        RecordTypes = "record types",
        NationalIdentifierMark = "national identification number (Art. 87 GDPR)",

        OtherActivities = "Other processing activities",
        VngColumns =
        [
            "Department", "Task", "Processing", "Processing operations", "Controller(s)", "Public/private",
            "Purposes", "Legal basis", "Categories of personal data", "Retention period", "Source of the data",
            "Categories of recipients", "Transfer to a third country", "Cooperating parties", "Covenant/privacy protocol",
            "Joint controllership", "Further processing",
        ],
        PublicSector = "public",
        PrivateSector = "private",

        ProcessorRecordTitle = "Record of processing activities as a processor (Art. 30(2) GDPR)",
        ProcessorIntroduction = "Record of all categories of processing activities carried out by the processor on behalf of controllers, within the meaning of Article 30(2) of the General Data Protection Regulation (GDPR).",
        SectionProcessorAndControllers = "Processor and controllers (Art. 30(2)(a) GDPR)",
        SectionCategoriesOfProcessing = "Categories of processing carried out on behalf of each controller (Art. 30(2)(b) GDPR)",
        SectionProcessorTransfers = "Transfers to third countries or international organisations (Art. 30(2)(c) GDPR)",
        SectionProcessorSecurity = "Security measures (Art. 30(2)(d) GDPR)",
        NameAndContactDetails = "Name and contact details",
        ProcessorIsController = "The processor is the same organisation as the controller in the first part of this register.",
        OnBehalfOf = "On behalf of ",
        SubProcessor = "sub-processor",
        SubProcessors = "Sub-processors (Arts. 28(2) and 28(4) GDPR)",
        SubProcessorsEngaged = "Sub-processors engaged",
        SubProcessorAgreement = "Contract with the sub-processor (Art. 28(4) GDPR)",
        SubProcessorAuthorisationField = "Authorisation to engage sub-processors (Art. 28(2) GDPR)",
        AuthorisedSubProcessors = "authorised sub-processors",
        OwnPurposes = "Purposes the processor determines itself (Art. 28(10) GDPR)",
        AllProcessingForClients = "all processing on behalf of controllers",
        ProcessorRecordNotInTable = "not in this table, which holds only the controller's processing activities; see the register as a document.",

        Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        And = "and",
        Years = ("year", "years"),
        MonthsUnit = ("month", "months"),
        Weeks = ("week", "weeks"),
        Days = ("day", "days"),

        LanguageNames = new Dictionary<RegisterLanguage, string>
        {
            [RegisterLanguage.Dutch] = "Dutch",
            [RegisterLanguage.English] = "English",
        }.ToFrozenDictionary(),
        LegalBasisNames = new Dictionary<LegalBasis, string>
        {
            [LegalBasis.Consent] = "consent (Art. 6(1)(a) GDPR)",
            [LegalBasis.Contract] = "performance of a contract (Art. 6(1)(b) GDPR)",
            [LegalBasis.LegalObligation] = "legal obligation (Art. 6(1)(c) GDPR)",
            [LegalBasis.VitalInterests] = "vital interests (Art. 6(1)(d) GDPR)",
            [LegalBasis.PublicTask] = "task in the public interest or in the exercise of official authority (Art. 6(1)(e) GDPR)",
            [LegalBasis.LegitimateInterests] = "legitimate interests (Art. 6(1)(f) GDPR)",
        }.ToFrozenDictionary(),
        Article9ConditionNames = new Dictionary<Article9Condition, string>
        {
            [Article9Condition.ExplicitConsent] = "explicit consent (Art. 9(2)(a) GDPR)",
            [Article9Condition.EmploymentAndSocialSecurity] = "employment, social security and social protection law (Art. 9(2)(b) GDPR)",
            [Article9Condition.VitalInterests] = "vital interests (Art. 9(2)(c) GDPR)",
            [Article9Condition.NotForProfitBody] = "foundation, association or other not-for-profit body (Art. 9(2)(d) GDPR)",
            [Article9Condition.ManifestlyMadePublic] = "manifestly made public by the data subject (Art. 9(2)(e) GDPR)",
            [Article9Condition.LegalClaims] = "legal claims or courts acting in their judicial capacity (Art. 9(2)(f) GDPR)",
            [Article9Condition.SubstantialPublicInterest] = "substantial public interest (Art. 9(2)(g) GDPR)",
            [Article9Condition.HealthOrSocialCare] = "preventive or occupational medicine, health or social care (Art. 9(2)(h) GDPR)",
            [Article9Condition.PublicHealth] = "public interest in the area of public health (Art. 9(2)(i) GDPR)",
            [Article9Condition.ArchivingResearchOrStatistics] = "archiving in the public interest, scientific or historical research or statistics (Art. 9(2)(j) GDPR)",
        }.ToFrozenDictionary(),
        SpecialCategoryNames = new Dictionary<SpecialCategory, string>
        {
            [SpecialCategory.RacialOrEthnicOrigin] = "racial or ethnic origin",
            [SpecialCategory.PoliticalOpinions] = "political opinions",
            [SpecialCategory.ReligiousOrPhilosophicalBeliefs] = "religious or philosophical beliefs",
            [SpecialCategory.TradeUnionMembership] = "trade union membership",
            [SpecialCategory.GeneticData] = "genetic data",
            [SpecialCategory.BiometricData] = "biometric data for the purpose of uniquely identifying a natural person",
            [SpecialCategory.Health] = "data concerning health",
            [SpecialCategory.SexLifeOrSexualOrientation] = "data concerning a natural person's sex life or sexual orientation",
        }.ToFrozenDictionary(),
        SourceKindNames = new Dictionary<SourceKind, string>
        {
            [SourceKind.DataSubject] = "from the data subject",
            [SourceKind.ThirdParty] = "from a third party",
            [SourceKind.PubliclyAvailable] = "from a publicly accessible source",
            [SourceKind.Other] = "from another source",
        }.ToFrozenDictionary(),
        RecipientKindNames = new Dictionary<RecipientKind, string>
        {
            [RecipientKind.GroupCompany] = "group company",
            [RecipientKind.PublicAuthority] = "public authority",
            [RecipientKind.ThirdParty] = "third party",
            [RecipientKind.InternationalOrganisation] = "international organisation",
        }.ToFrozenDictionary(),
        RecipientRoleNames = new Dictionary<RecipientRole, string>
        {
            [RecipientRole.Controller] = "controller",
            [RecipientRole.JointController] = "joint controller",
            [RecipientRole.Processor] = "processor",
        }.ToFrozenDictionary(),
        SafeguardTypeNames = new Dictionary<SafeguardType, string>
        {
            [SafeguardType.AdequacyDecision] = "adequacy decision (Art. 45 GDPR)",
            [SafeguardType.StandardContractualClauses] = "standard data protection clauses (Art. 46(2)(c) GDPR)",
            [SafeguardType.BindingCorporateRules] = "binding corporate rules (Arts. 46(2)(b) and 47 GDPR)",
            [SafeguardType.CodeOfConduct] = "approved code of conduct (Art. 46(2)(e) GDPR)",
            [SafeguardType.Certification] = "approved certification mechanism (Art. 46(2)(f) GDPR)",
            [SafeguardType.Derogation] = "derogation for a specific situation (Art. 49 GDPR)",
            [SafeguardType.EuUsPrivacyShield] = "EU-US Privacy Shield (Decision (EU) 2016/1250, declared invalid by the Court of Justice on 16 July 2020)",
        }.ToFrozenDictionary(),
        Article49DerogationNames = new Dictionary<Article49Derogation, string>
        {
            [Article49Derogation.ExplicitConsent] = "explicit consent (Art. 49(1)(a) GDPR)",
            [Article49Derogation.ContractWithDataSubject] = "performance of a contract with the data subject (Art. 49(1)(b) GDPR)",
            [Article49Derogation.ContractInDataSubjectInterest] = "contract in the interest of the data subject (Art. 49(1)(c) GDPR)",
            [Article49Derogation.PublicInterest] = "important reasons of public interest (Art. 49(1)(d) GDPR)",
            [Article49Derogation.LegalClaims] = "establishment, exercise or defence of legal claims (Art. 49(1)(e) GDPR)",
            [Article49Derogation.VitalInterests] = "vital interests (Art. 49(1)(f) GDPR)",
            [Article49Derogation.PublicRegister] = "transfer from a public register (Art. 49(1)(g) GDPR)",
            [Article49Derogation.CompellingLegitimateInterests] = "compelling legitimate interests (Art. 49(1), second subparagraph, GDPR)",
        }.ToFrozenDictionary(),
        TransferFrequencyNames = new Dictionary<TransferFrequency, string>
        {
            [TransferFrequency.Occasional] = "occasional",
            [TransferFrequency.Regular] = "regular",
        }.ToFrozenDictionary(),
        SecurityMeasureKindNames = new Dictionary<SecurityMeasureKind, string>
        {
            [SecurityMeasureKind.Technical] = "technical",
            [SecurityMeasureKind.Organisational] = "organisational",
        }.ToFrozenDictionary(),
        SecurityObjectiveNames = new Dictionary<SecurityObjective, string>
        {
            [SecurityObjective.Pseudonymisation] = "pseudonymisation",
            [SecurityObjective.Encryption] = "encryption",
            [SecurityObjective.Confidentiality] = "confidentiality",
            [SecurityObjective.Integrity] = "integrity",
            [SecurityObjective.Availability] = "availability",
            [SecurityObjective.Resilience] = "resilience",
            [SecurityObjective.RestoreAccess] = "timely restoration after an incident",
            [SecurityObjective.RegularTesting] = "regular testing and evaluation",
        }.ToFrozenDictionary(),
        DpiaStatusNames = new Dictionary<DpiaStatus, string>
        {
            [DpiaStatus.NotRequired] = "not required",
            [DpiaStatus.Required] = "required, not yet started",
            [DpiaStatus.InProgress] = "in progress",
            [DpiaStatus.Completed] = "completed",
        }.ToFrozenDictionary(),
        RightNames = new Dictionary<DataSubjectRightKind, string>
        {
            [DataSubjectRightKind.Access] = "right of access (Art. 15 GDPR)",
            [DataSubjectRightKind.Rectification] = "right to rectification (Art. 16 GDPR)",
            [DataSubjectRightKind.Erasure] = "right to erasure (Art. 17 GDPR)",
            [DataSubjectRightKind.Restriction] = "right to restriction of processing (Art. 18 GDPR)",
            [DataSubjectRightKind.Portability] = "right to data portability (Art. 20 GDPR)",
            [DataSubjectRightKind.Objection] = "right to object (Art. 21(1) GDPR)",
            [DataSubjectRightKind.ObjectionToDirectMarketing] = "right to object to direct marketing (Art. 21(2)-(3) GDPR)",
            [DataSubjectRightKind.AutomatedDecisionMaking] = "right not to be subject to a decision based solely on automated processing (Art. 22 GDPR)",
            [DataSubjectRightKind.WithdrawConsent] = "right to withdraw consent (Art. 7(3) GDPR)",
            [DataSubjectRightKind.LodgeComplaint] = "right to lodge a complaint with a supervisory authority (Art. 77 GDPR)",
        }.ToFrozenDictionary(),
        ChannelNames = new Dictionary<ChannelKind, string>
        {
            [ChannelKind.UserAccount] = "user account",
            [ChannelKind.Phone] = "telephone",
            [ChannelKind.Email] = "e-mail",
            [ChannelKind.Post] = "post",
            [ChannelKind.WebForm] = "web form",
            [ChannelKind.OptOut] = "opt-out",
        }.ToFrozenDictionary(),
        SubProcessorAuthorisationNames = new Dictionary<SubProcessorAuthorisation, string>
        {
            [SubProcessorAuthorisation.General] = "general written authorisation",
            [SubProcessorAuthorisation.Specific] = "specific written authorisation",
        }.ToFrozenDictionary(),
    };
}
