using System.Globalization;

namespace Binatic.ProcessingRegister.Parsing;

/// <summary>Builds RFC 6901 JSON Pointers, escaping <c>~</c> and <c>/</c> in keys.</summary>
internal static class JsonPointer
{
    public const string Root = "";

    public static string Append(string pointer, string key) =>
        pointer + "/" + key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Append(string pointer, int index) =>
        pointer + "/" + index.ToString(CultureInfo.InvariantCulture);
}
