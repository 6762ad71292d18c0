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
}
