using Binatic.ProcessingRegister.Model;
using CsCheck;

namespace Binatic.ProcessingRegister.Tests.Generation;

// The part of the generator that needs CsCheck: registers of every shape, for property-based tests.
internal static partial class RegisterGenerator
{
    private static readonly string[] TextPieces =
    [
        "a", "Z", "7", " ", "\"", "'", "\\", "/", "\n", "\r\n", "\r", "\t", "#", "# not a comment", ": ", ":", "- ", "? ",
        "{", "}", "[", "]", ",", "&anchor", "*alias", "!tag", "|", ">", "%", "@", "`", "yes", "no", "null", "~", "0x1F",
        "2021-10-26", "ë", "ß", "€", "中文", "😀", "\u00A0", "\u0085", "\u2028", "\u2029", "\uFEFF", "\u0001", "<b>",
        "&amp;", "[link](https://example.nl)", "\\u0041",
    ];

    private static Gen<string> Text { get; } = Gen.OneOf(TextPieces).Array[1, 6].Select(string.Concat);

    private static Gen<string> Letters { get; } = Gen.String[Gen.Char['a', 'z'], 1, 8];

    private static Gen<string> Email { get; } = from local in Letters from domain in Letters select $"{local}@{domain}.nl";

    private static Gen<string> Country { get; } = Gen.String[Gen.Char['A', 'Z'], 2, 2];

    private static Gen<DateOnly> Date { get; } = Gen.DateOnly[new DateOnly(2000, 1, 1), new DateOnly(2040, 12, 31)];

    private static Gen<IsoPeriod> Period { get; } =
        Gen.Select(Gen.Int[0, 20], Gen.Int[0, 24], Gen.Int[0, 8], Gen.Int[0, 60], (y, m, w, d) => new IsoPeriod(y, m, w, d));

    private static Gen<RegisterInfo> Info { get; } =
        from language in Gen.Enum<RegisterLanguage>()
        from title in Optional(Text)
        from scope in Optional(Text)
        from policyVersion in Optional(Text)
        from policyDate in Gen.Nullable(Date)
        from lastReviewed in Gen.Nullable(Date)
        from nextReview in Gen.Nullable(Date)
        from exemption in Gen.Bool
        select new RegisterInfo
        {
            Language = language,
            Title = title,
            Scope = scope,
            PolicyVersion = policyVersion,
            PolicyDate = policyDate,
            LastReviewed = lastReviewed,
            NextReview = nextReview,
            ClaimsSmallOrganisationExemption = exemption,
        };

    private static Gen<PostalAddress> Address { get; } =
        from street in Text
        from postalCode in Optional(Text)
        from city in Text
        from country in Optional(Country)
        select new PostalAddress { Street = street, PostalCode = postalCode, City = city, Country = country };

    private static Gen<ContactDetails> Contact { get; } =
        from name in Text
        from address in Optional(Address)
        from email in Optional(Email)
        from phone in Optional(Text)
        from website in Optional(Text)
        select new ContactDetails { Name = name, Address = address, Email = email, Phone = phone, Website = website };

    private static Gen<Designation> Designation { get; } = Gen.OneOf(
        Contact.Select(contact => new Designation { IsDesignated = true, Contact = contact }),
        Optional(Text).Select(note => new Designation { IsDesignated = false, Note = note }));

    private static Gen<Controller> Controller { get; } =
        from contact in Contact
        from representative in Optional(Designation)
        from officer in Optional(Designation)
        from jointControllers in Gen.Select(Contact, Optional(Text), (c, a) => new JointController { Contact = c, Arrangement = a }).Array[0, 2]
        from publicAuthority in Gen.Bool
        select new Controller
        {
            Contact = contact,
            Representative = representative,
            DataProtectionOfficer = officer,
            JointControllers = [.. jointControllers],
            IsPublicAuthority = publicAuthority,
        };

    private static Gen<DataSubjectCategory> DataSubjectCategory { get; } =
        Gen.Select(Text, Optional(Text), (name, description) => new DataSubjectCategory { Id = "-", Name = name, Description = description });

