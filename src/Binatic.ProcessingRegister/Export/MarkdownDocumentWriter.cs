using System.Globalization;
using Binatic.ProcessingRegister.Markdown;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// Writes one register as a Markdown document: the title, an overview of the activities, one section per activity
/// with the points of Art. 30(1)(a)-(g) in that order (grouped by department and task when the register has
/// departments), then the register-wide parts. Every part is always written,
/// saying so when the register is silent, because a reviewer must see what is missing as well as what is there.
/// </summary>
/// <remarks>
/// Text from the register goes through <see cref="Text"/> (and so <see cref="MarkdownText.Escape"/>) and nowhere
/// else; labels are trusted. Lines end in "\n" whatever the writer's <see cref="TextWriter.NewLine"/>, and
/// everything is written in the register's order, so identical registers give identical bytes.
/// </remarks>
internal sealed partial class MarkdownDocumentWriter
{
    private const string Separator = "; ";

    // More activities than this in a register without departments are drawn as several maps.
    private const int DataMapSize = 20;

    private readonly Register _register;
    private readonly RegisterLanguage _language;
    private readonly Labels _labels;
    private readonly TextWriter _writer;
    private readonly Dictionary<string, string> _dataSubjectNames = new(StringComparer.Ordinal);
    private readonly RegisterIndex _index;
    private readonly Dictionary<string, string> _parties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _departmentNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _taskNames = new(StringComparer.Ordinal);
    private int _activityLevel = 2;
    private bool _started;

    private MarkdownDocumentWriter(Register register, RegisterLanguage language, TextWriter writer)
    {
        _register = register;
        _language = language;
        _labels = Labels.For(language);
        _writer = writer;
        _index = new RegisterIndex(register);

        // Names are escaped once here, not at every activity that names them: escaping allocates a new string.
        foreach (var (id, subject) in _index.DataSubjects)
        {
            _dataSubjectNames.Add(id, Text(subject.Name));
        }

        foreach (var (id, processor) in _index.Processors)
        {
            _parties.Add(id, Text(processor.Name) + " — " + _labels.Processor);
        }

        foreach (var (id, recipient) in _index.Recipients)
        {
            string?[] facts =
            [
                recipient.Kind is { } kind ? _labels.RecipientKindNames[kind] : null,
                recipient.Role is { } role ? _labels.RecipientRoleNames[role] : null,
                recipient.IsChainPartner ? _labels.ChainPartner : null,
            ];
            var stated = string.Join(", ", facts.OfType<string>());
            _parties.Add(id, stated.Length == 0 ? Text(recipient.Name) : Text(recipient.Name) + " — " + stated);
        }

        foreach (var (id, department) in _index.Departments)
        {
            _departmentNames.Add(id, Text(department.Name));
        }

        foreach (var (id, task) in _index.Tasks)
        {
            _taskNames.Add(id, Text(task.Name));
        }
    }

    public static void Write(Register register, RegisterLanguage language, TextWriter writer) =>
        new MarkdownDocumentWriter(register, language, writer).WriteDocument();

    private static string Text(string text) => MarkdownText.Escape(text);

    private static string Bold(string label) => "**" + label + "**";

    private static string Sentence(string label) => char.ToUpperInvariant(label[0]) + label[1..];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    // Items that end in their own punctuation, as policies often write them ("...;", "..."), need no separator.
    private static string JoinItems(IEnumerable<string> escapedItems)
    {
        var joined = string.Empty;
        foreach (var item in escapedItems)
        {
            joined = joined.Length == 0 ? item
                : joined[^1] is ';' or '.' or ',' or ':' ? joined + " " + item
                : joined + Separator + item;
        }

        return joined;
    }

    private void WriteDocument()
    {
        if (!_register.Info.IsControllerRecord)
        {
            WriteProcessorDocument();
            return;
        }

        var groups = ActivityGroups();
        var activities = groups.SelectMany(group => group.Activities).ToList();
        WriteTitle();
        WriteOverview(activities);
        WriteDataMap();
        if (_register.Departments.Count == 0)
        {
            for (var i = 0; i < activities.Count; i++)
            {
                WriteActivity(i + 1, activities[i]);
            }
        }
        else
        {
            WriteGroups(groups);
        }

        WriteProcessors();
        WriteRecipients();
        WriteGeneralTransfers();
        WriteRetentionPolicy();
        WriteSecurity();
        WriteRights();
        WriteComplaints();
        WriteChildren();
        WriteCookies();
        if (_register.Info.IsProcessorRecord)
        {
            WriteProcessorPart();
        }
    }

