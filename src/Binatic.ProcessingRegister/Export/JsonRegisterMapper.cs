using System.Globalization;
using Binatic.ProcessingRegister.Binding;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// Turns the model into the wire format of <see cref="JsonRegister"/>: the inverse of RegisterBinder, so that
/// loading the JSON back gives an equal model. Whatever the model holds is written, even what the schema would
/// refuse (such as a note on a designated officer), so that a register built in code with a mistake fails when it
/// is loaded back instead of losing data silently here.
/// </summary>
internal static class JsonRegisterMapper
{
    public static JsonRegister Map(Register register) => new()
    {
        Register = Info(register.Info),
        Controller = register.Controllers.FirstOrDefault(c => c.Id is null) is { } single ? Controller(single) : null,
        Controllers = ListedControllers(register.Controllers),
        DataSubjectCategories = CatalogueOrActivities(register, register.DataSubjectCategories, c => new JsonDataSubjectCategory
        {
            Id = c.Id,
            Name = c.Name,
            Description = c.Description,
        }),
        DataCategories = CatalogueOrActivities(register, register.DataCategories, c => new JsonDataCategory
        {
            Id = c.Id,
            Name = c.Name,
            Description = c.Description,
            SpecialCategory = Wire(c.SpecialCategory),
            CriminalOffenceData = TrueOrOmitted(c.IsCriminalOffenceData),
            NationalIdentifier = c.NationalIdentifier is { } identifier
                ? new JsonNationalIdentifier { Name = identifier.Name, Law = identifier.Law }
                : null,
        }),
        Processors = Stated(register.Processors, p => new JsonProcessor
        {
            Id = p.Id,
            Name = p.Name,
            Service = p.Service,
            Location = Location(p.Location),
            ProcessingAgreement = ProcessingAgreement(p.ProcessingAgreement),
            DpfCertified = TrueOrOmitted(p.IsDpfCertified),
        }),
        Recipients = Stated(register.Recipients, r => new JsonRecipient
        {
            Id = r.Id,
            Name = r.Name,
            Kind = Wire(r.Kind),
            Role = Wire(r.Role),
            Description = r.Description,
            Location = Location(r.Location),
            DpfCertified = TrueOrOmitted(r.IsDpfCertified),
            ChainPartner = TrueOrOmitted(r.IsChainPartner),
            Covenant = r.Covenant is { } covenant
                ? new JsonCovenant { Name = covenant.Name, Reference = covenant.Reference, Date = Date(covenant.Date) }
                : null,
            DataCategories = Stated(r.DataCategories),
        }),
        Security = register.Security is { } security
            ? new JsonSecurity
            {
                Statement = security.Statement,
                Measures = Stated(security.Measures, m => new JsonSecurityMeasure
                {
                    Id = m.Id,
                    Kind = Wire(m.Kind),
                    Description = m.Description,
                    Objectives = Stated(m.Objectives, WireNames.Format),
                }),
            }
            : null,
        Activities = CatalogueOrActivities(register, register.Activities, Activity),
        Transfers = Stated(register.Transfers, Transfer),
        RetentionPolicy = register.RetentionPolicy is { } retention
            ? new JsonRetentionPolicy
            {
                Principle = retention.Principle,
                Criteria = Stated(retention.Criteria),
                Rules = Stated(retention.Rules, RetentionRule),
                Exceptions = Stated(retention.Exceptions),
            }
            : null,
        DataSubjectRights = register.DataSubjectRights is { } rights ? DataSubjectRights(rights) : null,
        Accepted = Stated(register.Accepted, Acceptance),
        Children = register.Children is { } children
            ? new JsonChildren { AgeOfConsent = children.AgeOfConsent, Description = children.Description }
            : null,
        Cookies = register.Cookies is { } cookies
            ? new JsonCookies
            {
                Used = cookies.IsUsed,
                Description = cookies.Description,
                Cookies = Stated(cookies.Cookies, c => new JsonCookie { Name = c.Name, Purpose = c.Purpose, Retention = c.Retention }),
            }
            : null,
        Departments = Stated(register.Departments, d => new JsonDepartment { Id = d.Id, Name = d.Name, Description = d.Description }),
        Tasks = Stated(register.Tasks, t => new JsonTask { Id = t.Id, Name = t.Name, Department = t.Department, Description = t.Description }),
        JointControllerArrangements = Stated(register.JointControllerArrangements, Arrangement),
        ProcessorRecord = register.ProcessorRecord is { } record ? ProcessorRecord(record) : null,
    };

