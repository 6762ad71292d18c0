namespace Binatic.ProcessingRegister.Rules;

/// <summary>
/// The JSON Pointer of one item in a list of the register, such as <c>/transfers/1</c>, or of one of its activities,
/// such as <c>/activities/2/legalBases/1</c>. Rules walk such items by the thousand and find something about few of
/// them, so the pointer is written out only into the findings, straight into their text, rather than for every item.
/// </summary>
/// <param name="Activity">The activity's position in <see cref="Model.Register.Activities"/>, or <see langword="null"/> for a list of the register itself.</param>
/// <param name="List">The name of the list, such as <c>transfers</c>.</param>
/// <param name="Index">The item's position in the list.</param>
internal readonly record struct ItemPointer(int? Activity, string List, int Index) : ISpanFormattable
{
    /// <summary>Gets the pointer as text, such as <c>/activities/2/legalBases/1</c>.</summary>
    public override string ToString() =>
        Activity is { } activity ? $"/activities/{activity}/{List}/{Index}" : $"/{List}/{Index}";

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Activity is { } activity
            ? destination.TryWrite(provider, $"/activities/{activity}/{List}/{Index}", out charsWritten)
            : destination.TryWrite(provider, $"/{List}/{Index}", out charsWritten);
}
