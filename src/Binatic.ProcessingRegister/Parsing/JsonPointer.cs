using System.Globalization;
using System.Text;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>Builds and reads RFC 6901 JSON Pointers, escaping <c>~</c> and <c>/</c> in keys.</summary>
internal static class JsonPointer
{
    public const string Root = "";

    public static StringBuilder AppendKey(StringBuilder pointer, string key)
    {
        pointer.Append('/');
        foreach (var c in key)
        {
            _ = c switch
            {
                '~' => pointer.Append("~0"),
                '/' => pointer.Append("~1"),
                _ => pointer.Append(c),
            };
        }

        return pointer;
    }

    public static StringBuilder AppendIndex(StringBuilder pointer, int index) =>
        pointer.Append('/').Append(index.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// Reads one reference token of a pointer back into the key it escapes. A <c>~</c> not followed by 0 or 1 is no
    /// escape of any key, so no key can match the token.
    /// </summary>
    /// <returns>False when the token is not a valid escape.</returns>
    public static bool TryUnescape(ReadOnlySpan<char> token, out string key)
    {
        if (!token.Contains('~'))
        {
            key = token.ToString();
            return true;
        }

        var builder = new StringBuilder(token.Length);
        for (var i = 0; i < token.Length; i++)
        {
            if (token[i] != '~')
            {
                builder.Append(token[i]);
                continue;
            }

            if (i + 1 == token.Length || token[i + 1] is not ('0' or '1'))
            {
                key = string.Empty;
                return false;
            }

            builder.Append(token[++i] == '0' ? '~' : '/');
        }

        key = builder.ToString();
        return true;
    }

    /// <summary>Reads a reference token as an array index, accepting only the form <see cref="AppendIndex"/> writes.</summary>
    public static bool TryIndex(ReadOnlySpan<char> token, out int index)
    {
        // NumberStyles.None admits ASCII digits only: no sign, no white space.
        index = -1;
        return !(token.Length > 1 && token[0] == '0')
            && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }
}
