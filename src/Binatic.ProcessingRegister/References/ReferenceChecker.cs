using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Parsing;

namespace Binatic.ProcessingRegister.References;

/// <summary>
/// Checks the ids that tie a register together: every catalogue entry has a unique id, and every reference
/// names an entry that exists. Findings point at the id or reference as written.
/// </summary>
internal sealed partial class ReferenceChecker
{
    private const int MaxListedIds = 8;

    private static readonly MessageTemplate DataSubjectKind = new("data-subject category", "categorie betrokkenen");
    private static readonly MessageTemplate DataCategoryKind = new("data category", "categorie persoonsgegevens");
    private static readonly MessageTemplate PartyKind = new("processor or recipient", "verwerker of ontvanger");
    private static readonly MessageTemplate MeasureKind = new("security measure", "beveiligingsmaatregel");
    private static readonly MessageTemplate ActivityKind = new("processing activity", "verwerking");
    private static readonly MessageTemplate ControllerKind = new("controller", "verwerkingsverantwoordelijke");
    private static readonly MessageTemplate DepartmentKind = new("department", "afdeling");
    private static readonly MessageTemplate TaskKind = new("task", "taak");
    private static readonly MessageTemplate ArrangementKind = new("joint-controller arrangement", "regeling tussen gezamenlijke verwerkingsverantwoordelijken");
    private static readonly MessageTemplate PartiesCatalogueText = new("processors or recipients", "processors of recipients");

    private static readonly MessageTemplate NoController = new(
        "The register names no controller; add 'controller' with its name and contact details, or 'controllers' with an id, name and contact details for each (Art. 30(1)(a)).",
        "Het register noemt geen verwerkingsverantwoordelijke; voeg 'controller' toe met naam en contactgegevens, of 'controllers' met voor elk een id, naam en contactgegevens (art. 30 lid 1 onder a AVG).");

    private static readonly MessageTemplate BothControllerForms = new(
        "The register has both 'controller' and 'controllers'; keep 'controller' for one controller, or move it into 'controllers' with an id (Art. 30(1)(a)).",
        "Het register heeft zowel 'controller' als 'controllers'; houd 'controller' voor één verwerkingsverantwoordelijke, of verplaats die naar 'controllers' met een id (art. 30 lid 1 onder a AVG).");

    private static readonly MessageTemplate ActivityWithoutController = new(
        "The activity '{activity}' names no controller, but the register lists several; add 'controllers' with the ids of those responsible for it (known ids: {known}; Art. 30(1)(a)).",
        "De verwerking '{activity}' noemt geen verwerkingsverantwoordelijke, maar het register noemt er meerdere; voeg 'controllers' toe met de ids van de verwerkingsverantwoordelijken ervan (bekende ids: {known}; art. 30 lid 1 onder a AVG).");

    private static readonly MessageTemplate TransfersDespiteNoTransfers = new(
        "The activity '{activity}' states 'noTransfers: true' but lists {count} under 'transfers'; remove 'noTransfers', or the transfers if there are none (Art. 30(1)(e)).",
        "De verwerking '{activity}' zegt 'noTransfers: true', maar noemt {count} onder 'transfers'; verwijder 'noTransfers', of de doorgiften als er geen zijn (art. 30 lid 1 onder e AVG).");

    private static readonly MessageTemplate OneTransfer = new("1 transfer", "1 doorgifte");
    private static readonly MessageTemplate ManyTransfers = new("{count} transfers", "{count} doorgiften");

    private static readonly MessageTemplate PermanentWithPeriod = new(
        "The retention rule keeps the data permanently ('permanent: true') and also sets the period '{period}'; remove 'period', or 'permanent' if the data is destroyed after the period.",
        "De bewaarregel bewaart de gegevens permanent ('permanent: true') en stelt ook de termijn '{period}'; verwijder 'period', of 'permanent' als de gegevens na de termijn worden vernietigd.");

    private static readonly MessageTemplate DuplicateId = new(
        "The id '{id}' is already used by the {kind} at line {line}, column {column}; ids must be unique, so rename one of them.",
        "Het id '{id}' wordt al gebruikt door de {kind} op regel {line}, kolom {column}; ids moeten uniek zijn, dus geef een van beide een andere naam.");

