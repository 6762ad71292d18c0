using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>Checks on lists of register text that several rules share.</summary>
internal static class Texts
{
    /// <summary>
    /// Gets a value indicating whether <paramref name="texts"/> states nothing: it is empty, or every text in it is
    /// empty or white space.
    /// </summary>
    /// <remarks>
    /// A loop rather than <c>All</c>, which takes the list as an <see cref="IEnumerable{T}"/> and so puts it and its
    /// enumerator on the heap; the rules ask this of every activity.
    /// </remarks>
    public static bool AllBlank(ValueArray<string> texts)
    {
        foreach (var text in texts)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets a value indicating whether <paramref name="texts"/> holds <paramref name="text"/>, exactly as written.</summary>
    /// <remarks>A loop rather than LINQ's <c>Contains</c>, for the same reason as <see cref="AllBlank"/>.</remarks>
    public static bool Contains(ValueArray<string> texts, string text)
    {
        foreach (var candidate in texts)
        {
            if (string.Equals(candidate, text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
