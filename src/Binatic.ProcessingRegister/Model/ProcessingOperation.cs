namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// One processing operation of an activity (a <i>verwerkingsactiviteit</i> in a Dutch municipal register), such as
/// "collecting the application" or "checking the applicant's income": the operations Art. 4(2) lists, named as the
/// organisation carries them out.
/// </summary>
public sealed record ProcessingOperation
{
    /// <summary>
    /// Gets the operation's name.
    /// </summary>
    public required string Name { get; init; }

    /// <summary>
    /// Gets what the operation does with the personal data.
    /// </summary>
    public string? Description { get; init; }
}
