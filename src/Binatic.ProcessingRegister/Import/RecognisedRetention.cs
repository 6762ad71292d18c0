using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Import;

/// <summary>A retention period recognised in a cell.</summary>
/// <param name="Period">How long the data is kept; <see langword="null"/> when permanent.</param>
/// <param name="From">The event the period counts from, as written.</param>
/// <param name="IsPermanent">Whether the data is kept permanently.</param>
internal sealed record RecognisedRetention(IsoPeriod? Period, string? From, bool IsPermanent);
