using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Export;

/// <summary>
/// A register built in code with the same text in every text field the exporter writes, so that a hostile string
/// is tried in every place of the document: headings, paragraphs, list items and table cells.
/// </summary>
internal static class HostileRegister
{
    public const int ActivityCount = 2;

    /// <summary>
    /// Gets a register that is only a processor's record (Art. 30(2)), with the hostile text in every text field of the
    /// record: the processor, a client with its agreement and one category of processing, a sub-processor, a transfer
    /// and the security statement and measures.
    /// </summary>
    public static Register AsProcessor(string text) => new()
    {
        Info = new RegisterInfo { Language = RegisterLanguage.English, Role = RegisterRole.Processor, Title = text, Scope = text },
        Security = ProcessorSecurity(text),
        ProcessorRecord = ProcessorRecord(text, new ProcessorOrganisation
        {
            Contact = Contact(text),
            Representative = new Designation { IsDesignated = false, Note = text },
            DataProtectionOfficer = new Designation { IsDesignated = true, Contact = Contact(text) },
        }),
    };

    /// <summary>
    /// Gets the register of <see cref="With"/> kept as both records: the controller's, then the processor's as a part of
    /// its own, whose processor is the controller.
    /// </summary>
    public static Register WithBothRecords(string text)
    {
        var register = With(text);
        return register with
        {
            Info = register.Info with { Role = RegisterRole.ControllerAndProcessor },
            Security = ProcessorSecurity(text),
            ProcessorRecord = ProcessorRecord(text, processor: null),
        };
    }

    public static Register With(string text) => new()
    {
        Info = new RegisterInfo { Language = RegisterLanguage.English, Title = text, Scope = text, PolicyVersion = text, PolicyDate = new DateOnly(2026, 3, 1) },
        Controllers =
        [
            new Controller
            {
                Contact = Contact(text),
                DataProtectionOfficer = new Designation { IsDesignated = true, Contact = Contact(text) },
                Representative = new Designation { IsDesignated = false, Note = text },
                JointControllers = [new JointController { Contact = Contact(text), Arrangement = text }],
            },
        ],
        DataSubjectCategories = [new DataSubjectCategory { Id = "subjects", Name = text, Description = text }],
        DataCategories =
        [
            new DataCategory { Id = "special", Name = text, Description = text, SpecialCategory = SpecialCategory.Health },
            new DataCategory { Id = "criminal", Name = text, Description = text, IsCriminalOffenceData = true },
            new DataCategory { Id = "national", Name = text, NationalIdentifier = new NationalIdentifier { Name = text, Law = text } },
        ],
        Processors = [new Processor { Id = "processor", Name = text, Service = text, Location = Location(text), ProcessingAgreement = new ProcessingAgreement { IsInPlace = true, Reference = text } }],
        Recipients =
        [
            new Recipient { Id = "recipient", Name = text, Kind = RecipientKind.ThirdParty, Description = text, Location = Location(text) },
            new Recipient
            {
                Id = "chain-partner",
                Name = text,
                Kind = RecipientKind.PublicAuthority,
                IsChainPartner = true,
                Covenant = new Covenant { Name = text, Reference = text, Date = new DateOnly(2024, 3, 1) },
            },
        ],
        Security = new SecurityPolicy { Statement = text, Measures = [Measure(text)] },
        Activities = [Activity("first", text), Activity("second", text)],
        Transfers = [Transfer(text)],
        RetentionPolicy = new RetentionPolicy { Principle = text, Criteria = [text], Rules = [Rule(text)], Exceptions = [text] },
        DataSubjectRights = new DataSubjectRightsPolicy
        {
            Rights = [new DataSubjectRight { Kind = DataSubjectRightKind.Access, Description = text }],
            ResponseDeadline = new IsoPeriod(0, 1, 0, 0),
            ResponseDeadlineDescription = text,
            Channels = [new ContactChannel { Kind = ChannelKind.Email, Contact = text }, new ContactChannel { Kind = ChannelKind.Phone, Contact = text, IsAvailable = false }],
            ConsentWithdrawal = text,
            Complaints = new ComplaintsProcedure
            {
                Description = text,
                Channels = [new ContactChannel { Kind = ChannelKind.Post, Contact = text }],
                ResponseDeadline = new IsoPeriod(0, 0, 4, 0),
                SupervisoryAuthority = text,
            },
        },
        Children = new ChildrenPolicy { AgeOfConsent = 16, Description = text },
        Cookies = new CookiePolicy { IsUsed = true, Description = text, Cookies = [new Cookie { Name = text, Purpose = text, Retention = text }] },
        Departments = [new Department { Id = "department", Name = text, Description = text }],
        Tasks = [new OrganisationTask { Id = "task", Name = text, Department = "department", Description = text }],
        JointControllerArrangements =
        [
            new JointControllerArrangement
            {
                Id = "arrangement",
                Name = text,
                Parties = [new ArrangementParty { Contact = Contact(text), Responsibilities = text }],
                Reference = text,
                Date = new DateOnly(2024, 3, 1),
                Essence = text,
            },
        ],
    };