    private static readonly MessageTemplate UnknownId = new(
        "No {kind} has the id '{id}'; define it under {catalogue} or correct the reference{hint}",
        "Geen {kind} heeft het id '{id}'; definieer het onder {catalogue} of verbeter de verwijzing{hint}");

    private static readonly MessageTemplate DidYouMean = new(" (did you mean '{nearest}'?)", " (bedoelt u '{nearest}'?)");
    private static readonly MessageTemplate NoneYet = new(" ({catalogue} defines none yet.)", " ({catalogue} definieert er nog geen.)");
    private static readonly MessageTemplate KnownIds = new(" (known ids: {known}.)", " (bekende ids: {known}.)");

    private static readonly MessageTemplate ConditionOutsideActivity = new(
        "The Art. 9(2) condition of '{activity}' names the data category '{id}', which the activity does not process; name one of the activity's special categories, or add '{id}' to its 'dataCategories' ({hint}).",
        "De voorwaarde van art. 9 lid 2 AVG bij '{activity}' noemt de categorie persoonsgegevens '{id}', die de verwerking niet verwerkt; noem een van de bijzondere categorieën van de verwerking, of voeg '{id}' toe aan haar 'dataCategories' ({hint}).");

    private static readonly MessageTemplate ConditionDidYouMean = new("did you mean '{nearest}'?", "bedoelt u '{nearest}'?");
    private static readonly MessageTemplate NoSpecialCategory = new("it processes no special category", "zij verwerkt geen bijzondere categorie");
    private static readonly MessageTemplate ItsSpecialCategories = new("its special categories: {known}", "haar bijzondere categorieën: {known}");

    private static readonly MessageTemplate ConditionCategoryNotSpecial = new(
        "The Art. 9(2) condition of '{activity}' names the data category '{id}', which is not a special category of data; remove it from the condition, or give the category its 'specialCategory' if it is one (Art. 9(1)).",
        "De voorwaarde van art. 9 lid 2 AVG bij '{activity}' noemt de categorie persoonsgegevens '{id}', die geen bijzondere categorie van persoonsgegevens is; verwijder haar uit de voorwaarde, of geef de categorie haar 'specialCategory' als zij er een is (art. 9 lid 1 AVG).");

    private static readonly MessageText PartiesCatalogue = PartiesCatalogueText.Text();

    private readonly SourceMap _map;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<Unresolved> _unresolved = [];
    private Ids? _measures;

    private ReferenceChecker(SourceMap map) => _map = map;

    public static IReadOnlyList<Diagnostic> Check(Register register, SourceMap map)
    {
        var checker = new ReferenceChecker(map);
        checker.RoleParts(register);
        checker.Run(register);
        checker.ProcessorRecord(register);
        checker.Contradictions(register);
        checker.ReportUnresolved();
        return checker._diagnostics;
    }

    private void Run(Register register)
    {
        var dataSubjects = Catalogue(DataSubjectKind, [.. register.DataSubjectCategories.Select((c, i) => (c.Id, $"/dataSubjectCategories/{i}/id"))]);
        var dataCategories = Catalogue(DataCategoryKind, [.. register.DataCategories.Select((c, i) => (c.Id, $"/dataCategories/{i}/id"))]);

        // Processors and recipients share one namespace: an activity's recipients and a transfer's recipient may name either.
        var parties = Catalogue(PartyKind, [
            .. register.Processors.Select((p, i) => (p.Id, $"/processors/{i}/id")),
            .. register.Recipients.Select((r, i) => (r.Id, $"/recipients/{i}/id")),
        ]);
        var measures = _measures = Catalogue(MeasureKind, [.. (register.Security?.Measures ?? default).Select((m, i) => (m.Id, $"/security/measures/{i}/id"))]);
        var activities = Catalogue(ActivityKind, [.. register.Activities.Select((a, i) => (a.Id, $"/activities/{i}/id"))]);
        var organisation = OrganisationCatalogues(register);
        var specialCategories = register.DataCategories.Where(c => c.SpecialCategory is not null).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        for (var i = 0; i < register.Activities.Count; i++)
        {
            var activity = register.Activities[i];
            var at = $"/activities/{i}";
            References(activity.DataSubjects, $"{at}/dataSubjects", dataSubjects, "dataSubjectCategories");
            References(activity.DataCategories, $"{at}/dataCategories", dataCategories, "dataCategories");
            References(activity.Recipients ?? default, $"{at}/recipients", parties, PartiesCatalogue);
            References(activity.SecurityMeasures, $"{at}/securityMeasures", measures, "security.measures");
            Transfers(activity.Transfers, $"{at}/transfers", parties, PartiesCatalogue);
            RetentionRules(activity.Retention, $"{at}/retention", dataCategories);
            SpecialCategoryConditions(activity, at, dataCategories, specialCategories);
            ActivityOrganisation(activity, at, organisation);
        }

        for (var i = 0; i < register.Recipients.Count; i++)
        {
            References(register.Recipients[i].DataCategories, $"/recipients/{i}/dataCategories", dataCategories, "dataCategories");
        }

        Transfers(register.Transfers, "/transfers", parties, PartiesCatalogue);
        RetentionRules(register.RetentionPolicy?.Rules ?? default, "/retentionPolicy/rules", dataCategories);
        var rights = register.DataSubjectRights?.Rights ?? default;
        for (var j = 0; j < rights.Count; j++)
        {
            References(rights[j].Activities, $"/dataSubjectRights/rights/{j}/activities", activities, "activities");
        }
    }

