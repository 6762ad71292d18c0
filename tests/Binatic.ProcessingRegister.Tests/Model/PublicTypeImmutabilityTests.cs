using System.Collections;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Diff;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Tests.Model;

/// <summary>
/// Every public type of the library is immutable, as Noda Time checks its own: a register, a finding or a comparison
/// handed to a caller cannot be changed behind the back of another caller holding the same instance, so caches and
/// parallel reviews are safe. <c>init</c> is allowed (it only builds a new value), and so are read-only and immutable
/// collections; a setter, a writable field, an array or a <see cref="List{T}"/> is not.
/// </summary>
public sealed class PublicTypeImmutabilityTests
{
    private const BindingFlags PublicMembers = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Type[] PublicTypes =
        [.. typeof(Register).Assembly.GetExportedTypes().Where(t => !t.IsEnum && !t.IsInterface && !typeof(Delegate).IsAssignableFrom(t))];

    // Immutable by construction, even where they implement IList<T> or IDictionary<K, V> with mutators that throw.
    private static readonly Type[] ImmutableGenericTypes =
        [typeof(ValueArray<>), typeof(IReadOnlyList<>), typeof(IReadOnlyCollection<>), typeof(IReadOnlyDictionary<,>), typeof(IReadOnlySet<>), typeof(IEnumerable<>)];

    [Fact]
    public void The_check_covers_the_model_the_diagnostics_and_the_comparison()
    {
        Assert.Contains(typeof(Register), PublicTypes);
        Assert.Contains(typeof(Diagnostic), PublicTypes);
        Assert.Contains(typeof(RegisterChanges), PublicTypes);
    }

    [Fact]
    public void No_public_type_has_a_public_setter()
    {
        var violations =
            from type in PublicTypes
            from property in type.GetProperties(PublicMembers)
            where property.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter)
            select $"{type.FullName}.{property.Name} has a public setter; make it init or get-only.";

        Assert.Empty(violations);
    }

    [Fact]
    public void No_public_type_has_a_public_field_that_can_be_written()
    {
        var violations =
            from type in PublicTypes
            from field in type.GetFields(PublicMembers)
            where !field.IsInitOnly && !field.IsLiteral
            select $"{type.FullName}.{field.Name} is a public field that can be written; make it readonly or a property.";

        Assert.Empty(violations);
    }

    [Fact]
    public void No_public_property_or_field_holds_a_mutable_collection()
    {
        var members =
            (from type in PublicTypes
             from property in type.GetProperties(PublicMembers)
             select (type, property.Name, Type: property.PropertyType))
            .Concat(
                from type in PublicTypes
                from field in type.GetFields(PublicMembers)
                select (type, field.Name, Type: field.FieldType));

        var violations =
            from member in members
            where IsMutableCollection(member.Type)
            select $"{member.type.FullName}.{member.Name} is a mutable collection ({member.Type}); use ValueArray<T>, IReadOnlyList<T>, IReadOnlyDictionary<TKey, TValue> or an immutable collection.";

        Assert.Empty(violations);
    }

    [Theory]
    [InlineData(typeof(string[]))]
    [InlineData(typeof(List<string>))]
    [InlineData(typeof(Dictionary<string, int>))]
    [InlineData(typeof(HashSet<string>))]
    [InlineData(typeof(IList<string>))]
    [InlineData(typeof(ICollection<string>))]
    [InlineData(typeof(IDictionary<string, int>))]
    [InlineData(typeof(IReadOnlyList<List<string>>))]
    public void A_collection_that_allows_changes_counts_as_mutable(Type type)
    {
        Assert.True(IsMutableCollection(type));
    }

    [Theory]
    [InlineData(typeof(string))]
    [InlineData(typeof(ValueArray<string>))]
    [InlineData(typeof(IReadOnlyList<string>))]
    [InlineData(typeof(IReadOnlyDictionary<string, int>))]
    [InlineData(typeof(ImmutableArray<string>))]
    [InlineData(typeof(ImmutableDictionary<string, int>))]
    [InlineData(typeof(FrozenSet<string>))]
    public void A_read_only_or_immutable_collection_does_not(Type type)
    {
        Assert.False(IsMutableCollection(type));
    }

    // The C# compiler marks an init accessor with a required modifier, IsExternalInit, on its return value.
    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsMutableCollection(Type type)
    {
        if (type.IsArray)
        {
            return true;
        }

        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return false;
        }

        var arguments = type.IsGenericType ? type.GetGenericArguments() : [];
        if (IsImmutableByConstruction(type))
        {
            // Read-only outside, but the items could still be lists.
            return arguments.Any(IsMutableCollection);
        }

        return true;
    }

    private static bool IsImmutableByConstruction(Type type) =>
        type.Namespace is "System.Collections.Immutable" or "System.Collections.Frozen"
        || (type.IsGenericType && ImmutableGenericTypes.Contains(type.GetGenericTypeDefinition()));
}