    // A controller's record requires its catalogues and activities, so they are written even when empty, as they
    // always were. A processor-only record has none of them (the loader refuses its activities), so there they are
    // written only when the model holds some, and then the loader reports them instead of this losing them.
    private static List<TJson>? CatalogueOrActivities<T, TJson>(Register register, ValueArray<T> items, Func<T, TJson> map) =>
        register.Info.IsControllerRecord ? Always(items, map) : Stated(items, map);

    private static JsonProcessorRecord ProcessorRecord(ProcessorRecord record) => new()
    {
        Processor = record.Processor is { } processor
            ? new JsonProcessorOrganisation
            {
                Name = processor.Contact.Name,
                Address = Address(processor.Contact.Address),
                Email = processor.Contact.Email,
                Phone = processor.Contact.Phone,
                Website = processor.Contact.Website,
                Representative = Designation(processor.Representative),
                DataProtectionOfficer = Designation(processor.DataProtectionOfficer),
            }
            : null,

        // The schema requires the clients, so an empty list is written for the loader to refuse.
        Clients = Always(record.Clients, Client),
        SubProcessors = Stated(record.SubProcessors, p => new JsonSubProcessor
        {
            Id = p.Id,
            Name = p.Name,
            Service = p.Service,
            Location = Location(p.Location),
            ProcessingAgreement = ProcessingAgreement(p.ProcessingAgreement),
            DpfCertified = TrueOrOmitted(p.IsDpfCertified),
        }),
        Transfers = Stated(record.Transfers, Transfer),
        SecurityMeasures = Stated(record.SecurityMeasures),
    };

    private static JsonClient Client(Client client) => new()
    {
        Id = client.Id,
        Name = client.Contact.Name,
        Address = Address(client.Contact.Address),
        Email = client.Contact.Email,
        Phone = client.Contact.Phone,
        Website = client.Contact.Website,
        Representative = Designation(client.Representative),
        DataProtectionOfficer = Designation(client.DataProtectionOfficer),
        ProcessingAgreement = client.ProcessingAgreement is { } agreement
            ? new JsonClientAgreement
            {
                InPlace = agreement.IsInPlace,
                Reference = agreement.Reference,
                Date = Date(agreement.Date),
                SubProcessorAuthorisation = Wire(agreement.SubProcessorAuthorisation),
                AuthorisedSubProcessors = Stated(agreement.AuthorisedSubProcessors),
            }
            : null,
        Processing = Stated(client.Processing, p => new JsonProcessingCategory
        {
            Name = p.Name,
            Description = p.Description,
            DataSubjects = Stated(p.DataSubjects),
            DataCategories = Stated(p.DataCategories),
            SubProcessors = Stated(p.SubProcessors),
            SecurityMeasures = Stated(p.SecurityMeasures),
            Purposes = Stated(p.Purposes),
        }),
        ControllerRecord = client.ControllerRecord is { } link
            ? new JsonControllerRecordLink { File = link.File, Processor = link.Processor }
            : null,
    };

    private static JsonProcessingAgreement? ProcessingAgreement(ProcessingAgreement? agreement) => agreement is null
        ? null
        : new JsonProcessingAgreement { InPlace = agreement.IsInPlace, Reference = agreement.Reference, Date = Date(agreement.Date) };

    // The single 'controller' has no id; those with one are the ones listed under 'controllers'.
    private static List<JsonController>? ListedControllers(ValueArray<Controller> controllers)
    {
        var listed = controllers.Where(c => c.Id is not null).Select(Controller).ToList();
        return listed.Count == 0 ? null : listed;
    }

    private static JsonJointControllerArrangement Arrangement(JointControllerArrangement arrangement) => new()
    {
        Id = arrangement.Id,
        Name = arrangement.Name,
        Parties = Always(arrangement.Parties, p => new JsonArrangementParty
        {
            Name = p.Contact.Name,
            Address = Address(p.Contact.Address),
            Email = p.Contact.Email,
            Phone = p.Contact.Phone,
            Website = p.Contact.Website,
            Responsibilities = p.Responsibilities,
        }),
        Reference = arrangement.Reference,
        Date = Date(arrangement.Date),
        Essence = arrangement.Essence,
    };