    private static Gen<DataCategory> DataCategory { get; } =
        from name in Text
        from description in Optional(Text)
        from special in Gen.Nullable(Gen.Enum<SpecialCategory>())
        from criminal in Gen.Bool
        from nationalIdentifier in Optional(Gen.Select(Optional(Text), Optional(Text), (n, l) => new NationalIdentifier { Name = n, Law = l }))
        select new DataCategory { Id = "-", Name = name, Description = description, SpecialCategory = special, IsCriminalOffenceData = criminal, NationalIdentifier = nationalIdentifier };

    // The schema asks a location for at least one property.
    private static Gen<Location> Location { get; } =
        (from description in Optional(Text)
         from withinEea in Gen.Nullable(Gen.Bool)
         from countries in Country.ArrayUnique[0, 3]
         select new Location { Description = description, IsWithinEea = withinEea, Countries = [.. countries] })
        .Where(l => l.Description is not null || l.IsWithinEea is not null || l.Countries.Count > 0);

    private static Gen<Processor> Processor { get; } =
        from name in Text
        from service in Text
        from location in Optional(Location)
        from agreement in Optional(
            from inPlace in Gen.Bool
            from reference in Optional(Text)
            from date in Gen.Nullable(Date)
            select new ProcessingAgreement { IsInPlace = inPlace, Reference = reference, Date = date })
        from dpf in Gen.Bool
        select new Processor { Id = "-", Name = name, Service = service, Location = location, ProcessingAgreement = agreement, IsDpfCertified = dpf };

    private static Gen<Covenant> Covenant { get; } =
        Gen.Select(Text, Optional(Text), Gen.Nullable(Date), (name, reference, date) => new Covenant { Name = name, Reference = reference, Date = date });

    private static Gen<Recipient> Recipient { get; } =
        from name in Text
        from kind in Gen.Enum<RecipientKind>()
        from role in Gen.Nullable(Gen.Enum<RecipientRole>())
        from description in Optional(Text)
        from location in Optional(Location)
        from dpf in Gen.Bool
        from chainPartner in Gen.Bool
        from covenant in Optional(Covenant)
        select new Recipient { Id = "-", Name = name, Kind = kind, Role = role, Description = description, Location = location, IsDpfCertified = dpf, IsChainPartner = chainPartner, Covenant = covenant };

    private static Gen<FurtherProcessing> FurtherProcessing { get; } =
        from purpose in Text
        from assessment in Optional(Text)
        from law in Optional(Text)
        from consent in Gen.Bool
        select new FurtherProcessing { Purpose = purpose, CompatibilityAssessment = assessment, Law = law, IsBasedOnConsent = consent };

    private static Gen<SecurityPolicy> Security { get; } =
        from statement in Optional(Text)
        from measures in Catalogue(
            from kind in Gen.Enum<SecurityMeasureKind>()
            from description in Text
            from objectives in Gen.Enum<SecurityObjective>().ArrayUnique[0, 3]
            select new SecurityMeasure { Id = "-", Kind = kind, Description = description, Objectives = [.. objectives] },
            (m, id) => m with { Id = id },
            "measure",
            3)
        select new SecurityPolicy { Statement = statement, Measures = [.. measures] };

    private static Gen<Safeguard> Safeguard { get; } =
        from type in Gen.Enum<SafeguardType>()
        from derogation in Gen.Enum<Article49Derogation>()
        from description in Optional(Text)
        from reference in Optional(Text)
        select new Safeguard
        {
            Type = type,
            Derogation = type == SafeguardType.Derogation ? derogation : null,
            Description = description,
            Reference = reference,
        };

    private static Gen<Acceptance> Acceptance { get; } =
        Gen.Select(Gen.Int[0, 999], Optional(Text), (number, reason) => new Acceptance { Rule = $"RPR{number:000}", Reason = reason });

    private static Gen<ContactChannel> Channel { get; } =
        Gen.Select(Gen.Enum<ChannelKind>(), Optional(Text), Gen.Bool, (kind, contact, available) => new ContactChannel { Kind = kind, Contact = contact, IsAvailable = available });

