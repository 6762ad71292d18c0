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
}
