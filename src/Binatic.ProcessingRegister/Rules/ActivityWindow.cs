namespace Binatic.ProcessingRegister.Rules;

/// <summary>
/// A run of consecutive activities that every rule checks before the validator moves on to the next run: the
/// positions from <see cref="Start"/> up to, but not including, <see cref="End"/> in
/// <see cref="Model.Register.Activities"/>.
/// </summary>
/// <param name="Start">The position of the first activity in the window.</param>
/// <param name="End">The position just past the last activity in the window.</param>
internal readonly record struct ActivityWindow(int Start, int End)
{
    /// <summary>
    /// How many activities one window holds. The rules then read a window's activities, their strings and their
    /// resolved data categories some forty times while they are still in the processor's cache; walking all
    /// activities once per rule evicted them between rules on a register of 10,000 activities. Windows of 128, 256,
    /// 512 and 1,024 activities measured alike within the noise (the rules alone on 10,000 activities: 91-106 ms,
    /// against 108-121 ms without windows); 256 keeps a window's data near the size of a 1 MB L2 cache.
    /// </summary>
    public const int Size = 256;

    /// <summary>Gets the windows that together cover <paramref name="activities"/> activities, in order.</summary>
    public static ActivityWindow[] Covering(int activities)
    {
        var windows = new ActivityWindow[(activities + Size - 1) / Size];
        for (var i = 0; i < windows.Length; i++)
        {
            windows[i] = new ActivityWindow(i * Size, Math.Min((i + 1) * Size, activities));
        }

        return windows;
    }
}