    private static Gen<DataSubjectRightsPolicy> DataSubjectRights(string[] activities) =>
        from rights in Gen.Select(
            Gen.Enum<DataSubjectRightKind>(),
            Optional(Text),
            Subset(activities),
            (kind, description, applies) => new DataSubjectRight { Kind = kind, Description = description, Activities = applies }).Array[0, 3]
        from deadline in Gen.Nullable(Period)
        from deadlineDescription in Optional(Text)
        from channels in Channel.Array[0, 3]
        from withdrawal in Optional(Text)
        from complaints in Optional(
            from description in Optional(Text)
            from complaintChannels in Channel.Array[0, 2]
            from complaintDeadline in Gen.Nullable(Period)
            from authority in Optional(Text)
            select new ComplaintsProcedure { Description = description, Channels = [.. complaintChannels], ResponseDeadline = complaintDeadline, SupervisoryAuthority = authority })
        select new DataSubjectRightsPolicy
        {
            Rights = [.. rights],
            ResponseDeadline = deadline,
            ResponseDeadlineDescription = deadlineDescription,
            Channels = [.. channels],
            ConsentWithdrawal = withdrawal,
            Complaints = complaints,
        };

    private static Gen<ChildrenPolicy> Children { get; } =
        Gen.Select(Gen.Int[1, 18], Optional(Text), (age, description) => new ChildrenPolicy { AgeOfConsent = age, Description = description });

    private static Gen<CookiePolicy> Cookies { get; } =
        from used in Gen.Bool
        from description in Optional(Text)
        from cookies in Gen.Select(Text, Text, Optional(Text), (name, purpose, retention) => new Cookie { Name = name, Purpose = purpose, Retention = retention }).Array[0, 2]
        select new CookiePolicy { IsUsed = used, Description = description, Cookies = [.. cookies] };

    // Each basis carries only the details its branch of the schema allows.
    private static Gen<LegalGround> LegalGround { get; } =
        from basis in Gen.Enum<LegalBasis>()
        from description in Optional(Text)
        from purposes in Text.ArrayUnique[0, 2]
        from interests in Text.Array[1, 2]
        from assessment in Optional(Text)
        from law in Optional(Text)
        from withdrawal in Optional(Text)
        from consentRecord in Optional(Text)
        select new LegalGround
        {
            Basis = basis,
            Description = description,
            Purposes = [.. purposes],
            Interests = basis == LegalBasis.LegitimateInterests ? [.. interests] : default,
            AssessmentReference = basis == LegalBasis.LegitimateInterests ? assessment : null,
            Law = basis is LegalBasis.LegalObligation or LegalBasis.PublicTask ? law : null,
            Withdrawal = basis == LegalBasis.Consent ? withdrawal : null,
            ConsentRecord = basis == LegalBasis.Consent ? consentRecord : null,
        };

