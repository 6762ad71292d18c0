using System.Collections.Immutable;

namespace Binatic.ProcessingRegister.Spreadsheets;

/// <summary>One column of a layout: what it holds and its header in each language the template is found in.</summary>
/// <param name="Field">What the column holds.</param>
/// <param name="English">The header in English: the ICO's own words for its template, our translation for the others.</param>
/// <param name="Dutch">The header in Dutch: the VNG model's own words for its template, our translation for the others.</param>
/// <param name="French">The CNIL's own words, for its template only.</param>
internal sealed record LayoutColumn(ColumnField Field, string English, string Dutch, string? French = null)
{
    /// <summary>Gets the headers an import accepts for this column, besides <see cref="English"/>, <see cref="Dutch"/> and <see cref="French"/>.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];
}
