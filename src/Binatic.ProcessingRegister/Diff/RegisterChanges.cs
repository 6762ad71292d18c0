using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Diff;

/// <summary>
/// What changed between two versions of a register, as a reviewer of a pull request reads it; made by
/// <see cref="RegisterDiff.Compare(Model.Register, Model.Register)"/> and written as Markdown by <see cref="DiffMarkdown.ToMarkdown(RegisterChanges, Model.RegisterLanguage)"/>.
/// </summary>
/// <remarks>
/// Every list is already sorted (activities by id, list entries by their text, concerns most serious first), so that
/// whatever shows the changes is deterministic without sorting again. Two comparisons of equal registers give equal
/// changes: the lists compare by their items.
/// </remarks>
/// <example>
/// <code>
/// var changes = RegisterDiff.Compare(before, after);
/// if (changes.IsEmpty)
/// {
///     return;
/// }
///
/// foreach (var added in changes.AddedActivities)
/// {
///     Console.WriteLine($"New activity: {added.Name} ({added.Id})");
/// }
/// </code>
/// </example>
/// <param name="Attention">
/// The changes that carry the most risk, most serious first: special-category data (Art. 9) or criminal-offence data
/// (Art. 10) that an activity did not process before, transfers to countries outside the EEA (Chapter V) that
/// were not made before, national identification numbers (Art. 87) that an activity did not process before and chain
/// partners that an activity did not disclose to before; then, of a processor's record, sub-processors its clients did
/// not have before, new countries of its sub-processors and new transfers outside the EEA. See
/// <see cref="ConcernKind"/> for why each needs a reviewer.
/// </param>
/// <param name="AddedActivities">The activities whose id is only in the new register, by id.</param>
/// <param name="RemovedActivities">The activities whose id is only in the old register, by id.</param>
/// <param name="ChangedActivities">The activities in both registers whose compared lists differ, by id.</param>
/// <param name="RegisterLevel">
/// Changes to the register-wide lists: <see cref="ListKind.Role"/>, <see cref="ListKind.Controllers"/>,
/// <see cref="ListKind.JointControllerArrangements"/>, <see cref="ListKind.ArrangementParties"/> (of the
/// arrangements in both registers), <see cref="ListKind.Processors"/>, <see cref="ListKind.Recipients"/>,
/// <see cref="ListKind.Transfers"/> and <see cref="ListKind.SecurityMeasures"/>, in that order.
/// </param>
public sealed record RegisterChanges(
    ValueArray<Concern> Attention,
    ValueArray<ActivityReference> AddedActivities,
    ValueArray<ActivityReference> RemovedActivities,
    ValueArray<ActivityChanges> ChangedActivities,
    ValueArray<ListChange> RegisterLevel)
{
    /// <summary>
    /// Gets a value indicating whether nothing a reviewer is shown has changed; then <see cref="DiffMarkdown.ToMarkdown(RegisterChanges, Model.RegisterLanguage)"/>
    /// writes the one line <c>No changes to processing activities.</c>
    /// </summary>
    /// <remarks>
    /// A reworded description or a renamed entry is no change here: entries are matched on their key (see
    /// <see cref="RegisterDiff"/>), and the register's own diff shows such edits.
    /// </remarks>
    public bool IsEmpty =>
        Attention.Count == 0 && AddedActivities.Count == 0 && RemovedActivities.Count == 0 && ChangedActivities.Count == 0 && RegisterLevel.Count == 0
        && ProcessorRecord.Count == 0 && ChangedClients.Count == 0;

    /// <summary>
    /// Gets the changes to the lists of the processor's record (Art. 30(2)) as a whole: <see cref="ListKind.Clients"/>,
    /// <see cref="ListKind.SubProcessors"/>, <see cref="ListKind.SubProcessorLocations"/> (of the sub-processors in both
    /// registers), <see cref="ListKind.Transfers"/> and <see cref="ListKind.SecurityMeasures"/>, in that order; empty
    /// when neither register has a processor's record.
    /// </summary>
    public ValueArray<ListChange> ProcessorRecord { get; init; }

    /// <summary>
    /// Gets the clients of the processor's record in both registers whose compared lists differ, by id: their
    /// categories of processing, the sub-processors these engage and how the client authorised sub-processors.
    /// </summary>
    public ValueArray<ClientChanges> ChangedClients { get; init; }
}
