using System.Globalization;
using Binatic.ProcessingRegister.Facts;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Export;

/// <summary>What a node of the data map stands for.</summary>
internal enum DataMapNodeKind
{
    Subject,
    Activity,
    Party,
    Country,
}

/// <summary>A mark on a node, drawn as a style and written as a line of text.</summary>
internal enum DataMapMark
{
    Special,
    Criminal,
    OutsideEea,

    /// <summary>A node the change adds to the map (<see cref="DataMap.ToMermaidChange"/>).</summary>
    New,
}

/// <summary>
/// A node: a generated id, the key of what it stands for in the register (its kind and id, or a country's code), the
/// register's name for it in lines, and its marks.
/// </summary>
internal sealed record DataMapNode(string Id, string Key, DataMapNodeKind Kind, IReadOnlyList<string> Lines, IReadOnlyList<DataMapMark> Marks, int Group);

/// <summary>
/// An edge between two generated ids; dashed for a transfer the register states for all its activities, and new when
/// a change adds it to the map.
/// </summary>
internal sealed record DataMapEdge(string From, string To, bool Dashed, bool IsNew = false);

/// <summary>
/// The data map of a set of activities, independent of how it is drawn: data subjects, activities (in groups),
/// processors and recipients, and countries, each with a generated id, in the order they are first met.
/// </summary>
internal sealed class DataMapGraph
{
    // Longer names are broken over lines at spaces, so that a node stays narrow enough to read beside the others, and
    // within Mermaid's own wrapping width (200 px), which would otherwise break the lines again.
    private const int LineWidth = 22;

    // Fewer shared parties than this are drawn one arrow each: a frame would save little and hide who gets what.
    private const int MinimumSharedParties = 3;

    // Each candidate set is compared with every activity's; a register whose activities disclose to thousands of
    // different sets is not framed beyond the first of them, so that drawing stays linear in its size.
    private const int MaximumCandidateSets = 50;

    /// <summary>The generated id of the frame around the parties several activities share.</summary>
    public const string SharedPartiesId = "r1";

    private readonly Register _register;
    private readonly RegisterIndex _index;
    private readonly Labels _labels;
    private readonly Dictionary<string, DataMapNode> _subjects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DataMapNode> _parties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DataMapNode> _countries = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> _edgeSet = [];
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nodeKeys = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> _links = [];
    private readonly DataMapGraph? _previous;
    private HashSet<(string, string)>? _currentLinks;
    private int _activityCount;

    private DataMapGraph(Register register, Labels labels, DataMapGraph? previous)
    {
        _register = register;
        _index = new RegisterIndex(register);
        _labels = labels;
        _previous = previous;
    }

    public List<string> Groups { get; } = [];

    public List<DataMapNode> Subjects { get; } = [];

    public List<DataMapNode> Activities { get; } = [];

    public List<DataMapNode> Parties { get; } = [];

    public List<DataMapNode> Countries { get; } = [];

    public List<DataMapEdge> Edges { get; } = [];

    /// <summary>
    /// Gets the parties framed together because several activities disclose to all of them, each of which has one
    /// arrow to the frame (<see cref="SharedPartiesId"/>) instead of one to each; empty when no such parties are found.
    /// </summary>
    public List<DataMapNode> SharedParties { get; } = [];

    public Labels Labels => _labels;

    /// <summary>Gets every link of each activity, by the keys of its ends, so that two versions can be compared.</summary>
    public Dictionary<string, HashSet<(string From, string To)>> LinksByActivity { get; } = new(StringComparer.Ordinal);

    /// <summary>Builds the map of the activities in <paramref name="groups"/>; a group without a name is drawn without a frame.</summary>
    /// <remarks>
    /// With <paramref name="previous"/>, the map of an earlier version, every node and edge that map does not have is
    /// marked new.
    /// </remarks>
    public static DataMapGraph Build(Register register, IEnumerable<(string? Name, IReadOnlyList<ProcessingActivity> Activities)> groups, Labels labels, DataMapGraph? previous = null)
    {
        var graph = new DataMapGraph(register, labels, previous);
        foreach (var (name, activities) in groups)
        {
            var group = -1;
            if (name is not null)
            {
                graph.Groups.Add(name);
                group = graph.Groups.Count - 1;
            }

            foreach (var activity in activities)
            {
                graph.Add(activity, group);
            }
        }

        // A map of a change marks each new arrow, which an arrow to a frame would hide.
        if (previous is null)
        {
            graph.FrameSharedParties();
        }

        return graph;
    }

