using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Rules;

namespace Binatic.ProcessingRegister;

/// <summary>
/// How <see cref="RegisterReview"/> loads and reviews a register: the limits of loading and the options of the
/// review, each as its own stage takes them, so that what is set for one stage reads the same here.
/// </summary>
/// <example>
/// <code>
/// var options = new ReviewOptions
/// {
///     ValidationOptions = new ValidationOptions { TimeProvider = clock },
/// };
/// var review = RegisterReview.OfFile("registers/example.yaml", options);
/// </code>
/// </example>
public sealed record ReviewOptions
{
    /// <summary>Gets the default options: the default limits, the system clock and every rule at its default severity.</summary>
    public static ReviewOptions Default { get; } = new();

    /// <summary>Gets the limits on size and nesting that loading keeps; <see cref="LoadOptions.Default"/> unless set.</summary>
    public LoadOptions LoadOptions { get; init; } = LoadOptions.Default;

    /// <summary>
    /// Gets the clock and the severity changes of the review; <see cref="ValidationOptions.Default"/> unless set. They
    /// apply to the rules of the review only: the checks made while loading keep their severity.
    /// </summary>
    public ValidationOptions ValidationOptions { get; init; } = ValidationOptions.Default;
}
