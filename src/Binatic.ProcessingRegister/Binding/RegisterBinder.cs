using System.Collections.Immutable;
using System.Globalization;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Parsing;

namespace Binatic.ProcessingRegister.Binding;

/// <summary>
/// Builds the typed model from a document tree that has passed schema validation. It trusts the schema for shape
/// and types, so a tree that was not validated is a programmer error, not bad input.
/// </summary>
internal static class RegisterBinder
{
    public static Register Bind(DocumentNode root) => new()
    {
        Info = BindInfo(Object(root, "register") ?? throw NotValidated("register")),
        Controllers = BindControllers(root),
        DataSubjectCategories = List(root, "dataSubjectCategories", o => new DataSubjectCategory
        {
            Id = Required(o, "id"),
            Name = Required(o, "name"),
            Description = Text(o, "description"),
        }),
        DataCategories = List(root, "dataCategories", o => new DataCategory
        {
            Id = Required(o, "id"),
            Name = Required(o, "name"),
            Description = Text(o, "description"),
            SpecialCategory = Enum<SpecialCategory>(o, "specialCategory"),
            IsCriminalOffenceData = Flag(o, "criminalOffenceData") ?? false,
            NationalIdentifier = Optional(o, "nationalIdentifier", n => new NationalIdentifier { Name = Text(n, "name"), Law = Text(n, "law") }),
        }),
        Processors = List(root, "processors", o => new Processor
        {
            Id = Required(o, "id"),
            Name = Required(o, "name"),
            Service = Text(o, "service"),
            Location = Optional(o, "location", BindLocation),
            ProcessingAgreement = Optional(o, "processingAgreement", BindProcessingAgreement),
            IsDpfCertified = Flag(o, "dpfCertified") ?? false,
        }),
        Recipients = List(root, "recipients", o => new Recipient
        {
            Id = Required(o, "id"),
            Name = Required(o, "name"),
            Kind = Enum<RecipientKind>(o, "kind"),
            Role = Enum<RecipientRole>(o, "role"),
            Description = Text(o, "description"),
            Location = Optional(o, "location", BindLocation),
            IsDpfCertified = Flag(o, "dpfCertified") ?? false,
            IsChainPartner = Flag(o, "chainPartner") ?? false,
            Covenant = Optional(o, "covenant", c => new Covenant { Name = Required(c, "name"), Reference = Text(c, "reference"), Date = Date(c, "date") }),
            DataCategories = Texts(o, "dataCategories"),
        }),
        Security = Optional(root, "security", o => new SecurityPolicy
        {
            Statement = Text(o, "statement"),
            Measures = List(o, "measures", m => new SecurityMeasure
            {
                Id = Required(m, "id"),
                Kind = Enum<SecurityMeasureKind>(m, "kind"),
                Description = Required(m, "description"),
                Objectives = EnumList<SecurityObjective>(m, "objectives"),
            }),
        }),
        Activities = List(root, "activities", BindActivity),
        Transfers = List(root, "transfers", BindTransfer),
        RetentionPolicy = Optional(root, "retentionPolicy", o => new RetentionPolicy
        {
            Principle = Text(o, "principle"),
            Criteria = Texts(o, "criteria"),
            Rules = List(o, "rules", BindRetentionRule),
            Exceptions = Texts(o, "exceptions"),
        }),
        DataSubjectRights = Optional(root, "dataSubjectRights", o => new DataSubjectRightsPolicy
        {
            Rights = List(o, "rights", r => new DataSubjectRight
            {
                Kind = RequiredEnum<DataSubjectRightKind>(r, "right"),
                Description = Text(r, "description"),
                Activities = Texts(r, "activities"),
            }),
            ResponseDeadline = Period(o, "responseDeadline"),
            ResponseDeadlineDescription = Text(o, "responseDeadlineDescription"),
            Channels = List(o, "channels", BindChannel),
            ConsentWithdrawal = Text(o, "consentWithdrawal"),
            Complaints = Optional(o, "complaints", c => new ComplaintsProcedure
            {
                Description = Text(c, "description"),
                Channels = List(c, "channels", BindChannel),
                ResponseDeadline = Period(c, "responseDeadline"),
                SupervisoryAuthority = Text(c, "supervisoryAuthority"),
            }),
        }),
        Children = Optional(root, "children", o => new ChildrenPolicy
        {
            AgeOfConsent = (int)(o["ageOfConsent"] ?? throw NotValidated("ageOfConsent")).Integer,
            Description = Text(o, "description"),
        }),
        Cookies = Optional(root, "cookies", o => new CookiePolicy
        {
            IsUsed = Flag(o, "used") ?? false,
            Description = Text(o, "description"),
            Cookies = List(o, "cookies", c => new Cookie
            {
                Name = Required(c, "name"),
                Purpose = Required(c, "purpose"),
                Retention = Text(c, "retention"),
            }),
        }),
        Accepted = List(root, "accepted", BindAcceptance),
        Departments = List(root, "departments", BindDepartment),
        Tasks = List(root, "tasks", BindTask),
        JointControllerArrangements = List(root, "jointControllerArrangements", BindArrangement),
        ProcessorRecord = Optional(root, "processorRecord", BindProcessorRecord),
    };