    /// <summary>The activities per department, in the register's order, those without a known department last; one unnamed group for a register without departments.</summary>
    public static List<(string? Name, IReadOnlyList<ProcessingActivity> Activities)> DepartmentGroups(Register register, Labels labels)
    {
        if (register.Departments.Count == 0)
        {
            return [(null, [.. register.Activities])];
        }

        var departments = register.Departments.DistinctBy(department => department.Id, StringComparer.Ordinal).ToList();
        var known = departments.Select(department => department.Id).ToHashSet(StringComparer.Ordinal);
        var groups = new List<(string? Name, IReadOnlyList<ProcessingActivity> Activities)>();
        foreach (var department in departments)
        {
            groups.Add((department.Name, [.. register.Activities.Where(activity => activity.Department == department.Id)]));
        }

        groups.Add((labels.OtherActivities, [.. register.Activities.Where(activity => activity.Department is not { } id || !known.Contains(id))]));
        return groups.FindAll(group => group.Activities.Count > 0);
    }

    /// <summary>
    /// The maps of the Markdown export: one per department for a register with departments, and for a large register
    /// without them one per run of <paramref name="size"/> activities, so that each map stays readable.
    /// </summary>
    public static List<(string? Heading, IReadOnlyList<ProcessingActivity> Activities)> MarkdownMaps(Register register, Labels labels, int size)
    {
        if (register.Departments.Count > 0)
        {
            return DepartmentGroups(register, labels);
        }

        if (register.Activities.Count <= size)
        {
            return [(null, [.. register.Activities])];
        }

        var maps = new List<(string? Heading, IReadOnlyList<ProcessingActivity> Activities)>();
        for (var start = 0; start < register.Activities.Count; start += size)
        {
            var end = Math.Min(start + size, register.Activities.Count);
            var heading = string.Format(CultureInfo.InvariantCulture, "{0} {1}–{2}", labels.DataMapActivities, start + 1, end);
            maps.Add((heading, [.. register.Activities.Skip(start).Take(end - start)]));
        }

        return maps;
    }

