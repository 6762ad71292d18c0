using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Diff;

/// <summary>
/// The lists of one activity that changed between two versions of a register, such as a purpose added and a legal
/// basis replaced; one of <see cref="RegisterChanges.ChangedActivities"/>.
/// </summary>
/// <param name="Activity">The activity, with its name in the new register.</param>
/// <param name="Lists">
/// The lists that differ, at least one, in the order of <see cref="ListKind"/>: controllers, department, task,
/// joint-controller arrangements, purposes, data categories, data subjects, legal bases, recipients, covenants,
/// transfers, retention.
/// </param>
public sealed record ActivityChanges(ActivityReference Activity, ValueArray<ListChange> Lists);
