using System.Collections.Frozen;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Binding;

/// <summary>
/// The spelling of enum values in registers: the member name in camelCase (<c>LegitimateInterests</c> is written
/// <c>legitimateInterests</c>), except for languages, which use their ISO 639-1 codes. One place, so that the
/// loader and the exporters can never disagree.
/// </summary>
internal static class WireNames
{
    public static TEnum Parse<TEnum>(string wireName)
        where TEnum : struct, Enum =>
        Table<TEnum>.ByWireName.TryGetValue(wireName, out var value)
            ? value
            : throw new ArgumentException($"'{wireName}' is not a {typeof(TEnum).Name}; the schema should have refused it.", nameof(wireName));

    public static string Format<TEnum>(TEnum value)
        where TEnum : struct, Enum => Table<TEnum>.ByValue[value];

    public static IReadOnlyCollection<string> All<TEnum>()
        where TEnum : struct, Enum => Table<TEnum>.ByWireName.Keys;

    private static string WireNameOf<TEnum>(TEnum value)
        where TEnum : struct, Enum => value switch
        {
            RegisterLanguage.Dutch => "nl",
            RegisterLanguage.English => "en",
            _ => CamelCase(value.ToString()),
        };

    private static string CamelCase(string name) => string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1));

    private static class Table<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> ByValue =
            Enum.GetValues<TEnum>().ToFrozenDictionary(value => value, WireNameOf);

        public static readonly FrozenDictionary<string, TEnum> ByWireName =
            ByValue.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
    }
}