    /// <summary>
    /// Checks the data categories an activity's Art. 9(2) conditions name: each must be a special category of data
    /// that the activity itself processes. An id that no data category has is an unknown reference like any other;
    /// one that names a category outside the activity, or one that is not special, is reported where it is written.
    /// </summary>
    private void SpecialCategoryConditions(ProcessingActivity activity, string at, Ids dataCategories, HashSet<string> specialCategories)
    {
        var conditions = activity.SpecialCategoryConditions;

        // Sets, not the lists themselves: a hostile register may name many thousands of categories on both sides.
        HashSet<string>? processed = null;
        for (var j = 0; j < conditions.Count; j++)
        {
            var named = conditions[j].DataCategories;
            for (var k = 0; k < named.Count; k++)
            {
                var id = named[k];
                var pointer = $"{at}/specialCategoryConditions/{j}/dataCategories/{k}";
                if (!dataCategories.PointerById.ContainsKey(id))
                {
                    Reference(id, pointer, dataCategories, "dataCategories");
                }
                else if (!(processed ??= activity.DataCategories.ToHashSet(StringComparer.Ordinal)).Contains(id))
                {
                    var special = activity.DataCategories.Distinct(StringComparer.Ordinal).Where(specialCategories.Contains).ToList();
                    var hint = NearestMatch.Find(id, special) is { } nearest
                        ? ConditionDidYouMean.With(("nearest", nearest))
                        : special.Count == 0
                            ? NoSpecialCategory.Text()
                            : ItsSpecialCategories.With(("known", string.Join(", ", special.Take(MaxListedIds)) + (special.Count > MaxListedIds ? ", …" : string.Empty)));
                    Report(
                        DiagnosticIds.ConditionCategoryOutOfScope,
                        pointer,
                        ConditionOutsideActivity.With(("activity", activity.Name), ("id", id), ("hint", hint)));
                }
                else if (!specialCategories.Contains(id))
                {
                    Report(
                        DiagnosticIds.ConditionCategoryOutOfScope,
                        pointer,
                        ConditionCategoryNotSpecial.With(("activity", activity.Name), ("id", id)));
                }
            }
        }
    }

