using System.Collections;
using System.Reflection;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Export;

/// <summary>Finds the fields of a part of the model that a fixture never sets, so that a round trip over it covers them all.</summary>
internal static class ModelFields
{
    /// <summary>
    /// Gets, as <c>Type.Property</c>, every settable property of the model types reachable from <paramref name="root"/>
    /// that holds no value in any instance: null, an empty list or <see langword="false"/>. An enum or number counts as
    /// set, since its default is a value like any other.
    /// </summary>
    public static List<string> NeverSet(object root)
    {
        var seen = new Dictionary<string, bool>(StringComparer.Ordinal);
        Walk(root, seen);
        return [.. seen.Where(field => !field.Value).Select(field => field.Key).Order(StringComparer.Ordinal)];
    }

    private static void Walk(object instance, Dictionary<string, bool> seen)
    {
        foreach (var property in instance.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null))
        {
            var key = $"{instance.GetType().Name}.{property.Name}";
            var value = property.GetValue(instance);
            seen[key] = seen.GetValueOrDefault(key) || HasValue(value);
            foreach (var part in Parts(value))
            {
                Walk(part, seen);
            }
        }
    }

    private static bool HasValue(object? value) => value switch
    {
        null => false,
        bool flag => flag,
        string => true,
        IEnumerable items => items.Cast<object>().Any(),
        _ => true,
    };

    // The model's own records, alone or in a list, are walked into; text, dates and enums are leaves.
    private static IEnumerable<object> Parts(object? value) => value switch
    {
        null or string => [],
        IEnumerable items => items.Cast<object>().Where(IsModel),
        _ when IsModel(value) => [value],
        _ => [],
    };

    private static bool IsModel(object value) =>
        value.GetType().Namespace == typeof(Register).Namespace && value.GetType().IsClass;
}