    private static ProcessorRecord BindProcessorRecord(DocumentNode o) => new()
    {
        Processor = Optional(o, "processor", p => new ProcessorOrganisation
        {
            Contact = BindContact(p),
            Representative = Optional(p, "representative", BindDesignation),
            DataProtectionOfficer = Optional(p, "dataProtectionOfficer", BindDesignation),
        }),
        Clients = List(o, "clients", c => new Client
        {
            Id = Required(c, "id"),
            Contact = BindContact(c),
            Representative = Optional(c, "representative", BindDesignation),
            DataProtectionOfficer = Optional(c, "dataProtectionOfficer", BindDesignation),
            ProcessingAgreement = Optional(c, "processingAgreement", a => new ClientAgreement
            {
                IsInPlace = Flag(a, "inPlace") ?? false,
                Reference = Text(a, "reference"),
                Date = Date(a, "date"),
                SubProcessorAuthorisation = Enum<SubProcessorAuthorisation>(a, "subProcessorAuthorisation"),
                AuthorisedSubProcessors = Texts(a, "authorisedSubProcessors"),
            }),
            Processing = List(c, "processing", p => new ProcessingCategory
            {
                Name = Required(p, "name"),
                Description = Text(p, "description"),
                DataSubjects = Texts(p, "dataSubjects"),
                DataCategories = Texts(p, "dataCategories"),
                SubProcessors = Texts(p, "subProcessors"),
                SecurityMeasures = Texts(p, "securityMeasures"),
                Purposes = Texts(p, "purposes"),
            }),
            ControllerRecord = Optional(c, "controllerRecord", r => new ControllerRecordLink
            {
                File = Required(r, "file"),
                Processor = Required(r, "processor"),
            }),
        }),
        SubProcessors = List(o, "subProcessors", p => new SubProcessor
        {
            Id = Required(p, "id"),
            Name = Required(p, "name"),
            Service = Required(p, "service"),
            Location = Optional(p, "location", BindLocation),
            ProcessingAgreement = Optional(p, "processingAgreement", BindProcessingAgreement),
            IsDpfCertified = Flag(p, "dpfCertified") ?? false,
        }),
        Transfers = List(o, "transfers", BindTransfer),
        SecurityMeasures = Texts(o, "securityMeasures"),
    };

    private static ProcessingAgreement BindProcessingAgreement(DocumentNode a) => new()
    {
        IsInPlace = Flag(a, "inPlace") ?? false,
        Reference = Text(a, "reference"),
        Date = Date(a, "date"),
    };

    private static RegisterInfo BindInfo(DocumentNode o) => new()
    {
        Language = RequiredEnum<RegisterLanguage>(o, "language"),
        Title = Text(o, "title"),
        Scope = Text(o, "scope"),
        PolicyVersion = Text(o, "policyVersion"),
        PolicyDate = Date(o, "policyDate"),
        LastReviewed = Date(o, "lastReviewed"),
        NextReview = Date(o, "nextReview"),
        ClaimsSmallOrganisationExemption = Flag(o, "smallOrganisationExemption") ?? false,
        Role = Enum<RegisterRole>(o, "role") ?? RegisterRole.Controller,
    };

    /// <summary>
    /// Binds <c>controller</c> and <c>controllers</c> into one list. The schema allows both and neither, so that the
    /// reference check can say what to write instead; a register that has both keeps both here, the single one first.
    /// </summary>
    private static ValueArray<Controller> BindControllers(DocumentNode root) =>
        Object(root, "controller") is { } single
            ? [BindController(single), .. List(root, "controllers", BindListedController)]
            : List(root, "controllers", BindListedController);

    private static Controller BindListedController(DocumentNode o) => BindController(o) with { Id = Required(o, "id") };

    private static Department BindDepartment(DocumentNode o) => new()
    {
        Id = Required(o, "id"),
        Name = Required(o, "name"),
        Description = Text(o, "description"),
    };

    private static OrganisationTask BindTask(DocumentNode o) => new()
    {
        Id = Required(o, "id"),
        Name = Required(o, "name"),
        Department = Text(o, "department"),
        Description = Text(o, "description"),
    };

