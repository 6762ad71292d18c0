using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// A list of named things the activities refer to by id (data subjects, data categories, recipients, …), built across
/// the rows: each distinct name once, in the order first met.
/// </summary>
/// <param name="taken">The ids already in use where these ids must be unique.</param>
internal sealed class Catalogue(ISet<string> taken)
{
    private readonly Dictionary<string, CatalogueEntry> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<CatalogueEntry> _entries = [];

    /// <summary>Gets the entries in the order first met.</summary>
    public IReadOnlyList<CatalogueEntry> Entries => _entries;

    /// <summary>Gets the entry named <paramref name="name"/>, or <see langword="null"/> when there is none yet.</summary>
    public CatalogueEntry? Find(string name) => _byName.GetValueOrDefault(HeaderText.Name(name));

    /// <summary>Gets the entry named <paramref name="name"/>, made now if it is new.</summary>
    /// <param name="name">The name as written in the cell.</param>
    /// <param name="at">The cell.</param>
    /// <param name="made">Called once, with the entry, when it is new.</param>
    public CatalogueEntry Get(string name, SourceLocation at, Action<CatalogueEntry>? made = null)
    {
        var key = HeaderText.Name(name);
        if (_byName.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var id = Identifiers.FromName(name, taken);
        taken.Add(id);
        var entry = new CatalogueEntry(id, name, at);
        _byName[key] = entry;
        _entries.Add(entry);
        made?.Invoke(entry);
        return entry;
    }
}
