namespace Binatic.ProcessingRegister.Model;

/// <summary>
/// A way for data subjects to reach the controller.
/// </summary>
public sealed record ContactChannel
{
    /// <summary>
    /// Gets the kind of channel.
    /// </summary>
    public required ChannelKind Kind { get; init; }

    /// <summary>
    /// Gets the contact details for this channel, as the policy gives them.
    /// </summary>
    public string? Contact { get; init; }

    /// <summary>
    /// Gets a value indicating whether the channel is offered; <see langword="false"/> when the policy lists it as
    /// not available.
    /// </summary>
    public bool IsAvailable { get; init; } = true;
}
