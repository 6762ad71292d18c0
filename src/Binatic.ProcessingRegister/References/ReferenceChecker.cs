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
        Catalogue("processing activity", [.. register.Activities.Select((a, i) => (a.Id, $"/activities/{i}/id"))]);

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
        }

        Transfers(register.Transfers, "/transfers", parties);
        RetentionRules(register.RetentionPolicy?.Rules ?? default, "/retentionPolicy/rules", dataCategories);
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

    /// <summary>A reference to an id that no entry of its catalogue has.</summary>
    private sealed record Unresolved(string Id, string Pointer, SourceLocation At, Ids Ids, string Catalogue);

    /// <summary>A catalogue's ids: in order (for suggestions and listings) and by id with where each is defined (to check references).</summary>
    private sealed record Ids(string Kind, List<string> Known, Dictionary<string, string> PointerById)
    {
        public Dictionary<(string Id, string Catalogue), string> Hints { get; } = [];
    }
}
