using System.Collections.Immutable;

namespace Binatic.ProcessingRegister.Import;

/// <summary>The countries found in a free-text cell, and the parts of it that name none.</summary>
/// <param name="Codes">The ISO 3166-1 alpha-2 codes, in the order the cell names them, without repeats.</param>
/// <param name="Unrecognised">The parts of the cell, as written, that are neither a country nor a joining word.</param>
internal sealed record RecognisedCountries(ImmutableArray<string> Codes, ImmutableArray<string> Unrecognised);
