using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Import;

/// <summary>A transfer safeguard recognised in a cell.</summary>
/// <param name="Type">The Chapter V ground.</param>
/// <param name="Derogation">The Art. 49 derogation, when <paramref name="Type"/> is a derogation and the cell says which.</param>
internal sealed record RecognisedSafeguard(SafeguardType Type, Article49Derogation? Derogation);
