using System.Collections.Immutable;

namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>Sheet names as Excel accepts them.</summary>
internal static class SheetNames
{
    /// <summary>The longest sheet name Excel accepts.</summary>
    public const int MaxLength = 31;

    /// <summary>
    /// Makes each name valid for Excel and unique in the workbook: at most 31 characters, none of <c>[ ] : * ? / \</c>
    /// (each becomes <c>_</c>), not starting or ending with an apostrophe, not empty, not <c>History</c> (which Excel
    /// keeps for itself), and no two the same when case is ignored, as Excel compares them; a later duplicate gets
    /// <c> (2)</c>, <c> (3)</c>, ….
    /// </summary>
    /// <param name="names">The names as given, in the workbook's order.</param>
    /// <returns>The names to write, in the same order.</returns>
    public static ImmutableArray<string> Unique(IEnumerable<string> names)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var name in names)
        {
            var valid = Valid(name);
            var candidate = valid;
            for (var number = 2; !taken.Add(candidate); number++)
            {
                var suffix = " (" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
                candidate = Shorten(valid, MaxLength - suffix.Length) + suffix;
            }

            result.Add(candidate);
        }

        return result.ToImmutable();
    }

    private static string Valid(string name)
    {
        var cleaned = new string(XmlText.Clean(name)
            .Select(character => character is '[' or ']' or ':' or '*' or '?' or '/' or '\\' || char.IsControl(character) ? '_' : character)
            .ToArray());
        cleaned = Shorten(cleaned.Trim(), MaxLength).Trim('\'').Trim();
        return cleaned.Length == 0 || cleaned.Equals("History", StringComparison.OrdinalIgnoreCase) ? "Sheet" + (cleaned.Length == 0 ? string.Empty : "_" + cleaned) : cleaned;
    }

    /// <summary>Cuts <paramref name="text"/> to <paramref name="length"/> characters, never between the halves of a surrogate pair.</summary>
    private static string Shorten(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = char.IsLowSurrogate(text[length]) ? length - 1 : length;
        return text[..cut];
    }
}
