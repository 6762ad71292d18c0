namespace Binatic.ProcessingRegister.Import;

/// <summary>Makes register ids from names.</summary>
internal static class Identifiers
{
    /// <summary>Makes a unique id from <paramref name="name"/> and adds it to <paramref name="taken"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="taken">The ids already in use.</param>
    /// <returns>The id.</returns>
    public static string FromName(string name, ISet<string> taken)
    {
        var id = new string([.. name.ToLowerInvariant().Select(c => c is >= 'a' and <= 'z' ? c : '-')]).Trim('-');
        id = id.Length == 0 ? "id" : id;
        var candidate = id;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = id + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        taken.Add(candidate);
        return candidate;
    }
}