    private static ProcessingOperation BindOperation(DocumentNode o) => new()
    {
        Name = Required(o, "name"),
        Description = Text(o, "description"),
    };

    private static JointControllerArrangement BindArrangement(DocumentNode o) => new()
    {
        Id = Required(o, "id"),
        Name = Required(o, "name"),
        Parties = List(o, "parties", p => new ArrangementParty
        {
            Contact = BindContact(p),
            Responsibilities = Text(p, "responsibilities"),
        }),
        Reference = Text(o, "reference"),
        Date = Date(o, "date"),
        Essence = Text(o, "essence"),
    };

    private static Controller BindController(DocumentNode o) => new()
    {
        Contact = BindContact(o),
        Representative = Optional(o, "representative", BindDesignation),
        DataProtectionOfficer = Optional(o, "dataProtectionOfficer", BindDesignation),
        JointControllers = List(o, "jointControllers", j => new JointController
        {
            Contact = BindContact(j),
            Arrangement = Text(j, "arrangement"),
        }),
        IsPublicAuthority = Flag(o, "publicAuthority") ?? false,
    };

    private static ContactDetails BindContact(DocumentNode o) => new()
    {
        Name = Required(o, "name"),
        Address = Optional(o, "address", a => new PostalAddress
        {
            Street = Required(a, "street"),
            PostalCode = Text(a, "postalCode"),
            City = Required(a, "city"),
            Country = Text(a, "country"),
        }),
        Email = Text(o, "email"),
        Phone = Text(o, "phone"),
        Website = Text(o, "website"),
    };

    private static Designation BindDesignation(DocumentNode o) => Flag(o, "designated") == true
        ? new Designation { IsDesignated = true, Contact = BindContact(o) }
        : new Designation { IsDesignated = false, Note = Text(o, "note") };

    private static Location BindLocation(DocumentNode o) => new()
    {
        Description = Text(o, "description"),
        IsWithinEea = Flag(o, "withinEea"),
        Countries = Texts(o, "countries"),
    };

    private static ProcessingActivity BindActivity(DocumentNode o) => new()
    {
        Id = Required(o, "id"),
        Name = Required(o, "name"),
        Description = Text(o, "description"),
        Purposes = Texts(o, "purposes"),
        DataSubjects = Texts(o, "dataSubjects"),
        DataCategories = Texts(o, "dataCategories"),
        Sources = List(o, "sources", s => new DataSource
        {
            Description = Required(s, "description"),
            Kind = Enum<SourceKind>(s, "kind"),
        }),
        LegalBases = List(o, "legalBases", b => new LegalGround
        {
            Basis = RequiredEnum<LegalBasis>(b, "basis"),
            Description = Text(b, "description"),
            Purposes = Texts(b, "purposes"),
            Interests = Texts(b, "interests"),
            AssessmentReference = Text(b, "assessmentReference"),
            Law = Text(b, "law"),
            Withdrawal = Text(b, "withdrawal"),
            ConsentRecord = Text(b, "consentRecord"),
        }),
        SpecialCategoryConditions = List(o, "specialCategoryConditions", c => new SpecialCategoryCondition
        {
            Condition = RequiredEnum<Article9Condition>(c, "condition"),
            Description = Text(c, "description"),
            Law = Text(c, "law"),
            DataCategories = Texts(c, "dataCategories"),
        }),
        CriminalOffenceGround = Optional(o, "criminalOffenceGround", g => new CriminalOffenceGround
        {
            Description = Required(g, "description"),
            Law = Text(g, "law"),
        }),
        Recipients = o["recipients"] is { Kind: NodeKind.Sequence } ? Texts(o, "recipients") : null,
        Transfers = List(o, "transfers", BindTransfer),
        Retention = List(o, "retention", BindRetentionRule),
        SecurityMeasures = Texts(o, "securityMeasures"),
        Dpia = Optional(o, "dpia", d => new ImpactAssessment
        {
            Status = RequiredEnum<DpiaStatus>(d, "status"),
            Reference = Text(d, "reference"),
            Description = Text(d, "description"),
        }),
        Accepted = List(o, "accepted", BindAcceptance),
        FurtherProcessing = List(o, "furtherProcessing", f => new FurtherProcessing
        {
            Purpose = Required(f, "purpose"),
            CompatibilityAssessment = Text(f, "compatibilityAssessment"),
            Law = Text(f, "law"),
            IsBasedOnConsent = Flag(f, "consent") ?? false,
        }),
        HasNoTransfers = Flag(o, "noTransfers") ?? false,
        Controllers = Texts(o, "controllers"),
        Department = Text(o, "department"),
        Task = Text(o, "task"),
        Operations = List(o, "operations", BindOperation),
        JointControllerArrangements = Texts(o, "jointControllerArrangements"),
    };