    /// <summary>
    /// Gets registers that the loader could have produced: valid for the schema, every reference naming an entry
    /// that exists, and no value the binder would never set (such as a note on a designated officer); a controller's
    /// record, a processor's (Art. 30(2)) or both, as <see cref="RegisterInfo.Role"/> says. Text mixes
    /// letters with what is hard to carry through JSON and YAML: quotes, backslashes, line breaks, <c>#</c>,
    /// <c>:</c>, non-ASCII letters, emoji and characters that YAML 1.1 took for line breaks.
    /// </summary>
    /// <remarks>
    /// Declared after the generators it uses, because static initialisers run in the order they are written (within
    /// this file; the other part of the class shares none of them).
    /// </remarks>
    public static Gen<Register> Arbitrary { get; } =
        from info in Info
        from controller in Controller
        from dataSubjectCategories in Catalogue(DataSubjectCategory, (c, id) => c with { Id = id }, "subjects", 3)
        from dataCategories in Catalogue(DataCategory, (c, id) => c with { Id = id }, "data", 4)
        from processors in Catalogue(Processor, (p, id) => p with { Id = id }, "processor", 2)
        from recipients in Catalogue(Recipient, (r, id) => r with { Id = id }, "recipient", 2)
        from recipientCategories in Subset([.. dataCategories.Select(c => c.Id)]).Array[recipients.Length]
        from security in Optional(Security)
        let parties = processors.Select(p => p.Id).Concat(recipients.Select(r => r.Id)).ToArray()
        let catalogues = new Catalogues(
            [.. dataSubjectCategories.Select(c => c.Id)],
            [.. dataCategories.Select(c => c.Id)],
            parties,
            [.. (security?.Measures ?? default).Select(m => m.Id)],
            [.. dataCategories.Where(c => c.SpecialCategory is not null).Select(c => c.Id)])
        from activities in Activity(catalogues).Array[1, 3]
        from transfers in Transfer(parties).Array[0, 2]
        from retentionPolicy in Optional(RetentionPolicy(catalogues.DataCategories))
        from dataSubjectRights in Optional(DataSubjectRights([.. activities.Select((_, i) => $"activity-{i}")]))
        from accepted in Acceptance.Array[0, 2]
        from children in Optional(Children)
        from cookies in Optional(Cookies)
        from organisation in OrganisationOf(controller, activities.Length)
        from role in Gen.Enum<RegisterRole>()
        from processorRecord in ProcessorRecordOf(catalogues.SecurityMeasures)
        select WithRole(role, processorRecord, new Register
        {
            Info = info,
            Controllers = organisation.Controllers,
            DataSubjectCategories = [.. dataSubjectCategories],
            DataCategories = [.. dataCategories],
            Processors = [.. processors],
            Recipients = [.. recipients.Select((r, i) => r with { DataCategories = recipientCategories[i] })],
            Security = security,
            Activities = [.. activities.Select((activity, i) => organisation.Apply(activity with { Id = $"activity-{i}" }, i))],
            Transfers = [.. transfers],
            RetentionPolicy = retentionPolicy,
            DataSubjectRights = dataSubjectRights,
            Children = children,
            Cookies = cookies,
            Accepted = [.. accepted],
            Departments = organisation.Departments,
            Tasks = organisation.Tasks,
            JointControllerArrangements = organisation.Arrangements,
        });

    private static Gen<ProcessingActivity> Activity(Catalogues catalogues) =>
        from name in Text
        from description in Optional(Text)
        from purposes in Text.Array[0, 3]
        from dataSubjects in Subset(catalogues.DataSubjects)
        from dataCategories in Subset(catalogues.DataCategories)
        from sources in Gen.Select(Text, Gen.Nullable(Gen.Enum<SourceKind>()), (d, k) => new DataSource { Description = d, Kind = k }).Array[0, 2]
        from legalBases in LegalGround.Array[0, 3]
        from conditions in Gen.Select(
            Gen.Enum<Article9Condition>(),
            Optional(Text),
            Optional(Text),
            Subset([.. dataCategories.Where(catalogues.SpecialDataCategories.Contains)]),
            (c, d, l, covered) => new SpecialCategoryCondition { Condition = c, Description = d, Law = l, DataCategories = covered }).Array[0, 2]
        from criminal in Optional(Gen.Select(Text, Optional(Text), (d, l) => new CriminalOffenceGround { Description = d, Law = l }))
        from recipientsStated in Gen.Bool
        from recipients in Subset(catalogues.Parties)
        from transfers in Transfer(catalogues.Parties).Array[0, 2]
        from retention in RetentionRule(catalogues.DataCategories).Array[0, 2]
        from measures in Subset(catalogues.SecurityMeasures)
        from dpia in Optional(Gen.Select(Gen.Enum<DpiaStatus>(), Optional(Text), Optional(Text), (s, r, d) => new ImpactAssessment { Status = s, Reference = r, Description = d }))
        from accepted in Acceptance.Array[0, 2]
        from furtherProcessing in FurtherProcessing.Array[0, 2]
        from noTransfers in Gen.Bool
        select new ProcessingActivity
        {
            Id = "-",
            Name = name,
            Description = description,
            Purposes = [.. purposes],
            DataSubjects = dataSubjects,
            DataCategories = dataCategories,
            Sources = [.. sources],
            LegalBases = [.. legalBases],
            SpecialCategoryConditions = [.. conditions],
            CriminalOffenceGround = criminal,
            Recipients = recipientsStated ? recipients : null,
            Transfers = [.. transfers],
            Retention = [.. retention],
            SecurityMeasures = measures,
            Dpia = dpia,
            Accepted = [.. accepted],
            FurtherProcessing = [.. furtherProcessing],

            // Saying there are no transfers and listing some is an error (RPR134), which the loader never produces.
            HasNoTransfers = noTransfers && transfers.Length == 0,
        };

