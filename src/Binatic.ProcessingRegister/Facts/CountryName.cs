namespace Binatic.ProcessingRegister.Facts;

/// <summary>A country as spreadsheets name it: its ISO 3166-1 codes, other codes in use, and its names.</summary>
/// <param name="Code">The ISO 3166-1 alpha-2 code, such as <c>GB</c>.</param>
/// <param name="Alpha3">The ISO 3166-1 alpha-3 code, such as <c>GBR</c>.</param>
/// <param name="OtherCodes">Codes in use that are not ISO's, such as <c>UK</c> and the EU's <c>EL</c> for Greece.</param>
/// <param name="Names">The names in English, French and Dutch, each once.</param>
internal sealed record CountryName(string Code, string Alpha3, IReadOnlyList<string> OtherCodes, IReadOnlyList<string> Names);
