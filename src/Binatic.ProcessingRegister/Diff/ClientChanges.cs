using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Diff;

/// <summary>
/// The lists of one client of a processor's record that changed between two versions of a register, such as a
/// category of processing added or the sub-processor authorisation changed; one of
/// <see cref="RegisterChanges.ChangedClients"/>.
/// </summary>
/// <param name="Client">The client, with its name in the new register.</param>
/// <param name="Lists">
/// The lists that differ, at least one, in this order: <see cref="ListKind.ProcessingCategories"/>,
/// <see cref="ListKind.CategorySubProcessors"/>, <see cref="ListKind.SubProcessorAuthorisation"/>,
/// <see cref="ListKind.AuthorisedSubProcessors"/>.
/// </param>
public sealed record ClientChanges(ClientReference Client, ValueArray<ListChange> Lists);