    // A register with departments reads as the organisation does: a heading per department, in the register's order,
    // then per task; an activity without a task comes before the task headings, so that it is not read as part of one.
    // Activities whose department the register does not list come last, under a heading of their own. The numbers
    // follow the order of reading, in the overview too.
    private List<(string? Department, string? Task, List<ProcessingActivity> Activities)> ActivityGroups()
    {
        if (_register.Departments.Count == 0)
        {
            return [(null, null, [.. _register.Activities])];
        }

        var departments = _register.Departments.Select(d => d.Id).Distinct(StringComparer.Ordinal).ToList();
        var tasks = _register.Tasks.Select(t => t.Id).Distinct(StringComparer.Ordinal).ToList();
        var groups = new List<(string? Department, string? Task, List<ProcessingActivity> Activities)>();
        foreach (var department in departments.Append(null))
        {
            var members = _register.Activities.Where(a => department is null ? a.Department is not { } d || !departments.Contains(d) : a.Department == department).ToList();
            groups.Add((department, null, members.FindAll(a => a.Task is not { } t || !tasks.Contains(t))));
            groups.AddRange(tasks.Select(task => (department, (string?)task, members.FindAll(a => a.Task == task))));
        }

        return groups.FindAll(group => group.Activities.Count > 0);
    }