    private static JsonRegisterInfo Info(RegisterInfo info) => new()
    {
        Language = WireNames.Format(info.Language),
        Title = info.Title,
        Scope = info.Scope,
        PolicyVersion = info.PolicyVersion,
        PolicyDate = Date(info.PolicyDate),
        LastReviewed = Date(info.LastReviewed),
        NextReview = Date(info.NextReview),
        SmallOrganisationExemption = TrueOrOmitted(info.ClaimsSmallOrganisationExemption),

        // The binder reads an absent role as a controller's, so every register written before roles keeps its bytes.
        Role = info.Role == RegisterRole.Controller ? null : WireNames.Format(info.Role),
    };

    private static JsonController Controller(Controller controller) => new()
    {
        Id = controller.Id,
        Name = controller.Contact.Name,
        Address = Address(controller.Contact.Address),
        Email = controller.Contact.Email,
        Phone = controller.Contact.Phone,
        Website = controller.Contact.Website,
        PublicAuthority = TrueOrOmitted(controller.IsPublicAuthority),
        Representative = Designation(controller.Representative),
        DataProtectionOfficer = Designation(controller.DataProtectionOfficer),
        JointControllers = Stated(controller.JointControllers, j => new JsonJointController
        {
            Name = j.Contact.Name,
            Address = Address(j.Contact.Address),
            Email = j.Contact.Email,
            Phone = j.Contact.Phone,
            Website = j.Contact.Website,
            Arrangement = j.Arrangement,
        }),
    };

    private static JsonDesignation? Designation(Designation? designation) => designation is null
        ? null
        : new JsonDesignation
        {
            Designated = designation.IsDesignated,
            Name = designation.Contact?.Name,
            Address = Address(designation.Contact?.Address),
            Email = designation.Contact?.Email,
            Phone = designation.Contact?.Phone,
            Website = designation.Contact?.Website,
            Note = designation.Note,
        };

    private static JsonPostalAddress? Address(PostalAddress? address) => address is null
        ? null
        : new JsonPostalAddress { Street = address.Street, PostalCode = address.PostalCode, City = address.City, Country = address.Country };

    private static JsonLocation? Location(Location? location) => location is null
        ? null
        : new JsonLocation { Description = location.Description, WithinEea = location.IsWithinEea, Countries = Stated(location.Countries) };

    private static JsonActivity Activity(ProcessingActivity activity) => new()
    {
        Id = activity.Id,
        Name = activity.Name,
        Description = activity.Description,
        Purposes = Always(activity.Purposes),
        DataSubjects = Always(activity.DataSubjects),
        DataCategories = Always(activity.DataCategories),
        Sources = Stated(activity.Sources, s => new JsonSource { Description = s.Description, Kind = Wire(s.Kind) }),
        LegalBases = Always(activity.LegalBases, b => new JsonLegalBasis
        {
            Basis = WireNames.Format(b.Basis),
            Description = b.Description,
            Purposes = Stated(b.Purposes),
            Interests = Stated(b.Interests),
            AssessmentReference = b.AssessmentReference,
            Law = b.Law,
            Withdrawal = b.Withdrawal,
            ConsentRecord = b.ConsentRecord,
        }),
        SpecialCategoryConditions = Stated(activity.SpecialCategoryConditions, c => new JsonSpecialCategoryCondition
        {
            Condition = WireNames.Format(c.Condition),
            Description = c.Description,
            Law = c.Law,
            DataCategories = Stated(c.DataCategories),
        }),
        CriminalOffenceGround = activity.CriminalOffenceGround is { } ground
            ? new JsonCriminalOffenceGround { Description = ground.Description, Law = ground.Law }
            : null,

        // Unlike every other list, an empty one here says something: that the data goes to nobody.
        Recipients = activity.Recipients is { } recipients ? Always(recipients) : null,
        Transfers = Stated(activity.Transfers, Transfer),
        Retention = Stated(activity.Retention, RetentionRule),
        SecurityMeasures = Stated(activity.SecurityMeasures),
        Dpia = activity.Dpia is { } dpia
            ? new JsonDpia { Status = WireNames.Format(dpia.Status), Reference = dpia.Reference, Description = dpia.Description }
            : null,
        Accepted = Stated(activity.Accepted, Acceptance),
        FurtherProcessing = Stated(activity.FurtherProcessing, f => new JsonFurtherProcessing
        {
            Purpose = f.Purpose,
            CompatibilityAssessment = f.CompatibilityAssessment,
            Law = f.Law,
            Consent = TrueOrOmitted(f.IsBasedOnConsent),
        }),
        NoTransfers = TrueOrOmitted(activity.HasNoTransfers),
        Controllers = Stated(activity.Controllers),
        Department = activity.Department,
        Task = activity.Task,
        Operations = Stated(activity.Operations, o => new JsonOperation { Name = o.Name, Description = o.Description }),
        JointControllerArrangements = Stated(activity.JointControllerArrangements),
    };

