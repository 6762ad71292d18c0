using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Import;

/// <summary>A legal basis recognised in a cell, with the law named beside it.</summary>
/// <param name="Basis">The Art. 6(1) basis.</param>
/// <param name="Law">The law that lays down the obligation or task (Art. 6(3)), when the cell names one.</param>
internal sealed record RecognisedLegalBasis(LegalBasis Basis, string? Law);
