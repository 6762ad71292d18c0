using System.Collections.Immutable;

namespace Binatic.ProcessingRegister.Model;

/// <summary>Creates <see cref="ValueArray{T}"/> instances; also what collection expressions such as <c>["a", "b"]</c> call.</summary>
public static class ValueArray
{
    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="items">The items, in order.</param>
    /// <returns>The list.</returns>
    public static ValueArray<T> Create<T>(ReadOnlySpan<T> items) => ValueArray<T>.FromImmutable([.. items]);
}