    private static JsonTransfer Transfer(Transfer transfer) => new()
    {
        Country = transfer.Country,
        Recipient = transfer.Recipient,
        Description = transfer.Description,
        Safeguards = Stated(transfer.Safeguards, s => new JsonSafeguard
        {
            Type = WireNames.Format(s.Type),
            Derogation = Wire(s.Derogation),
            Description = s.Description,
            Reference = s.Reference,
        }),
        Frequency = Wire(transfer.Frequency),
        ImpactAssessmentReference = transfer.ImpactAssessmentReference,
    };

    private static JsonRetentionRule RetentionRule(RetentionRule rule) => new()
    {
        Description = rule.Description,
        Period = rule.Period?.ToString(),
        From = rule.From,
        DataCategories = Stated(rule.DataCategories),
        Law = rule.Law,
        Permanent = TrueOrOmitted(rule.IsPermanent),
        SelectionList = rule.SelectionList is { } list ? new JsonSelectionList { Name = list.Name, Category = list.Category } : null,
        ArchiveTransferAfter = rule.ArchiveTransferAfter?.ToString(),
        RecordTypes = Stated(rule.RecordTypes),
    };

    private static JsonDataSubjectRights DataSubjectRights(DataSubjectRightsPolicy rights) => new()
    {
        Rights = Stated(rights.Rights, r => new JsonRight
        {
            Right = WireNames.Format(r.Kind),
            Description = r.Description,
            Activities = Stated(r.Activities),
        }),
        ResponseDeadline = rights.ResponseDeadline?.ToString(),
        ResponseDeadlineDescription = rights.ResponseDeadlineDescription,
        Channels = Stated(rights.Channels, Channel),
        ConsentWithdrawal = rights.ConsentWithdrawal,
        Complaints = rights.Complaints is { } complaints
            ? new JsonComplaints
            {
                Description = complaints.Description,
                Channels = Stated(complaints.Channels, Channel),
                ResponseDeadline = complaints.ResponseDeadline?.ToString(),
                SupervisoryAuthority = complaints.SupervisoryAuthority,
            }
            : null,
    };

    private static JsonChannel Channel(ContactChannel channel) => new()
    {
        Kind = WireNames.Format(channel.Kind),
        Contact = channel.Contact,

        // The binder reads an absent 'available' as true, so only the exception is written.
        Available = channel.IsAvailable ? null : false,
    };

    private static JsonAcceptance Acceptance(Acceptance acceptance) => new() { Rule = acceptance.Rule, Reason = acceptance.Reason };

    // The binder reads an absent flag as false, so writing false would only add noise.
    private static bool? TrueOrOmitted(bool value) => value ? true : null;

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Wire<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } present ? WireNames.Format(present) : null;

    // The schema requires these lists, so they are written even when empty.
    private static List<string> Always(ValueArray<string> items) => [.. items];

    private static List<TJson> Always<T, TJson>(ValueArray<T> items, Func<T, TJson> map) => [.. items.Select(map)];

    // An absent list and an empty one load as the same empty list; leaving it out keeps the output to what was said.
    private static List<string>? Stated(ValueArray<string> items) => items.Count == 0 ? null : Always(items);

    private static List<TJson>? Stated<T, TJson>(ValueArray<T> items, Func<T, TJson> map) => items.Count == 0 ? null : Always(items, map);
}
