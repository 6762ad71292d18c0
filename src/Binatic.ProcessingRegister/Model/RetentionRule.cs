namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// How long data is kept (Art. 30(1)(f)): a period, the event it counts from, and/or a description.
/// </summary>
public sealed record RetentionRule
{
    /// <summary>
    /// Gets the rule as the policy words it.
    /// </summary>
    public string? Description { get; init; }

    /// <summary>
    /// Gets how long the data is kept.
    /// </summary>
    public IsoPeriod? Period { get; init; }

    /// <summary>
    /// Gets the event the period counts from.
    /// </summary>
    public string? From { get; init; }

    /// <summary>
    /// Gets the ids of the data categories the rule applies to; empty means all of them.
    /// </summary>
    public ValueArray<string> DataCategories { get; init; }

    /// <summary>
    /// Gets the law that prescribes the period.
    /// </summary>
    public string? Law { get; init; }

    /// <summary>
    /// Gets a value indicating whether the data is kept permanently, such as records a selection list marks
    /// <c>permanent te bewaren</c> under the Dutch Archiefwet (archiving in the public interest, Arts. 5(1)(e), 89); a
    /// permanent rule has no <see cref="Period"/>.
    /// </summary>
    public bool IsPermanent { get; init; }

    /// <summary>
    /// Gets the archival selection list, and its category, that sets the rule.
    /// </summary>
    public SelectionList? SelectionList { get; init; }

    /// <summary>
    /// Gets the period after which the records are transferred to an archive repository.
    /// </summary>
    public IsoPeriod? ArchiveTransferAfter { get; init; }

    /// <summary>
    /// Gets the types of records the rule covers, such as <c>huwelijksakte</c>; a rule applies to data categories, to
    /// record types or to both.
    /// </summary>
    public ValueArray<string> RecordTypes { get; init; }
}