    private static Transfer BindTransfer(DocumentNode o) => new()
    {
        Country = Required(o, "country"),
        Recipient = Text(o, "recipient"),
        Description = Text(o, "description"),
        Safeguards = List(o, "safeguards", s => new Safeguard
        {
            Type = RequiredEnum<SafeguardType>(s, "type"),
            Derogation = Enum<Article49Derogation>(s, "derogation"),
            Description = Text(s, "description"),
            Reference = Text(s, "reference"),
        }),
        Frequency = Enum<TransferFrequency>(o, "frequency"),
        ImpactAssessmentReference = Text(o, "impactAssessmentReference"),
    };

    private static RetentionRule BindRetentionRule(DocumentNode o) => new()
    {
        Description = Text(o, "description"),
        Period = Period(o, "period"),
        From = Text(o, "from"),
        DataCategories = Texts(o, "dataCategories"),
        Law = Text(o, "law"),
        IsPermanent = Flag(o, "permanent") ?? false,
        SelectionList = Optional(o, "selectionList", l => new SelectionList { Name = Required(l, "name"), Category = Text(l, "category") }),
        ArchiveTransferAfter = Period(o, "archiveTransferAfter"),
        RecordTypes = Texts(o, "recordTypes"),
    };

    private static Acceptance BindAcceptance(DocumentNode o) => new()
    {
        Rule = Required(o, "rule"),
        Reason = Text(o, "reason"),
    };

    private static ContactChannel BindChannel(DocumentNode o) => new()
    {
        Kind = RequiredEnum<ChannelKind>(o, "kind"),
        Contact = Text(o, "contact"),
        IsAvailable = Flag(o, "available") ?? true,
    };

    private static DocumentNode? Object(DocumentNode o, string key) => o[key] is { Kind: NodeKind.Mapping } value ? value : null;

    private static string? Text(DocumentNode o, string key) => o[key] is { Kind: NodeKind.String } value ? value.Text : null;

    private static string Required(DocumentNode o, string key) => Text(o, key) ?? throw NotValidated(key);

    private static InvalidOperationException NotValidated(string key) =>
        new($"'{key}' is required by the schema but absent; bind only validated trees.");

    private static bool? Flag(DocumentNode o, string key) => o[key] is { Kind: NodeKind.Boolean } value ? value.Boolean : null;

    private static DateOnly? Date(DocumentNode o, string key) =>
        Text(o, key) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private static IsoPeriod? Period(DocumentNode o, string key) => Text(o, key) is { } text ? IsoPeriod.Parse(text) : null;

    private static TEnum? Enum<TEnum>(DocumentNode o, string key)
        where TEnum : struct, System.Enum => Text(o, key) is { } text ? WireNames.Parse<TEnum>(text) : null;

    // Not Enum(...)!.Value: reading a nullable enum's value is compiled at every start of the tool, once per enum type.
    private static TEnum RequiredEnum<TEnum>(DocumentNode o, string key)
        where TEnum : struct, System.Enum => WireNames.Parse<TEnum>(Required(o, key));

    private static T? Optional<T>(DocumentNode o, string key, Func<DocumentNode, T> bind)
        where T : class => Object(o, key) is { } value ? bind(value) : null;

    private static ValueArray<T> List<T>(DocumentNode o, string key, Func<DocumentNode, T> bind) =>
        Items(o, key, NodeKind.Mapping, bind);

    private static ValueArray<string> Texts(DocumentNode o, string key) => Items(o, key, NodeKind.String, item => item.Text!);

    private static ValueArray<TEnum> EnumList<TEnum>(DocumentNode o, string key)
        where TEnum : struct, System.Enum => Items(o, key, NodeKind.String, item => WireNames.Parse<TEnum>(item.Text!));

    /// <summary>Binds the entries of the sequence at <paramref name="key"/> that are of <paramref name="kind"/>.</summary>
    private static ValueArray<T> Items<T>(DocumentNode o, string key, NodeKind kind, Func<DocumentNode, T> bind)
    {
        if (o[key] is not { Kind: NodeKind.Sequence } sequence)
        {
            return default;
        }

        var items = ImmutableArray.CreateBuilder<T>(sequence.Count);
        foreach (var item in sequence)
        {
            if (item.Kind == kind)
            {
                items.Add(bind(item));
            }
        }

        return ValueArray<T>.FromImmutable(items.Count == items.Capacity ? items.MoveToImmutable() : items.ToImmutable());
    }
}