    /// <summary>Breaks <paramref name="text"/> into lines of about <see cref="LineWidth"/> characters at its spaces; every run of white space becomes one space.</summary>
    public static List<string> Wrap(string text)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > LineWidth)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>The text that marks a node, so that the map does not rely on colour alone.</summary>
    public string MarkText(DataMapMark mark) => mark switch
    {
        DataMapMark.Special => _labels.DataMapSpecial,
        DataMapMark.Criminal => _labels.DataMapCriminal,
        DataMapMark.OutsideEea => _labels.DataMapOutsideEea,
        DataMapMark.New => _labels.DataMapNew,
        _ => throw new ArgumentOutOfRangeException(nameof(mark), mark, "There is no such mark."),
    };

    private static string Id(string prefix, int number) => prefix + number.ToString(CultureInfo.InvariantCulture);

    private static bool IsOutsideEea(Location? location) =>
        location is not null && (location.IsWithinEea == false || location.Countries.Any(country => !GdprFacts.IsInEea(country)));

    private void Add(ProcessingActivity activity, int group)
    {
        var categories = activity.DataCategories.Select(id => _index.DataCategories.GetValueOrDefault(id)).OfType<DataCategory>().ToList();
        var marks = new List<DataMapMark>();
        if (activity.SpecialCategoryConditions.Count > 0 || categories.Any(category => category.SpecialCategory is not null))
        {
            marks.Add(DataMapMark.Special);
        }

        if (activity.CriminalOffenceGround is not null || categories.Any(category => category.IsCriminalOffenceData))
        {
            marks.Add(DataMapMark.Criminal);
        }

        var key = "activity:" + activity.Id;
        if (_previous is not null && !_previous._nodeKeys.Contains(key))
        {
            marks.Add(DataMapMark.New);
        }

        var node = new DataMapNode(Id("a", ++_activityCount), key, DataMapNodeKind.Activity, Wrap(activity.Name), marks, group);
        Activities.Add(node);
        _keys[node.Id] = key;
        _nodeKeys.Add(key);
        _currentLinks = LinksByActivity[activity.Id] = [];

        foreach (var subjectId in activity.DataSubjects)
        {
            var subject = Node(_subjects, Subjects, "s", "subject:" + subjectId, DataMapNodeKind.Subject, _index.DataSubjects.GetValueOrDefault(subjectId)?.Name ?? subjectId, []);
            Edge(subject.Id, node.Id, dashed: false);
        }

        foreach (var partyId in activity.Recipients ?? default)
        {
            Edge(node.Id, Party(partyId).Id, dashed: false);
        }

        foreach (var transfer in activity.Transfers)
        {
            var from = transfer.Recipient is { } recipient ? Party(recipient).Id : node.Id;
            Edge(from, Country(transfer.Country).Id, dashed: false);
        }

        // A transfer the register states for all its activities is drawn from each activity that neither has transfers
        // of its own nor says it has none; dashed, since the register does not tie it to the activity itself.
        foreach (var transfer in _register.Transfers)
        {
            if (transfer.Recipient is { } recipient && (activity.Recipients ?? default).Contains(recipient, StringComparer.Ordinal))
            {
                Edge(Party(recipient).Id, Country(transfer.Country).Id, dashed: true);
            }
            else if (transfer.Recipient is null && activity.Transfers.Count == 0 && !activity.HasNoTransfers)
            {
                Edge(node.Id, Country(transfer.Country).Id, dashed: true);
            }
        }
    }

    // Activities that all disclose to the same parties would each draw an arrow to every one of them (the Binatic
    // register: six activities, the same eight recipients, 48 arrows). The set of parties that the most activities
    // disclose to in full is framed, and each of those activities draws one arrow to the frame and its own to the rest.
    private void FrameSharedParties()
    {
        var parties = Parties.Select(party => party.Id).ToHashSet(StringComparer.Ordinal);
        var partiesOf = Activities.ToDictionary(activity => activity.Id, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var edge in Edges)
        {
            if (parties.Contains(edge.To) && partiesOf.TryGetValue(edge.From, out var set))
            {
                set.Add(edge.To);
            }
        }

        // Each distinct set once: a large register repeats the same few sets many times.
        var shared = partiesOf.Values
            .Where(set => set.Count >= MinimumSharedParties)
            .DistinctBy(set => string.Join(',', set.Order(StringComparer.Ordinal)), StringComparer.Ordinal)
            .Take(MaximumCandidateSets)
            .Select(set => (Set: set, Covered: partiesOf.Values.Count(other => other.IsSupersetOf(set))))
            .Where(candidate => candidate.Covered >= 2)
            .OrderByDescending(candidate => candidate.Covered * candidate.Set.Count)
            .Select(candidate => candidate.Set)
            .FirstOrDefault();
        if (shared is null)
        {
            return;
        }

        SharedParties.AddRange(Parties.Where(party => shared.Contains(party.Id)));
        var framed = new HashSet<string>(partiesOf.Where(pair => pair.Value.IsSupersetOf(shared)).Select(pair => pair.Key), StringComparer.Ordinal);
        var edges = new List<DataMapEdge>(Edges.Count);
        var arrowsToFrame = new HashSet<string>(StringComparer.Ordinal);
        foreach (var edge in Edges)
        {
            if (!framed.Contains(edge.From) || !shared.Contains(edge.To))
            {
                edges.Add(edge);
            }
            else if (arrowsToFrame.Add(edge.From))
            {
                edges.Add(new DataMapEdge(edge.From, SharedPartiesId, Dashed: false));
            }
        }

        Edges.Clear();
        Edges.AddRange(edges);
    }

    private DataMapNode Party(string id)
    {
        var (name, location) = _index.Processors.TryGetValue(id, out var processor) ? (processor.Name, processor.Location)
            : _index.Recipients.TryGetValue(id, out var recipient) ? (recipient.Name, recipient.Location)
            : (id, null);
        return Node(_parties, Parties, "p", "party:" + id, DataMapNodeKind.Party, name, IsOutsideEea(location) ? [DataMapMark.OutsideEea] : []);
    }

    private DataMapNode Country(string code) =>
        Node(_countries, Countries, "c", "country:" + code, DataMapNodeKind.Country, code, GdprFacts.IsInEea(code) ? [] : [DataMapMark.OutsideEea]);

    private DataMapNode Node(Dictionary<string, DataMapNode> byKey, List<DataMapNode> list, string prefix, string key, DataMapNodeKind kind, string name, IReadOnlyList<DataMapMark> marks)
    {
        if (!byKey.TryGetValue(key, out var node))
        {
            var isNew = _previous is not null && !_previous._nodeKeys.Contains(key);
            node = new DataMapNode(Id(prefix, list.Count + 1), key, kind, Wrap(name), isNew ? [.. marks, DataMapMark.New] : marks, -1);
            byKey.Add(key, node);
            list.Add(node);
            _keys[node.Id] = key;
            _nodeKeys.Add(key);
        }

        return node;
    }

    private void Edge(string from, string to, bool dashed)
    {
        var link = (_keys[from], _keys[to]);
        _currentLinks?.Add(link);
        _links.Add(link);
        if (_edgeSet.Add((from, to)))
        {
            var isNew = _previous is not null && !_previous._links.Contains(link);
            Edges.Add(new DataMapEdge(from, to, dashed, isNew));
        }
    }
}
