using System.Text;
using System.Text.RegularExpressions;

namespace Binatic.ProcessingRegister.Import;

/// <summary>
/// Compares the header of a column as people type it with the template's own: regardless of case, of spaces (collapsed,
/// no-break spaces included), of a trailing ":" or "*", and of a trailing remark in brackets such as "(if applicable)".
/// </summary>
internal static partial class HeaderText
{
    /// <summary>Gets <paramref name="text"/> as headers are compared.</summary>
    public static string Key(string text)
    {
        var key = Name(text);
        string before;
        do
        {
            before = key;
            key = key.TrimEnd(':', '*', ' ');
            key = TrailingRemark().Replace(key, string.Empty).TrimEnd();
        }
        while (key != before && key.Length > 0);

        return key;
    }

    /// <summary>Gets <paramref name="text"/> as names are compared: regardless of case and of spaces.</summary>
    public static string Name(string text) => Spaces().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim().ToLowerInvariant();

    [GeneratedRegex(@"[\s\u00A0\u2007\u202F\u200B]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*\([^()]*\)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingRemark();
}