    private static Gen<Transfer> Transfer(string[] parties) =>
        from country in Country
        from recipient in parties.Length == 0 ? Gen.Const((string?)null) : Optional(Gen.OneOf(parties))
        from description in Optional(Text)
        from safeguards in Safeguard.Array[1, 2]
        from frequency in Gen.Nullable(Gen.Enum<TransferFrequency>())
        from assessment in Optional(Text)
        select new Transfer
        {
            Country = country,
            Recipient = recipient,
            Description = description,
            Safeguards = [.. safeguards],
            Frequency = frequency,
            ImpactAssessmentReference = assessment,
        };

    // The schema asks a retention rule for at least one property.
    private static Gen<RetentionRule> RetentionRule(string[] dataCategories) =>
        (from description in Optional(Text)
         from period in Gen.Nullable(Period)
         from start in Optional(Text)
         from categories in Subset(dataCategories)
         from law in Optional(Text)
         from permanent in Gen.Bool
         from selectionList in Optional(Gen.Select(Text, Optional(Text), (name, category) => new SelectionList { Name = name, Category = category }))
         from archiveTransferAfter in Gen.Nullable(Period)
         from recordTypes in Text.ArrayUnique[0, 2]
         select new RetentionRule
         {
             Description = description,
             Period = period,
             From = start,
             DataCategories = categories,
             Law = law,

             // A permanent rule with a period is an error (RPR135), which the loader never produces.
             IsPermanent = permanent && period is null,
             SelectionList = selectionList,
             ArchiveTransferAfter = archiveTransferAfter,
             RecordTypes = [.. recordTypes],
         })
        .Where(r => r.Description is not null || r.Period is not null || r.From is not null || r.DataCategories.Count > 0 || r.Law is not null
            || r.IsPermanent || r.SelectionList is not null || r.ArchiveTransferAfter is not null || r.RecordTypes.Count > 0);

    private static Gen<RetentionPolicy> RetentionPolicy(string[] dataCategories) =>
        from principle in Optional(Text)
        from criteria in Text.Array[0, 2]
        from rules in RetentionRule(dataCategories).Array[0, 2]
        from exceptions in Text.Array[0, 2]
        select new RetentionPolicy { Principle = principle, Criteria = [.. criteria], Rules = [.. rules], Exceptions = [.. exceptions] };

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : class => Gen.Bool.SelectMany(present => present ? gen.Select(value => (T?)value) : Gen.Const((T?)null));

    private static Gen<ValueArray<string>> Subset(string[] ids) =>
        Gen.Bool.Array[ids.Length].Select(keep => new ValueArray<string>(ids.Where((_, i) => keep[i])));

    /// <summary>Entries of a catalogue, with ids that are unique because they end in the entry's position.</summary>
    private static Gen<T[]> Catalogue<T>(Gen<T> entry, Func<T, string, T> withId, string kind, int max) =>
        from entries in entry.Array[0, max]
        from prefixes in Letters.Array[entries.Length]
        select entries.Select((e, i) => withId(e, $"{prefixes[i]}-{kind}-{i}")).ToArray();

    private sealed record Catalogues(string[] DataSubjects, string[] DataCategories, string[] Parties, string[] SecurityMeasures, string[] SpecialDataCategories);
}
