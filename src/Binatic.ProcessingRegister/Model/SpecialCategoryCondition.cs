namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// The Art. 9(2) condition under which an activity processes special categories of personal data.
/// </summary>
public sealed record SpecialCategoryCondition
{
    /// <summary>
    /// Gets the Art. 9(2) point relied on.
    /// </summary>
    public required Article9Condition Condition { get; init; }

    /// <summary>
    /// Gets how the condition applies.
    /// </summary>
    public string? Description { get; init; }

    /// <summary>
    /// Gets the law that provides for the condition, where one is needed: Art. 9(2)(b), (g), (h), (i) and (j) apply
    /// only on the basis of Union or Member State law.
    /// </summary>
    public string? Law { get; init; }

    /// <summary>
    /// Gets the ids of the activity's special categories of data the condition covers; empty when it covers all of
    /// them.
    /// </summary>
    public ValueArray<string> DataCategories { get; init; }
}
