using System.Runtime.CompilerServices;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// The spelling of enum values in registers: the member name in camelCase (<c>LegitimateInterests</c> is written
/// <c>legitimateInterests</c>), except for languages, which use their ISO 639-1 codes. One place, so that the
/// loader and the exporters can never disagree.
/// </summary>
/// <remarks>
/// The tables hold strings and ints only, never the enum type itself: framework generics over the library's enums
/// (a dictionary keyed by each enum, say) cannot be compiled ahead of time, and compiling them at start-up cost the
/// command about 60 ms.
/// </remarks>
internal static class WireNames
{
    public static TEnum Parse<TEnum>(string wireName)
        where TEnum : struct, Enum
    {
        if (!Table<TEnum>.ByWireName.TryGetValue(wireName, out var number))
        {
            throw new ArgumentException($"'{wireName}' is not a {typeof(TEnum).Name}; the schema should have refused it.", nameof(wireName));
        }

        return Unsafe.As<int, TEnum>(ref number);
    }

    public static string Format<TEnum>(TEnum value)
        where TEnum : struct, Enum => Table<TEnum>.Names[Unsafe.As<TEnum, int>(ref value)];

    public static IReadOnlyCollection<string> All<TEnum>()
        where TEnum : struct, Enum => Table<TEnum>.Names;

    private static string WireNameOf(Type type, string memberName) => (type == typeof(RegisterLanguage), memberName) switch
    {
        (true, nameof(RegisterLanguage.Dutch)) => "nl",
        (true, nameof(RegisterLanguage.English)) => "en",
        _ => string.Concat(char.ToLowerInvariant(memberName[0]).ToString(), memberName.AsSpan(1)),
    };

    private static class Table<TEnum>
        where TEnum : struct, Enum
    {
        /// <summary>The wire names, indexed by the enum's value.</summary>
        public static readonly string[] Names = NamesInValueOrder(typeof(TEnum));

        public static readonly Dictionary<string, int> ByWireName = Index(Names);

        private static string[] NamesInValueOrder(Type type)
        {
            // Indexing by value needs int enums numbered 0, 1, 2, ... as the model's are; anything else is a
            // programmer error that every load would hit at once.
            var values = (int[])Enum.GetValuesAsUnderlyingType(type);
            var names = Enum.GetNames(type);
            if (Enum.GetUnderlyingType(type) != typeof(int) || !IsNumberedFromZero(values))
            {
                throw new InvalidOperationException($"{type.Name} must be an int enum numbered from 0 without gaps.");
            }

            return [.. names.Select(name => WireNameOf(type, name))];
        }

        private static bool IsNumberedFromZero(int[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] != i)
                {
                    return false;
                }
            }

            return true;
        }

        private static Dictionary<string, int> Index(string[] names)
        {
            var index = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
            for (var i = 0; i < names.Length; i++)
            {
                index.Add(names[i], i);
            }

            return index;
        }
    }
}
