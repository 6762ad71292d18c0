using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules;

/// <summary>
/// What a rule may look at: the register, today's date (from the caller's clock), lookups by id, and the controller's
/// records the register links to when the caller loaded them. Rules read no files.
/// </summary>
internal sealed class RuleContext
{
    private readonly Dictionary<string, DataSubjectCategory> _dataSubjectCategories;
    private readonly Dictionary<string, DataCategory> _dataCategories;
    private readonly Dictionary<string, Processor> _processors;
    private readonly Dictionary<string, Recipient> _recipients;
    private readonly Dictionary<string, Controller> _controllers;
    private readonly IReadOnlyDictionary<string, LoadResult>? _controllerRecords;
    private readonly Dictionary<string, SubProcessor> _subProcessors;

    // Several rules read each activity's data categories; resolving them once, on first use, keeps that one lookup
    // per reference. Kept by the activity's position: a dictionary keyed by activity cost a hash per rule and activity.
    private readonly (DataCategory Category, int Index)[]?[] _categoriesOfActivity;

    /// <param name="register">The register under review.</param>
    /// <param name="today">Today's date, from the caller's clock.</param>
    /// <param name="controllerRecords">
    /// The controller's records the register's clients link to, by <see cref="ControllerRecordLink.File"/> as written,
    /// as <c>RegisterReview</c> loaded them; <see langword="null"/> when the caller read no files.
    /// </param>
    public RuleContext(Register register, DateOnly today, IReadOnlyDictionary<string, LoadResult>? controllerRecords = null)
    {
        Register = register;
        Today = today;
        _controllerRecords = controllerRecords;
        _dataSubjectCategories = ById(register.DataSubjectCategories, c => c.Id);
        _dataCategories = ById(register.DataCategories, c => c.Id);
        _processors = ById(register.Processors, p => p.Id);
        _recipients = ById(register.Recipients, r => r.Id);
        _controllers = ById(register.Controllers.Where(c => c.Id is not null), c => c.Id!);
        _subProcessors = ById(register.ProcessorRecord?.SubProcessors ?? default, p => p.Id);
        _categoriesOfActivity = new (DataCategory, int)[]?[register.Activities.Count];
    }

    public Register Register { get; }

    public DateOnly Today { get; }

    public DataSubjectCategory? DataSubjectCategory(string id) => _dataSubjectCategories.GetValueOrDefault(id);

    public DataCategory? DataCategory(string id) => _dataCategories.GetValueOrDefault(id);

    public Processor? Processor(string id) => _processors.GetValueOrDefault(id);

    public Recipient? Recipient(string id) => _recipients.GetValueOrDefault(id);

    /// <summary>
    /// Gets the controller's record a client links to, as loaded for <paramref name="file"/> (the link's
    /// <see cref="ControllerRecordLink.File"/> as written), whether or not it loaded; <see langword="null"/> when the
    /// caller loaded no linked records, as <see cref="RegisterValidator"/> on its own does not.
    /// </summary>
    public LoadResult? ControllerRecord(string file) => _controllerRecords?.GetValueOrDefault(file);

    /// <summary>Gets the sub-processor of the processor's record with <paramref name="id"/>, or <see langword="null"/>.</summary>
    public SubProcessor? SubProcessor(string id) => _subProcessors.GetValueOrDefault(id);

    /// <summary>Gets the data categories an activity refers to that exist, with their index in the activity's list.</summary>
    /// <param name="activity">The activity's position in <see cref="Model.Register.Activities"/>.</param>
    /// <remarks>
    /// An immutable array rather than a read-only list: its enumerator and its own <c>Any</c> are not boxed, where a
    /// list interface cost an enumerator on the heap for every rule that looked at every activity.
    /// </remarks>
    public ImmutableArray<(DataCategory Category, int Index)> DataCategoriesOf(int activity) =>
        ImmutableCollectionsMarshal.AsImmutableArray(_categoriesOfActivity[activity] ??= Resolve(Register.Activities[activity]));

    /// <summary>
    /// Gets the controllers responsible for an activity (Art. 30(1)(a)): those it names that exist, or, when it names
    /// none, the register's controllers, which is its one controller in a register written with <c>controller</c>.
    /// </summary>
    /// <param name="activity">The activity's position in <see cref="Model.Register.Activities"/>.</param>
    public IReadOnlyList<Controller> ControllersOf(int activity)
    {
        var named = Register.Activities[activity].Controllers;
        if (named.Count == 0)
        {
            return Register.Controllers;
        }

        var controllers = new List<Controller>(named.Count);
        foreach (var id in named)
        {
            if (_controllers.GetValueOrDefault(id) is { } controller)
            {
                controllers.Add(controller);
            }
        }

        return controllers;
    }