    /// <summary>
    /// Checks that the register states its controller in one form, and the catalogues of the organisation's
    /// controllers, departments, tasks and joint-controller arrangements, with the tasks' departments.
    /// </summary>
    private Organisation OrganisationCatalogues(Register register)
    {
        // A processor's record has no controller of its own: the controllers it acts for are its clients.
        if (register.Info.IsControllerRecord)
        {
            ControllerForm(register.Controllers);
        }


        // Only the controllers listed under 'controllers' have ids; the single 'controller' has none to refer to.
        var listed = register.Controllers.Select((c, i) => (c.Id, Index: i)).Where(c => c.Id is not null).ToList();
        var offset = register.Controllers.Count - listed.Count;
        var controllers = Catalogue(ControllerKind, [.. listed.Select(c => (c.Id!, $"/controllers/{c.Index - offset}/id"))]);
        var departments = Catalogue(DepartmentKind, [.. register.Departments.Select((d, i) => (d.Id, $"/departments/{i}/id"))]);
        var tasks = Catalogue(TaskKind, [.. register.Tasks.Select((t, i) => (t.Id, $"/tasks/{i}/id"))]);
        var arrangements = Catalogue(ArrangementKind, [.. register.JointControllerArrangements.Select((a, i) => (a.Id, $"/jointControllerArrangements/{i}/id"))]);
        for (var i = 0; i < register.Tasks.Count; i++)
        {
            if (register.Tasks[i].Department is { } department)
            {
                Reference(department, $"/tasks/{i}/department", departments, "departments");
            }
        }

        return new Organisation(controllers, departments, tasks, arrangements, listed.Count > 1);
    }

    /// <summary>
    /// Reports a register with neither <c>controller</c> nor <c>controllers</c>, or with both: the binder keeps both,
    /// the single one first and without an id, so that this can tell the cases apart.
    /// </summary>
    private void ControllerForm(ValueArray<Controller> controllers)
    {
        if (controllers.Count == 0)
        {
            Report(
                DiagnosticIds.ControllerNotStatedOnce,
                JsonPointer.Root,
                NoController.Text());
        }
        else if (controllers.Count > 1 && controllers[0].Id is null)
        {
            Report(
                DiagnosticIds.ControllerNotStatedOnce,
                "/controllers",
                BothControllerForms.Text());
        }
    }

    private void ActivityOrganisation(ProcessingActivity activity, string at, Organisation organisation)
    {
        References(activity.Controllers, $"{at}/controllers", organisation.Controllers, "controllers");
        if (activity.Controllers.Count == 0 && organisation.HasSeveralControllers)
        {
            Report(
                DiagnosticIds.ActivityWithoutController,
                at,
                ActivityWithoutController.With(("activity", activity.Id), ("known", Listed(organisation.Controllers.Known))));
        }

        if (activity.Department is { } department)
        {
            Reference(department, $"{at}/department", organisation.Departments, "departments");
        }

        if (activity.Task is { } task)
        {
            Reference(task, $"{at}/task", organisation.Tasks, "tasks");
        }

        References(activity.JointControllerArrangements, $"{at}/jointControllerArrangements", organisation.Arrangements, "jointControllerArrangements");
    }

    /// <summary>
    /// Reports statements that contradict each other in one place, which the schema cannot express: an activity
    /// that says it transfers nothing and lists transfers, and a permanent retention rule with a period.
    /// </summary>
    private void Contradictions(Register register)
    {
        for (var i = 0; i < register.Activities.Count; i++)
        {
            var activity = register.Activities[i];
            if (activity.HasNoTransfers && activity.Transfers.Count > 0)
            {
                Report(
                    DiagnosticIds.TransfersDespiteNoTransfers,
                    $"/activities/{i}/noTransfers",
                    TransfersDespiteNoTransfers.With(("activity", activity.Name), ("count", activity.Transfers.Count == 1 ? OneTransfer.Text() : ManyTransfers.With(("count", activity.Transfers.Count)))));
            }

            PermanentRules(activity.Retention, $"/activities/{i}/retention");
        }

        PermanentRules(register.RetentionPolicy?.Rules ?? default, "/retentionPolicy/rules");
    }

    private void PermanentRules(ValueArray<RetentionRule> rules, string pointer)
    {
        for (var j = 0; j < rules.Count; j++)
        {
            if (rules[j].IsPermanent && rules[j].Period is { } period)
            {
                Report(
                    DiagnosticIds.PermanentRetentionWithPeriod,
                    $"{pointer}/{j}/period",
                    PermanentWithPeriod.With(("period", period)));
            }
        }
    }

    private static string Listed(List<string> known) =>
        string.Join(", ", known.Take(MaxListedIds)) + (known.Count > MaxListedIds ? ", …" : string.Empty);

