using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// An immutable list that compares by its contents, so that two registers read from the same text are equal
/// as values. <see cref="ImmutableArray{T}"/> alone compares by reference, which would make every record
/// that holds a list unequal to its copy.
/// </summary>
/// <typeparam name="T">The type of the items.</typeparam>
[CollectionBuilder(typeof(ValueArray), nameof(ValueArray.Create))]
public readonly struct ValueArray<T> : IReadOnlyList<T>, IEquatable<ValueArray<T>>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Initializes a new instance of the <see cref="ValueArray{T}"/> struct with a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The items, in order.</param>
    public ValueArray(IEnumerable<T> items) => _items = [.. items];

    private ValueArray(ImmutableArray<T> items) => _items = items;

    /// <summary>Gets the number of items.</summary>
    public int Count => _items.IsDefault ? 0 : _items.Length;

    /// <summary>Gets the item at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based position of the item.</param>
    public T this[int index] => Items[index];

    private ImmutableArray<T> Items => _items.IsDefault ? [] : _items;

    /// <summary>Compares two lists item by item.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns><see langword="true"/> when both hold equal items in the same order.</returns>
    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    /// <summary>Compares two lists item by item.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns><see langword="true"/> when the lists differ in length or in any item.</returns>
    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);

    internal static ValueArray<T> FromImmutable(ImmutableArray<T> items) => new(items);

    /// <summary>Gets an enumerator over the items.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(ValueArray<T> other) => Items.AsSpan().SequenceEqual(other.Items.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Lists the items, for debugging.</summary>
    /// <returns>The items between brackets.</returns>
    public override string ToString() => "[" + string.Join(", ", Items) + "]";
}
