using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Parsing;

namespace Binatic.ProcessingRegister.References;

/// <summary>
/// Checks the ids that tie a register together: every catalogue entry has a unique id, and every reference
/// names an entry that exists. Findings point at the id or reference as written.
/// </summary>
internal sealed class ReferenceChecker
{
    private const int MaxListedIds = 8;

    private readonly SourceMap _map;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<Unresolved> _unresolved = [];

    private ReferenceChecker(SourceMap map) => _map = map;

    public static IReadOnlyList<Diagnostic> Check(Register register, SourceMap map)
    {
        var checker = new ReferenceChecker(map);
        checker.Run(register);
        checker.Contradictions(register);
        checker.ReportUnresolved();
        return checker._diagnostics;
    }

    private void Run(Register register)
    {
        var dataSubjects = Catalogue("data-subject category", [.. register.DataSubjectCategories.Select((c, i) => (c.Id, $"/dataSubjectCategories/{i}/id"))]);
        var dataCategories = Catalogue("data category", [.. register.DataCategories.Select((c, i) => (c.Id, $"/dataCategories/{i}/id"))]);

        // Processors and recipients share one namespace: an activity's recipients and a transfer's recipient may name either.
        var parties = Catalogue("processor or recipient", [
            .. register.Processors.Select((p, i) => (p.Id, $"/processors/{i}/id")),
            .. register.Recipients.Select((r, i) => (r.Id, $"/recipients/{i}/id")),
        ]);
        var measures = Catalogue("security measure", [.. (register.Security?.Measures ?? default).Select((m, i) => (m.Id, $"/security/measures/{i}/id"))]);
        var activities = Catalogue("processing activity", [.. register.Activities.Select((a, i) => (a.Id, $"/activities/{i}/id"))]);
        var organisation = OrganisationCatalogues(register);
        var specialCategories = register.DataCategories.Where(c => c.SpecialCategory is not null).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        for (var i = 0; i < register.Activities.Count; i++)
        {
            var activity = register.Activities[i];
            var at = $"/activities/{i}";
            References(activity.DataSubjects, $"{at}/dataSubjects", dataSubjects, "dataSubjectCategories");
            References(activity.DataCategories, $"{at}/dataCategories", dataCategories, "dataCategories");
            References(activity.Recipients ?? default, $"{at}/recipients", parties, "processors or recipients");
            References(activity.SecurityMeasures, $"{at}/securityMeasures", measures, "security.measures");
            Transfers(activity.Transfers, $"{at}/transfers", parties);
            RetentionRules(activity.Retention, $"{at}/retention", dataCategories);
            SpecialCategoryConditions(activity, at, dataCategories, specialCategories);
            ActivityOrganisation(activity, at, organisation);
        }

        for (var i = 0; i < register.Recipients.Count; i++)
        {
            References(register.Recipients[i].DataCategories, $"/recipients/{i}/dataCategories", dataCategories, "dataCategories");
        }

        Transfers(register.Transfers, "/transfers", parties);
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
                        ? $"did you mean '{nearest}'?"
                        : special.Count == 0
                            ? "it processes no special category"
                            : $"its special categories: {string.Join(", ", special.Take(MaxListedIds))}{(special.Count > MaxListedIds ? ", …" : string.Empty)}";
                    Report(
                        DiagnosticIds.ConditionCategoryOutOfScope,
                        pointer,
                        $"The Art. 9(2) condition of '{activity.Name}' names the data category '{id}', which the activity does not process; name one of the activity's special categories, or add '{id}' to its 'dataCategories' ({hint}).");
                }
                else if (!specialCategories.Contains(id))
                {
                    Report(
                        DiagnosticIds.ConditionCategoryOutOfScope,
                        pointer,
                        $"The Art. 9(2) condition of '{activity.Name}' names the data category '{id}', which is not a special category of data; remove it from the condition, or give the category its 'specialCategory' if it is one (Art. 9(1)).");
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
        ControllerForm(register.Controllers);

        // Only the controllers listed under 'controllers' have ids; the single 'controller' has none to refer to.
        var listed = register.Controllers.Select((c, i) => (c.Id, Index: i)).Where(c => c.Id is not null).ToList();
        var offset = register.Controllers.Count - listed.Count;
        var controllers = Catalogue("controller", [.. listed.Select(c => (c.Id!, $"/controllers/{c.Index - offset}/id"))]);
        var departments = Catalogue("department", [.. register.Departments.Select((d, i) => (d.Id, $"/departments/{i}/id"))]);
        var tasks = Catalogue("task", [.. register.Tasks.Select((t, i) => (t.Id, $"/tasks/{i}/id"))]);
        var arrangements = Catalogue("joint-controller arrangement", [.. register.JointControllerArrangements.Select((a, i) => (a.Id, $"/jointControllerArrangements/{i}/id"))]);
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
                "The register names no controller; add 'controller' with its name and contact details, or 'controllers' with an id, name and contact details for each (Art. 30(1)(a)).");
        }
        else if (controllers.Count > 1 && controllers[0].Id is null)
        {
            Report(
                DiagnosticIds.ControllerNotStatedOnce,
                "/controllers",
                "The register has both 'controller' and 'controllers'; keep 'controller' for one controller, or move it into 'controllers' with an id (Art. 30(1)(a)).");
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
                $"The activity '{activity.Id}' names no controller, but the register lists several; add 'controllers' with the ids of those responsible for it (known ids: {string.Join(", ", organisation.Controllers.Known.Take(MaxListedIds))}{(organisation.Controllers.Known.Count > MaxListedIds ? ", …" : string.Empty)}; Art. 30(1)(a)).");
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
                    $"The activity '{activity.Name}' states 'noTransfers: true' but lists {Count(activity.Transfers.Count, "transfer")} under 'transfers'; remove 'noTransfers', or the transfers if there are none (Art. 30(1)(e)).");
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
                    $"The retention rule keeps the data permanently ('permanent: true') and also sets the period '{period}'; remove 'period', or 'permanent' if the data is destroyed after the period.");
            }
        }
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private Ids Catalogue(string kind, IReadOnlyList<(string Id, string Pointer)> entries)
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
                    $"The id '{id}' is already used by the {kind} at line {there.Line}, column {there.Column}; ids must be unique, so rename one of them.");
            }
            else
            {
                first.Add(id, pointer);
            }
        }

        return new Ids(kind, [.. first.Keys], first);
    }

    private void References(ValueArray<string> references, string pointer, Ids ids, string catalogue)
    {
        for (var j = 0; j < references.Count; j++)
        {
            Reference(references[j], $"{pointer}/{j}", ids, catalogue);
        }
    }

    private void Transfers(ValueArray<Transfer> transfers, string pointer, Ids parties)
    {
        for (var j = 0; j < transfers.Count; j++)
        {
            if (transfers[j].Recipient is { } recipient)
            {
                Reference(recipient, $"{pointer}/{j}/recipient", parties, "processors or recipients");
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

    private void Reference(string id, string pointer, Ids ids, string catalogue)
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
            var hint = hinted++ < FindingCap.PerRule ? $" ({Hint(id, ids, catalogue)})" : ".";
            _diagnostics.Add(new Diagnostic(
                DiagnosticIds.UnknownReference,
                DiagnosticSeverity.Error,
                $"No {ids.Kind} has the id '{id}'; define it under {catalogue} or correct the reference{hint}",
                reference.At,
                reference.Pointer));
        }
    }

    // A misspelt id is often repeated, so each is looked up once.
    private static string Hint(string id, Ids ids, string catalogue)
    {
        if (!ids.Hints.TryGetValue((id, catalogue), out var hint))
        {
            hint = NearestMatch.Find(id, ids.Known) is { } nearest
                ? $"did you mean '{nearest}'?"
                : ids.Known.Count == 0
                    ? $"{catalogue} defines none yet."
                    : $"known ids: {string.Join(", ", ids.Known.Take(MaxListedIds))}{(ids.Known.Count > MaxListedIds ? ", …" : string.Empty)}.";
            ids.Hints.Add((id, catalogue), hint);
        }

        return hint;
    }

    private void Report(string id, string pointer, string message) =>
        _diagnostics.Add(new Diagnostic(id, DiagnosticSeverity.Error, message, _map.Locate(pointer), pointer));

    /// <summary>The catalogues of the organisation that activities refer to, and whether it has several controllers.</summary>
    private sealed record Organisation(Ids Controllers, Ids Departments, Ids Tasks, Ids Arrangements, bool HasSeveralControllers);

    /// <summary>A reference to an id that no entry of its catalogue has.</summary>
    private sealed record Unresolved(string Id, string Pointer, SourceLocation At, Ids Ids, string Catalogue);

    /// <summary>A catalogue's ids: in order (for suggestions and listings) and by id with where each is defined (to check references).</summary>
    private sealed record Ids(string Kind, List<string> Known, Dictionary<string, string> PointerById)
    {
        public Dictionary<(string Id, string Catalogue), string> Hints { get; } = [];
    }
}