    private Ids Catalogue(MessageTemplate kind, IReadOnlyList<(string Id, string Pointer)> entries)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, pointer) in entries)
        {
            if (first.TryGetValue(id, out var earlier))
            {
                var there = _map.Locate(earlier);
                Report(
                    DiagnosticIds.DuplicateId,
                    pointer,
                    DuplicateId.With(("id", id), ("kind", kind.Text()), ("line", there.Line), ("column", there.Column)));
            }
            else
            {
                first.Add(id, pointer);
            }
        }

        return new Ids(kind, [.. first.Keys], first);
    }

    private void References(ValueArray<string> references, string pointer, Ids ids, object catalogue)
    {
        for (var j = 0; j < references.Count; j++)
        {
            Reference(references[j], $"{pointer}/{j}", ids, catalogue);
        }
    }

    private void Transfers(ValueArray<Transfer> transfers, string pointer, Ids parties, object catalogue)
    {
        for (var j = 0; j < transfers.Count; j++)
        {
            if (transfers[j].Recipient is { } recipient)
            {
                Reference(recipient, $"{pointer}/{j}/recipient", parties, catalogue);
            }
        }
    }

    private void RetentionRules(ValueArray<RetentionRule> rules, string pointer, Ids dataCategories)
    {
        for (var j = 0; j < rules.Count; j++)
        {
            References(rules[j].DataCategories, $"{pointer}/{j}/dataCategories", dataCategories, "dataCategories");
        }
    }

    private void Reference(string id, string pointer, Ids ids, object catalogue)
    {
        if (!ids.PointerById.ContainsKey(id))
        {
            _unresolved.Add(new Unresolved(id, pointer, _map.Locate(pointer), ids, catalogue));
        }
    }

    /// <summary>
    /// Reports the references to undefined ids. Finding the nearest id reads the whole catalogue, so only the first
    /// <see cref="FindingCap.PerRule"/> in the file's order, which are the ones a report shows, get a hint: twenty
    /// thousand misspelt references to a catalogue of twenty thousand ids would otherwise take minutes.
    /// </summary>
    private void ReportUnresolved()
    {
        var hinted = 0;
        foreach (var reference in _unresolved.OrderBy(r => r.At.Line).ThenBy(r => r.At.Column))
        {
            var (id, ids, catalogue) = (reference.Id, reference.Ids, reference.Catalogue);
            object hint = hinted++ < FindingCap.PerRule ? Hint(id, ids, catalogue) : ".";
            _diagnostics.Add(new Diagnostic(
                DiagnosticIds.UnknownReference,
                DiagnosticSeverity.Error,
                UnknownId.With(("kind", ids.Kind.Text()), ("id", id), ("catalogue", catalogue), ("hint", hint)),
                reference.At,
                reference.Pointer));
        }
    }

    // A misspelt id is often repeated, so each is looked up once.
    private static MessageText Hint(string id, Ids ids, object catalogue)
    {
        if (!ids.Hints.TryGetValue((id, catalogue), out var hint))
        {
            hint = NearestMatch.Find(id, ids.Known) is { } nearest
                ? DidYouMean.With(("nearest", nearest))
                : ids.Known.Count == 0
                    ? NoneYet.With(("catalogue", catalogue))
                    : KnownIds.With(("known", Listed(ids.Known)));
            ids.Hints.Add((id, catalogue), hint);
        }

        return hint;
    }

    private void Report(string id, string pointer, MessageText message) =>
        _diagnostics.Add(new Diagnostic(id, DiagnosticSeverity.Error, message, _map.Locate(pointer), pointer));

    /// <summary>The catalogues of the organisation that activities refer to, and whether it has several controllers.</summary>
    private sealed record Organisation(Ids Controllers, Ids Departments, Ids Tasks, Ids Arrangements, bool HasSeveralControllers);

    /// <summary>A reference to an id that no entry of its catalogue has.</summary>
    private sealed record Unresolved(string Id, string Pointer, SourceLocation At, Ids Ids, object Catalogue);

    /// <summary>A catalogue's ids: in order (for suggestions and listings) and by id with where each is defined (to check references).</summary>
    private sealed record Ids(MessageTemplate Kind, List<string> Known, Dictionary<string, string> PointerById)
    {
        public Dictionary<(string Id, object Catalogue), MessageText> Hints { get; } = [];
    }
}