    private void WriteGroups(List<(string? Department, string? Task, List<ProcessingActivity> Activities)> groups)
    {
        _activityLevel = 4;
        var number = 0;
        string? department = null;
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            if (i == 0 || group.Department != department)
            {
                department = group.Department;
                Heading(2, department is null ? _labels.OtherActivities : _departmentNames.GetValueOrDefault(department) ?? Text(department));
            }

            if (group.Task is { } task)
            {
                Heading(3, _taskNames.GetValueOrDefault(task) ?? Text(task));
            }

            foreach (var activity in group.Activities)
            {
                WriteActivity(++number, activity);
            }
        }
    }

    // A map per department, or per run of activities in a large register, since one map of 50 activities and their
    // parties is too dense to follow; the maps are Mermaid, which GitHub draws and other viewers show as text.
    private void WriteDataMap()
    {
        if (_register.Activities.Count == 0)
        {
            return;
        }

        Heading(2, _labels.DataMap);
        Paragraph(_labels.DataMapIntroduction);
        foreach (var (heading, activities) in DataMapGraph.MarkdownMaps(_register, _labels, DataMapSize))
        {
            if (heading is not null)
            {
                Heading(3, Text(heading));
            }

            var graph = DataMapGraph.Build(_register, [(null, activities)], _labels);
            Block(["```mermaid", .. MermaidMap.Lines(graph), "```"]);
        }
    }

    private void WriteTitle() => WriteTitle(DocumentTitle.Of(_register, _labels), _labels.Introduction, isControllerRecord: true);

    /// <summary>
    /// Writes a document's title, introduction and what the register says about itself; the privacy policy's version
    /// and date belong to a controller's record, so a processor's record leaves them out.
    /// </summary>
    private void WriteTitle(string title, string introduction, bool isControllerRecord)
    {
        var info = _register.Info;
        Heading(1, title);
        Paragraph(introduction);
        if (_language != info.Language)
        {
            Paragraph(_labels.QuotedAsWrittenIn + _labels.LanguageNames[info.Language] + ".");
        }

        List(
        [
            (0, Field(_labels.Title, OrNotStated(info.Title))),
            (0, Field(_labels.Scope, OrNotStated(info.Scope))),
            .. isControllerRecord
                ? (IEnumerable<(int, string)>)
                [
                    (0, Field(_labels.PolicyVersion, OrNotStated(info.PolicyVersion))),
                    (0, Field(_labels.PolicyDate, OrNotStated(info.PolicyDate))),
                ]
                : [],
            (0, Field(_labels.LastReviewed, OrNotStated(info.LastReviewed))),
            (0, Field(_labels.NextReview, OrNotStated(info.NextReview))),
            (0, Field(_labels.SmallOrganisationExemption, _labels.YesOrNo(info.ClaimsSmallOrganisationExemption))),
        ]);
    }

    private void WriteOverview(List<ProcessingActivity> activities)
    {
        Heading(2, _labels.Overview);
        Table(
            [_labels.Number, _labels.Activity, _labels.Purposes, _labels.LegalBases, _labels.Retention],
            activities.Select((activity, index) => new[]
            {
                Number(index + 1),
                Text(activity.Name),
                NotStatedIfEmpty(JoinItems(activity.Purposes.Select(Text))),
                NotStatedIfEmpty(JoinItems(activity.LegalBases.Select(ground => _labels.LegalBasisNames[ground.Basis]))),
                activity.Retention.Count > 0
                    ? JoinItems(activity.Retention.Select(RetentionSummary))
                    : NotStatedForActivity(_register.RetentionPolicy is not null, _labels.RetentionPolicy),
            }));
    }

    private string RetentionSummary(RetentionRule rule) =>
        rule.Period is { } period
            ? _labels.FormatPeriod(period) + (rule.From is { } from ? ", " + _labels.CountedFrom + " " + Text(from) : string.Empty)
            : rule.IsPermanent ? _labels.Permanent : OrNotStated(rule.Description);

    private void WriteActivity(int number, ProcessingActivity activity)
    {
        Heading(_activityLevel, Number(number) + ". " + Text(activity.Name));
        if (activity.Description is { } description)
        {
            Paragraph(Text(description));
        }

        WriteOrganisation(activity);
        WriteController(activity);
        WritePurposes(activity);
        WriteCategories(activity);
        WriteActivityRecipients(activity);
        WriteActivityTransfers(activity);
        WriteActivityRetention(activity);
        WriteActivitySecurity(activity);
        WriteDpia(activity.Dpia);
    }

    // Where the activity sits in the organisation, and what it consists of: written only when the register says so.
    private void WriteOrganisation(ProcessingActivity activity)
    {
        var items = new List<(int, string)>();
        if (activity.Department is { } department)
        {
            items.Add((0, Field(_labels.Department, _departmentNames.GetValueOrDefault(department) ?? Text(department))));
        }

        if (activity.Task is { } task)
        {
            items.Add((0, Field(_labels.OrganisationTask, _taskNames.GetValueOrDefault(task) ?? Text(task))));
        }

        if (items.Count > 0)
        {
            List(items);
        }

        if (activity.Operations.Count > 0)
        {
            FieldList(_labels.Operations, [.. activity.Operations.Select(operation =>
                Text(operation.Name) + (operation.Description is { } description ? ": " + Text(description) : string.Empty))]);
        }
    }

    // (a) The controllers are repeated in every activity so that each section stands on its own, as an extract for one
    // activity must; in a register with several, an activity shows those it names.
    private void WriteController(ProcessingActivity activity)
    {
        Heading(_activityLevel + 1, _labels.SectionController);
        var items = new List<(int, string)>();
        foreach (var controller in ControllersOf(activity))
        {
            AddController(items, controller);
        }

        List(items);
        WriteArrangements(activity);
    }

    private IEnumerable<Controller> ControllersOf(ProcessingActivity activity) =>
        activity.Controllers.Count == 0
            ? _register.Controllers
            : _register.Controllers.Where(c => c.Id is { } id && activity.Controllers.Contains(id));

    private void AddController(List<(int, string)> items, Controller controller)
    {
        items.Add((0, Field(_labels.Controller, Contact(controller.Contact))));
        if (controller.IsPublicAuthority)
        {
            items.Add((0, Field(_labels.PublicAuthority, _labels.Yes)));
        }

        items.Add((0, Field(_labels.DataProtectionOfficer, Designation(controller.DataProtectionOfficer))));
        items.Add((0, Field(_labels.Representative, Designation(controller.Representative))));
        if (controller.JointControllers.Count == 0)
        {
            items.Add((0, Field(_labels.JointControllers, _labels.NotStated)));
        }
        else
        {
            items.Add((0, Bold(_labels.JointControllers + ":")));
            items.AddRange(controller.JointControllers.Select(joint =>
                (1, Contact(joint.Contact) + (joint.Arrangement is { } arrangement ? Separator + _labels.Arrangement + ": " + Text(arrangement) : string.Empty))));
        }
    }

    // The Art. 26 arrangements the activity names, with each party's responsibilities (Art. 26(1)) and the essence
    // that data subjects are told (Art. 26(2)).
    private void WriteArrangements(ProcessingActivity activity)
    {
        if (activity.JointControllerArrangements.Count == 0)
        {
            return;
        }

        var items = new List<(int, string)>();
        foreach (var id in activity.JointControllerArrangements)
        {
            if (_index.Arrangements.GetValueOrDefault(id) is not { } arrangement)
            {
                items.Add((0, Text(id)));
                continue;
            }

            items.Add((0, Text(arrangement.Name)
                + (arrangement.Reference is { } reference ? Separator + _labels.Reference + ": " + Text(reference) : string.Empty)
                + (arrangement.Date is { } date ? Separator + _labels.Date + ": " + _labels.FormatDate(date) : string.Empty)));
            items.AddRange(arrangement.Parties.Select(party =>
                (1, Contact(party.Contact) + (party.Responsibilities is { } responsibilities ? Separator + _labels.Responsibilities + ": " + Text(responsibilities) : string.Empty))));
            if (arrangement.Essence is { } essence)
            {
                items.Add((1, Sentence(_labels.Essence) + ": " + Text(essence)));
            }
        }

        FieldListOf(_labels.JointControllerArrangements, items);
    }

    private string Contact(ContactDetails contact)
    {
        var text = Text(contact.Name);
        if (contact.Address is { } address)
        {
            text += ", " + Text(address.Street) + ", "
                + (address.PostalCode is { } postalCode ? Text(postalCode) + " " : string.Empty)
                + Text(address.City)
                + (address.Country is { } country ? ", " + Text(country) : string.Empty);
        }

        if (contact.Email is { } email)
        {
            text += Separator + _labels.Email + ": " + Text(email);
        }

        if (contact.Phone is { } phone)
        {
            text += Separator + _labels.Phone + ": " + Text(phone);
        }

        if (contact.Website is { } website)
        {
            text += Separator + _labels.Website + ": " + Text(website);
        }

        return text;
    }

    private string Designation(Designation? designation) => designation switch
    {
        null => _labels.NotStated,
        { IsDesignated: true, Contact: { } contact } => Contact(contact),
        { IsDesignated: true } => _labels.Designated,
        { Note: { } note } => _labels.NotDesignated + ": " + Text(note),
        _ => _labels.NotDesignated,
    };

    // (b) Purposes, with the legal bases they rest on.
    private void WritePurposes(ProcessingActivity activity)
    {
        Heading(_activityLevel + 1, _labels.SectionPurposes);
        ListOrNotStated([.. activity.Purposes.Select(purpose => (0, Text(purpose)))]);

        var items = new List<(int, string)>();
        foreach (var ground in activity.LegalBases)
        {
            var name = _labels.LegalBasisNames[ground.Basis];
            items.Add((0, ground.Description is { } description ? Field(name, Text(description)) : name));
            if (ground.Purposes.Count > 0)
            {
                items.Add((1, Sentence(_labels.ForPurposes) + ": " + JoinItems(ground.Purposes.Select(Text))));
            }

            var isLegitimateInterests = ground.Basis == LegalBasis.LegitimateInterests;
            var isConsent = ground.Basis == LegalBasis.Consent;
            var isLaw = ground.Basis is LegalBasis.LegalObligation or LegalBasis.PublicTask;
            if (isLegitimateInterests || ground.Interests.Count > 0)
            {
                items.Add((1, Sentence(_labels.Interests) + ": " + NotStatedIfEmpty(JoinItems(ground.Interests.Select(Text)))));
            }

            AddDetail(items, isLegitimateInterests, _labels.AssessmentReference, ground.AssessmentReference);
            AddDetail(items, isLaw, _labels.Law, ground.Law);
            AddDetail(items, isConsent, _labels.Withdrawal, ground.Withdrawal);
            AddDetail(items, isConsent, _labels.ConsentRecord, ground.ConsentRecord);
        }

        FieldListOf(_labels.LegalBasesOfActivity, items);
        WriteFurtherProcessing(activity);
    }

    // Only a register that records further processing gets the field: saying nothing about it is no gap in Art. 30(1).
    private void WriteFurtherProcessing(ProcessingActivity activity)
    {
        if (activity.FurtherProcessing.Count == 0)
        {
            return;
        }

        var items = new List<(int, string)>();
        foreach (var further in activity.FurtherProcessing)
        {
            items.Add((0, Text(further.Purpose)));
            if (further.CompatibilityAssessment is { } assessment)
            {
                items.Add((1, Sentence(_labels.CompatibilityAssessment) + ": " + Text(assessment)));
            }

            if (further.Law is { } law)
            {
                items.Add((1, Sentence(_labels.Law) + ": " + Text(law)));
            }

            if (further.IsBasedOnConsent)
            {
                items.Add((1, Sentence(_labels.BasedOnConsent)));
            }
        }

        FieldListOf(_labels.FurtherProcessing, items);
    }

    // A detail the basis calls for is shown even when missing, so the gap is visible; any other detail only when given.
    private void AddDetail(List<(int, string)> items, bool calledFor, string label, string? value)
    {
        if (calledFor || value is not null)
        {
            items.Add((1, Sentence(label) + ": " + OrNotStated(value)));
        }
    }

    // (c) Data subjects and personal data, with special and criminal-offence data marked and their grounds.
    private void WriteCategories(ProcessingActivity activity)
    {
        Heading(_activityLevel + 1, _labels.SectionCategories);
        FieldList(_labels.DataSubjects, [.. activity.DataSubjects.Select(id => _dataSubjectNames.GetValueOrDefault(id) ?? Text(id))]);

        var categories = activity.DataCategories.Select(id => (Id: id, Category: _index.DataCategories.GetValueOrDefault(id))).ToList();
        FieldList(_labels.DataCategories, [.. categories.Select(c => c.Category is { } category ? DataCategory(category) : Text(c.Id))]);

        var hasSpecial = categories.Exists(c => c.Category?.SpecialCategory is not null);
        if (hasSpecial || activity.SpecialCategoryConditions.Count > 0)
        {
            var items = new List<(int, string)>();
            foreach (var condition in activity.SpecialCategoryConditions)
            {
                var name = _labels.Article9ConditionNames[condition.Condition];
                items.Add((0, condition.Description is { } description ? name + ": " + Text(description) : name));
                if (condition.Law is { } law)
                {
                    items.Add((1, Sentence(_labels.Law) + ": " + Text(law)));
                }

                // A condition without categories covers all of the activity's special categories, as it did before
                // conditions could name them, so only a condition that names its categories says so.
                if (condition.DataCategories.Count > 0)
                {
                    items.Add((1, Sentence(_labels.AppliesTo) + ": " + JoinItems(condition.DataCategories.Select(CategoryName))));
                }
            }

            FieldListOf(_labels.SpecialCategoryConditions, items);
        }

        var hasCriminal = categories.Exists(c => c.Category?.IsCriminalOffenceData == true);
        if (hasCriminal || activity.CriminalOffenceGround is not null)
        {
            var items = new List<(int, string)>();
            if (activity.CriminalOffenceGround is { } ground)
            {
                items.Add((0, Text(ground.Description)));
                if (ground.Law is { } law)
                {
                    items.Add((1, Sentence(_labels.Law) + ": " + Text(law)));
                }
            }

            FieldListOf(_labels.CriminalOffenceGround, items);
        }

        FieldList(_labels.Sources, [.. activity.Sources.Select(source =>
            Text(source.Description) + (source.Kind is { } kind ? " (" + _labels.SourceKindNames[kind] + ")" : string.Empty))]);
    }

    private string DataCategory(DataCategory category)
    {
        var text = Text(category.Name);
        if (category.Description is { } description)
        {
            text += ": " + Text(description);
        }

        if (category.SpecialCategory is { } special)
        {
            text += " — " + Bold(_labels.SpecialCategoryMark + ": " + _labels.SpecialCategoryNames[special]);
        }

        if (category.IsCriminalOffenceData)
        {
            text += " — " + Bold(_labels.CriminalOffenceMark);
        }

        if (category.NationalIdentifier is { } identifier)
        {
            text += NationalIdentifier(identifier);
        }

        return text;
    }

    private string NationalIdentifier(NationalIdentifier identifier) =>
        " — " + Bold(_labels.NationalIdentifierMark + (identifier.Name is { } name ? ": " + Text(name) : string.Empty))
        + (identifier.Law is { } law ? " (" + _labels.Law + ": " + Text(law) + ")" : string.Empty);

    // (d) Recipients, by name: null means the register does not say, empty that it says there are none.
    private void WriteActivityRecipients(ProcessingActivity activity)
    {
        Heading(_activityLevel + 1, _labels.SectionRecipients);
        if (activity.Recipients is not { } recipients)
        {
            Paragraph(_labels.NotStated);
        }
        else if (recipients.Count == 0)
        {
            Paragraph(_labels.NoRecipients);
        }
        else
        {
            List([.. recipients.Select(id => (0, Party(id)))]);
        }
    }

    private string Party(string id) => _parties.GetValueOrDefault(id) ?? Text(id);

    // (e) Transfers made for this activity; those of the register as a whole have a section of their own.
    private void WriteActivityTransfers(ProcessingActivity activity)
    {
        Heading(_activityLevel + 1, _labels.SectionTransfers);
        if (activity.Transfers.Count == 0)
        {
            Paragraph(activity.HasNoTransfers ? _labels.NoTransfers : NotStatedForActivity(_register.Transfers.Count > 0, _labels.GeneralTransfers));
        }
        else
        {
            Transfers(activity.Transfers, Party);
        }
    }

    private void Transfers(ValueArray<Transfer> transfers, Func<string, string> recipientName)
    {
        var items = new List<(int, string)>();
        foreach (var transfer in transfers)
        {
            items.Add((0, Field(_labels.Country, Text(transfer.Country))));
            items.Add((1, Sentence(_labels.Recipient) + ": " + (transfer.Recipient is { } recipient ? recipientName(recipient) : _labels.NotStated)));
            if (transfer.Description is { } description)
            {
                items.Add((1, Sentence(_labels.Description) + ": " + Text(description)));
            }

            if (transfer.Safeguards.Count == 0)
            {
                items.Add((1, Sentence(_labels.Safeguards) + ": " + _labels.NotStated));
            }
            else
            {
                items.Add((1, Sentence(_labels.Safeguards) + ":"));
                items.AddRange(transfer.Safeguards.Select(safeguard => (2, Safeguard(safeguard))));
            }

            if (transfer.Frequency is { } frequency)
            {
                items.Add((1, Sentence(_labels.Frequency) + ": " + _labels.TransferFrequencyNames[frequency]));
            }

            if (transfer.ImpactAssessmentReference is { } assessment)
            {
                items.Add((1, Sentence(_labels.TransferImpactAssessment) + ": " + Text(assessment)));
            }
        }

        List(items);
    }

    private string Safeguard(Safeguard safeguard)
    {
        var text = _labels.SafeguardTypeNames[safeguard.Type];
        if (safeguard.Derogation is { } derogation)
        {
            text += ": " + _labels.Article49DerogationNames[derogation];
        }

        if (safeguard.Description is { } description)
        {
            text += " — " + Text(description);
        }

        if (safeguard.Reference is { } reference)
        {
            text += Separator + _labels.Reference + ": " + Text(reference);
        }

        return text;
    }

    // (f) Retention for this activity; the register-wide policy has a section of its own.
    private void WriteActivityRetention(ProcessingActivity activity)
    {
        Heading(_activityLevel + 1, _labels.SectionRetention);
        if (activity.Retention.Count == 0)
        {
            Paragraph(NotStatedForActivity(_register.RetentionPolicy is not null, _labels.RetentionPolicy));
        }
        else
        {
            List(RetentionRules(activity.Retention));
        }
    }

    private List<(int, string)> RetentionRules(ValueArray<RetentionRule> rules)
    {
        var items = new List<(int, string)>();
        foreach (var rule in rules)
        {
            if (rule.Description is { } description)
            {
                items.Add((0, Text(description)));
                items.Add((1, Sentence(_labels.Period) + ": " + RetentionPeriod(rule)));
            }
            else
            {
                items.Add((0, RetentionPeriod(rule)));
            }

            if (rule.From is { } from)
            {
                items.Add((1, Sentence(_labels.CountedFrom) + ": " + Text(from)));
            }

            items.Add((1, Sentence(_labels.AppliesTo) + ": " + (rule.DataCategories.Count == 0
                ? _labels.AllCategories
                : JoinItems(rule.DataCategories.Select(CategoryName)))));
            if (rule.Law is { } law)
            {
                items.Add((1, Sentence(_labels.Law) + ": " + Text(law)));
            }

            AddArchival(items, rule);
        }

        return items;
    }

    private string CategoryName(string id) => _index.DataCategories.TryGetValue(id, out var category) ? Text(category.Name) : Text(id);

    private string RetentionPeriod(RetentionRule rule) =>
        rule.Period is { } period ? _labels.FormatPeriod(period) : rule.IsPermanent ? _labels.Permanent : _labels.NotStated;

    // The archival facts of a rule (Archiefwet), each only when the register states it.
    private void AddArchival(List<(int, string)> items, RetentionRule rule)
    {
        if (rule.RecordTypes.Count > 0)
        {
            items.Add((1, Sentence(_labels.RecordTypes) + ": " + JoinItems(rule.RecordTypes.Select(Text))));
        }

        if (rule.SelectionList is { } list)
        {
            var category = list.Category is { } c ? ", " + _labels.SelectionListCategory + " " + Text(c) : string.Empty;
            items.Add((1, Sentence(_labels.SelectionList) + ": " + Text(list.Name) + category));
        }

        if (rule.ArchiveTransferAfter is { } after)
        {
            items.Add((1, Sentence(_labels.ArchiveTransferAfter) + " " + _labels.FormatPeriod(after)));
        }
    }

    // (g) The measures that protect this activity; the register's catalogue has a section of its own.
    private void WriteActivitySecurity(ProcessingActivity activity)
    {
        Heading(_activityLevel + 1, _labels.SectionSecurity);
        if (activity.SecurityMeasures.Count == 0)
        {
            Paragraph(NotStatedForActivity(_register.Security is not null, _labels.Security));
        }
        else
        {
            List([.. activity.SecurityMeasures.Select(id => (0, _index.SecurityMeasures.TryGetValue(id, out var measure) ? MeasureSummary(measure) : Text(id)))]);
        }
    }

    private string MeasureSummary(SecurityMeasure measure)
    {
        string?[] facts =
        [
            measure.Kind is { } kind ? _labels.SecurityMeasureKindNames[kind] : null,
            measure.Objectives.Count > 0 ? Objectives(measure) : null,
        ];
        var stated = string.Join(Separator, facts.OfType<string>());
        return stated.Length == 0 ? Text(measure.Description) : Text(measure.Description) + " (" + stated + ")";
    }

    private string Objectives(SecurityMeasure measure) => string.Join(", ", measure.Objectives.Select(objective => _labels.SecurityObjectiveNames[objective]));

    private void WriteDpia(ImpactAssessment? dpia)
    {
        Heading(_activityLevel + 1, _labels.SectionDpia);
        if (dpia is null)
        {
            Paragraph(_labels.NotStated);
            return;
        }

        var items = new List<(int, string)> { (0, Field(_labels.Status, _labels.DpiaStatusNames[dpia.Status])) };
        if (dpia.Reference is { } reference)
        {
            items.Add((0, Field(Sentence(_labels.Reference), Text(reference))));
        }

        if (dpia.Description is { } description)
        {
            items.Add((0, Field(_labels.Notes, Text(description))));
        }

        List(items);
    }

    private void WriteProcessors()
    {
        Heading(2, _labels.Processors);
        if (_register.Processors.Count == 0)
        {
            Paragraph(_labels.NotStated);
            return;
        }

        Table(
            [Sentence(_labels.Processor), _labels.Service, _labels.Location, _labels.ProcessingAgreement],
            _register.Processors.Select(processor => new[]
            {
                Text(processor.Name),
                processor.Service is { } service ? Text(service) : _labels.NotStated,
                Location(processor.Location, processor.IsDpfCertified),
                Agreement(processor.ProcessingAgreement),
            }));
    }

    private string Location(Location? location, bool isDpfCertified)
    {
        var facts = new List<string>();
        if (location?.IsWithinEea is { } withinEea)
        {
            facts.Add(withinEea ? _labels.WithinEea : _labels.NotOnlyWithinEea);
        }

        if (location is { Countries.Count: > 0 })
        {
            facts.Add(_labels.Countries + ": " + string.Join(", ", location.Countries.Select(Text)));
        }

        if (isDpfCertified)
        {
            facts.Add(_labels.DpfCertified);
        }

        var described = location?.Description is { } description ? Text(description) : null;
        return (described, facts.Count) switch
        {
            (null, 0) => _labels.NotStated,
            (null, _) => string.Join(Separator, facts),
            (_, 0) => described,
            _ => described + " — " + string.Join(Separator, facts),
        };
    }

    private string Agreement(ProcessingAgreement? agreement) =>
        agreement is null ? _labels.NotStated : Agreement(agreement.IsInPlace, agreement.Reference, agreement.Date);

    private string Agreement(bool isInPlace, string? reference, DateOnly? date)
    {
        var text = _labels.YesOrNo(isInPlace);
        if (reference is not null)
        {
            text += Separator + _labels.Reference + ": " + Text(reference);
        }

        if (date is { } d)
        {
            text += Separator + _labels.Date + ": " + _labels.FormatDate(d);
        }

        return text;
    }

    private void WriteRecipients()
    {
        Heading(2, _labels.Recipients);
        if (_register.Recipients.Count == 0)
        {
            Paragraph(_labels.NotStated);
            return;
        }

        Table(
            [Sentence(_labels.Recipient), _labels.Kind, _labels.Role, _labels.WhenAndWhy, _labels.Location],
            _register.Recipients.Select(recipient => new[]
            {
                RecipientName(recipient),
                recipient.Kind is { } kind ? _labels.RecipientKindNames[kind] : _labels.NotStated,
                recipient.Role is { } role ? _labels.RecipientRoleNames[role] : _labels.NotStated,
                WhenAndWhy(recipient),
                Location(recipient.Location, recipient.IsDpfCertified),
            }));
    }

    private string RecipientName(Recipient recipient) =>
        Text(recipient.Name) + (recipient.IsChainPartner ? " (" + _labels.ChainPartner + ")" : string.Empty);

    private string WhenAndWhy(Recipient recipient)
    {
        var parts = new List<string>(3);
        if (!string.IsNullOrEmpty(recipient.Description))
        {
            parts.Add(Text(recipient.Description));
        }

        if (recipient.Covenant is { } covenant)
        {
            parts.Add(Covenant(covenant));
        }

        // Only when the register limits them; otherwise the recipient receives every category of its activities.
        if (recipient.DataCategories.Count > 0)
        {
            parts.Add(Sentence(_labels.ReceivesOnly) + ": " + JoinItems(recipient.DataCategories.Select(id => _index.DataCategories.TryGetValue(id, out var category) ? Text(category.Name) : Text(id))));
        }

        return parts.Count == 0 ? _labels.NotStated : string.Join(" — ", parts);
    }

    private string Covenant(Covenant covenant)
    {
        var text = Sentence(_labels.Covenant) + ": " + Text(covenant.Name);
        if (covenant.Reference is { } reference)
        {
            text += Separator + _labels.Reference + ": " + Text(reference);
        }

        if (covenant.Date is { } date)
        {
            text += Separator + _labels.Date + ": " + _labels.FormatDate(date);
        }

        return text;
    }

    private void WriteGeneralTransfers()
    {
        Heading(2, _labels.GeneralTransfers);
        if (_register.Transfers.Count == 0)
        {
            Paragraph(_labels.NotStated);
        }
        else
        {
            Transfers(_register.Transfers, Party);
        }
    }

    private void WriteRetentionPolicy()
    {
        Heading(2, _labels.RetentionPolicy);
        if (_register.RetentionPolicy is not { } policy)
        {
            Paragraph(_labels.NotStated);
            return;
        }

        Paragraph(Field(_labels.Principle, OrNotStated(policy.Principle)));
        FieldList(_labels.Criteria, [.. policy.Criteria.Select(Text)]);
        FieldListOf(_labels.RetentionRules, RetentionRules(policy.Rules));
        FieldList(_labels.Exceptions, [.. policy.Exceptions.Select(Text)]);
    }

    private void WriteSecurity()
    {
        Heading(2, _labels.Security);
        if (_register.Security is not { } security)
        {
            Paragraph(_labels.NotStated);
            return;
        }

        Paragraph(Field(_labels.SecurityStatement, OrNotStated(security.Statement)));
        if (security.Measures.Count == 0)
        {
            Paragraph(Field(_labels.Measure, _labels.NotStated));
            return;
        }

        Table(
            [_labels.Measure, _labels.Kind, _labels.Objectives],
            security.Measures.Select(measure => new[]
            {
                Text(measure.Description),
                measure.Kind is { } kind ? _labels.SecurityMeasureKindNames[kind] : _labels.NotStated,
                measure.Objectives.Count > 0 ? Objectives(measure) : _labels.NotStated,
            }));
    }

    private void WriteRights()
    {
        Heading(2, _labels.Rights);
        if (_register.DataSubjectRights is not { } rights)
        {
            Paragraph(_labels.NotStated);
            return;
        }

        var activityNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var activity in _register.Activities)
        {
            activityNames.TryAdd(activity.Id, Text(activity.Name));
        }

        var items = new List<(int, string)>();
        foreach (var right in rights.Rights)
        {
            items.Add((0, right.Description is { } description ? Field(_labels.RightNames[right.Kind], Text(description)) : _labels.RightNames[right.Kind]));

            // A right without activities applies to every activity, so only a right that names its activities says so.
            if (right.Activities.Count > 0)
            {
                items.Add((1, Sentence(_labels.AppliesTo) + ": " + JoinItems(right.Activities.Select(id => activityNames.GetValueOrDefault(id) ?? Text(id)))));
            }
        }

        FieldListOf(_labels.RightsList, items);
        Paragraph(Field(_labels.ResponseDeadline, Deadline(rights.ResponseDeadline, rights.ResponseDeadlineDescription)));
        FieldList(_labels.Channels, [.. rights.Channels.Select(Channel)]);
        Paragraph(Field(_labels.ConsentWithdrawal, OrNotStated(rights.ConsentWithdrawal)));
    }

    private string Deadline(IsoPeriod? period, string? description) => (period, description) switch
    {
        ({ } p, { } d) => _labels.FormatPeriod(p) + " — " + Text(d),
        ({ } p, null) => _labels.FormatPeriod(p),
        (null, { } d) => Text(d),
        _ => _labels.NotStated,
    };

    private string Channel(ContactChannel channel)
    {
        var kind = _labels.ChannelNames[channel.Kind];
        return (channel.IsAvailable, channel.Contact) switch
        {
            (true, { } contact) => kind + ": " + Text(contact),
            (true, null) => kind,
            (false, { } contact) => kind + ": " + _labels.NotOffered + " (" + Text(contact) + ")",
            (false, null) => kind + ": " + _labels.NotOffered,
        };
    }

    private void WriteComplaints()
    {
        Heading(2, _labels.Complaints);
        if (_register.DataSubjectRights?.Complaints is not { } complaints)
        {
            Paragraph(_labels.NotStated);
            return;
        }

        Paragraph(Field(_labels.ComplaintsProcedure, OrNotStated(complaints.Description)));
        FieldList(_labels.Channels, [.. complaints.Channels.Select(Channel)]);
        Paragraph(Field(_labels.ComplaintsDeadline, Deadline(complaints.ResponseDeadline, null)));
        Paragraph(Field(_labels.SupervisoryAuthority, OrNotStated(complaints.SupervisoryAuthority)));
    }

    private void WriteChildren()
    {
        Heading(2, _labels.Children);
        if (_register.Children is not { } children)
        {
            Paragraph(_labels.NotStated);
            return;
        }

        Paragraph(Field(_labels.AgeOfConsent, _labels.FormatPeriod(new IsoPeriod(children.AgeOfConsent, 0, 0, 0))));
        Paragraph(Field(_labels.Policy, OrNotStated(children.Description)));
    }

    private void WriteCookies()
    {
        Heading(2, _labels.Cookies);
        if (_register.Cookies is not { } cookies)
        {
            Paragraph(_labels.NotStated);
            return;
        }

        Paragraph(Field(_labels.CookiesUsed, _labels.YesOrNo(cookies.IsUsed)));
        Paragraph(Field(_labels.Notes, OrNotStated(cookies.Description)));
        if (cookies.Cookies.Count > 0)
        {
            Table(
                [_labels.Cookie, _labels.CookiePurpose, _labels.CookieLifetime],
                cookies.Cookies.Select(cookie => new[] { Text(cookie.Name), Text(cookie.Purpose), OrNotStated(cookie.Retention) }));
        }
        else if (cookies.IsUsed)
        {
            Paragraph(Field(_labels.CookiesSet, _labels.NotStated));
        }
    }

    private string NotStatedForActivity(bool registerWidePartExists, string section) =>
        registerWidePartExists ? _labels.SeeSection(section) : _labels.NotStated;

    private string OrNotStated(string? text) => string.IsNullOrEmpty(text) ? _labels.NotStated : Text(text);

    private string NotStatedIfEmpty(string markdown) => markdown.Length == 0 ? _labels.NotStated : markdown;

    private string OrNotStated(DateOnly? date) => date is { } d ? _labels.FormatDate(d) : _labels.NotStated;

    private static string Field(string label, string value) => Bold(label + ":") + " " + value;

    private void FieldList(string label, IReadOnlyList<string> items) => FieldListOf(label, [.. items.Select(item => (0, item))]);

    private void FieldListOf(string label, List<(int Depth, string Text)> items)
    {
        if (items.Count == 0)
        {
            Paragraph(Field(label, _labels.NotStated));
            return;
        }

        Paragraph(Bold(label + ":"));
        List(items);
    }

    private void ListOrNotStated(List<(int Depth, string Text)> items)
    {
        if (items.Count == 0)
        {
            Paragraph(_labels.NotStated);
        }
        else
        {
            List(items);
        }
    }

    private void Heading(int level, string text) => Block(new string('#', level) + " " + text);

    private void Paragraph(string text) => Block(text);

    private void List(List<(int Depth, string Text)> items) =>
        Block([.. items.Select(item => new string(' ', item.Depth * 2) + "- " + item.Text)]);

    private void Table(string[] header, IEnumerable<string[]> rows)
    {
        var lines = new List<string> { Row(header), Row([.. header.Select(_ => "---")]) };
        lines.AddRange(rows.Select(Row));
        Block([.. lines]);
    }

    private static string Row(string[] cells) => "| " + string.Join(" | ", cells) + " |";

    private void Block(params string[] lines)
    {
        if (_started)
        {
            _writer.Write('\n');
        }

        _started = true;
        foreach (var line in lines)
        {
            _writer.Write(line);
            _writer.Write('\n');
        }
    }
}