    /// <summary>
    /// Gets a value indicating whether any controller of an activity is a public authority or body, which may carry
    /// out a task in the public interest (Art. 6(1)(e)) and may not rely on legitimate interests for it (Art. 6(1),
    /// last subparagraph). A rule that needs every controller to be one asks <see cref="ControllersOf"/>.
    /// </summary>
    /// <param name="activity">The activity's position in <see cref="Model.Register.Activities"/>.</param>
    public bool HasPublicAuthority(int activity)
    {
        // Asked for every activity with a public-task basis, so it walks the lists in place rather than building the
        // list ControllersOf returns.
        var named = Register.Activities[activity].Controllers;
        if (named.Count == 0)
        {
            foreach (var controller in Register.Controllers)
            {
                if (controller.IsPublicAuthority)
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var id in named)
        {
            if (_controllers.GetValueOrDefault(id) is { IsPublicAuthority: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Gets the JSON Pointer of a controller: <c>/controller</c> for the one of a register written with
    /// <c>controller</c>, <c>/controllers/N</c> for one listed under <c>controllers</c>.
    /// </summary>
    /// <param name="index">The controller's position in <see cref="Model.Register.Controllers"/>.</param>
    public string ControllerPointer(int index) =>
        Register.Controllers[index].Id is null ? "/controller" : $"/controllers/{index}";

    /// <summary>Gets the transfers of the activities in <paramref name="window"/> with their JSON Pointers, in order.</summary>
    public IEnumerable<(Transfer Transfer, ItemPointer Pointer)> Transfers(ActivityWindow window)
    {
        for (var i = window.Start; i < window.End; i++)
        {
            var transfers = Register.Activities[i].Transfers;
            for (var j = 0; j < transfers.Count; j++)
            {
                yield return (transfers[j], new ItemPointer(i, "transfers", j));
            }
        }
    }

    /// <summary>
    /// Gets the register-wide transfers, those of no single activity, with their JSON Pointers: the controller's
    /// (<c>/transfers/N</c>), then those of the processor's record (<c>/processorRecord/transfers/N</c>), whose
    /// recipients are sub-processors (see <see cref="IsProcessorRecordTransfer"/>). A Chapter V safeguard is judged
    /// the same whoever exports, so the transfer rules check both lists alike.
    /// </summary>
    public IEnumerable<(Transfer Transfer, ItemPointer Pointer)> RegisterWideTransfers()
    {
        for (var j = 0; j < Register.Transfers.Count; j++)
        {
            yield return (Register.Transfers[j], new ItemPointer(null, "transfers", j));
        }

        var processorTransfers = Register.ProcessorRecord?.Transfers ?? default;
        for (var j = 0; j < processorTransfers.Count; j++)
        {
            yield return (processorTransfers[j], new ItemPointer(null, ProcessorRecordTransfers, j));
        }
    }

    /// <summary>
    /// Gets a value indicating whether <paramref name="pointer"/> is a transfer of the processor's record, whose
    /// <c>recipient</c> names a sub-processor rather than a processor or recipient of the controller's record.
    /// </summary>
    public static bool IsProcessorRecordTransfer(ItemPointer pointer) =>
        pointer.Activity is null && string.Equals(pointer.List, ProcessorRecordTransfers, StringComparison.Ordinal);

    private const string ProcessorRecordTransfers = "processorRecord/transfers";

    private (DataCategory Category, int Index)[] Resolve(ProcessingActivity activity)
    {
        var references = activity.DataCategories;
        var resolved = new (DataCategory, int)[references.Count];
        var count = 0;
        for (var index = 0; index < references.Count; index++)
        {
            if (DataCategory(references[index]) is { } category)
            {
                resolved[count++] = (category, index);
            }
        }

        return count == resolved.Length ? resolved : resolved[..count];
    }

    private static Dictionary<string, T> ById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        // Duplicate ids are reported by the loader; the first one wins here, as it does for references.
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            result.TryAdd(id(item), item);
        }

        return result;
    }
}
