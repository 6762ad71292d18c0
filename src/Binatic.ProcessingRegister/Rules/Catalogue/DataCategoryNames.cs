using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>How the rules name one or more data categories in a message: by their ids, quoted.</summary>
internal static class DataCategoryNames
{
    private static readonly MessageTemplate OneCategory = new(
        "the data category '{category}'",
        "de categorie persoonsgegevens '{category}'");

    private static readonly MessageTemplate ManyCategories = new(
        "the data categories {categories}",
        "de categorieën persoonsgegevens {categories}");

    /// <summary>Gets "the data category 'x'" or "the data categories 'x', 'y'" for <paramref name="ids"/>.</summary>
    public static MessageText Of(IReadOnlyList<string> ids) => ids is [var only]
        ? OneCategory.With(("category", only))
        : ManyCategories.With(("categories", string.Join(", ", ids.Select(id => $"'{id}'"))));
}
