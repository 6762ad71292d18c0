namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>
/// The one rule against formula injection (OWASP, "CSV Injection"): text that a spreadsheet program would take for a
/// formula, because it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return, is written with a
/// leading apostrophe, which spreadsheet programs read as "this cell is text". The export escapes every cell with
/// <see cref="Escape"/> and the import undoes it with <see cref="Unescape"/>.
/// </summary>
/// <remarks>
/// Text that already starts with apostrophes followed by such a character (<c>'=x</c>) gets one apostrophe more, so
/// that <see cref="Unescape"/> gives back exactly what was escaped: without that, <c>'=x</c> would be written as is
/// and imported as <c>=x</c>.
/// </remarks>
internal static class FormulaEscaping
{
    /// <summary>The prefix that marks a cell as text.</summary>
    public const char Prefix = '\'';

    /// <summary>Gets a value indicating whether a spreadsheet program could take <paramref name="text"/> for a formula.</summary>
    /// <param name="text">A cell's text.</param>
    /// <returns><see langword="true"/> when <see cref="Escape"/> prefixes it.</returns>
    public static bool NeedsEscaping(string text) => NeedsEscaping(text.AsSpan());

    /// <summary>Prefixes <paramref name="text"/> with an apostrophe when a spreadsheet program could take it for a formula.</summary>
    /// <param name="text">A cell's text.</param>
    /// <returns>The text to write.</returns>
    public static string Escape(string text) => NeedsEscaping(text) ? Prefix + text : text;

    /// <summary>Removes the apostrophe that <see cref="Escape"/> put in front of <paramref name="text"/>, if it did.</summary>
    /// <param name="text">A cell's text as read.</param>
    /// <returns>The text as it was before <see cref="Escape"/>.</returns>
    public static string Unescape(string text) =>
        text.Length > 1 && text[0] == Prefix && NeedsEscaping(text.AsSpan(1)) ? text[1..] : text;

    private static bool NeedsEscaping(ReadOnlySpan<char> text)
    {
        var rest = text.TrimStart(Prefix);
        return rest.Length > 0 && rest[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }
}