    private static SecurityMeasure Measure(string text) =>
        new() { Id = "measure", Kind = SecurityMeasureKind.Technical, Description = text, Objectives = [SecurityObjective.Encryption] };

    // The processor's record names one measure for all its processing and its category one of its own.
    private static SecurityPolicy ProcessorSecurity(string text) => new()
    {
        Statement = text,
        Measures = [Measure(text), new SecurityMeasure { Id = "category-measure", Kind = SecurityMeasureKind.Organisational, Description = text }],
    };

    private static ProcessorRecord ProcessorRecord(string text, ProcessorOrganisation? processor) => new()
    {
        Processor = processor,
        Clients =
        [
            new Client
            {
                Id = "client",
                Contact = Contact(text),
                Representative = new Designation { IsDesignated = false, Note = text },
                DataProtectionOfficer = new Designation { IsDesignated = true, Contact = Contact(text) },
                ProcessingAgreement = new ClientAgreement
                {
                    IsInPlace = true,
                    Reference = text,
                    Date = new DateOnly(2024, 3, 1),
                    SubProcessorAuthorisation = SubProcessorAuthorisation.Specific,
                    AuthorisedSubProcessors = ["sub-processor"],
                },
                Processing =
                [
                    new ProcessingCategory
                    {
                        Name = text,
                        Description = text,
                        DataSubjects = [text, text],
                        DataCategories = [text],
                        SubProcessors = ["sub-processor"],
                        SecurityMeasures = ["category-measure"],
                        Purposes = [text],
                    },
                ],
            },
        ],
        SubProcessors =
        [
            new SubProcessor
            {
                Id = "sub-processor",
                Name = text,
                Service = text,
                Location = Location(text),
                ProcessingAgreement = new ProcessingAgreement { IsInPlace = true, Reference = text, Date = new DateOnly(2024, 3, 1) },
            },
        ],
        Transfers = [Transfer(text) with { Recipient = "sub-processor" }],
        SecurityMeasures = ["measure"],
    };

    private static ProcessingActivity Activity(string id, string text) => new()
    {
        Id = id,
        Name = text,
        Description = text,
        Purposes = [text, text],
        DataSubjects = ["subjects"],
        DataCategories = ["special", "criminal"],
        Sources = [new DataSource { Description = text, Kind = SourceKind.Other }],
        LegalBases =
        [
            new LegalGround { Basis = LegalBasis.LegitimateInterests, Description = text, Purposes = [text], Interests = [text], AssessmentReference = text },
            new LegalGround { Basis = LegalBasis.Consent, Description = text, Withdrawal = text, ConsentRecord = text },
            new LegalGround { Basis = LegalBasis.LegalObligation, Description = text, Law = text },
        ],
        SpecialCategoryConditions = [new SpecialCategoryCondition { Condition = Article9Condition.ExplicitConsent, Description = text, Law = text }],
        CriminalOffenceGround = new CriminalOffenceGround { Description = text, Law = text },
        Recipients = ["processor", "recipient"],
        Transfers = [Transfer(text)],
        Retention = [Rule(text)],
        SecurityMeasures = ["measure"],
        Dpia = new ImpactAssessment { Status = DpiaStatus.Completed, Reference = text, Description = text },
        FurtherProcessing = [new FurtherProcessing { Purpose = text, CompatibilityAssessment = text, Law = text, IsBasedOnConsent = true }],
        Department = "department",
        Task = "task",
        Operations = [new ProcessingOperation { Name = text, Description = text }],
        JointControllerArrangements = ["arrangement"],
    };

    private static ContactDetails Contact(string text) => new()
    {
        Name = text,
        Address = new PostalAddress { Street = text, PostalCode = text, City = text, Country = text },
        Email = text,
        Phone = text,
        Website = text,
    };

    private static Location Location(string text) => new() { Description = text, IsWithinEea = false, Countries = [text] };

    private static Transfer Transfer(string text) => new()
    {
        Country = text,
        Recipient = "processor",
        Description = text,
        Safeguards = [new Safeguard { Type = SafeguardType.Derogation, Derogation = Article49Derogation.ExplicitConsent, Description = text, Reference = text }],
        Frequency = TransferFrequency.Occasional,
        ImpactAssessmentReference = text,
    };

    private static RetentionRule Rule(string text) => new()
    {
        Description = text,
        Period = new IsoPeriod(7, 0, 0, 0),
        From = text,
        DataCategories = ["special"],
        Law = text,
        SelectionList = new SelectionList { Name = text, Category = text },
        ArchiveTransferAfter = new IsoPeriod(20, 0, 0, 0),
        RecordTypes = [text],
    };
}
