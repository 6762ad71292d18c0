namespace Binatic.ProcessingRegister.Rules;

/// <summary>
/// One GDPR rule: a small class with a descriptor and two methods that inspect the model and yield findings.
/// Rules are stateless and listed in <see cref="RuleCatalogue"/>; adding a rule means adding a class and listing it there.
/// </summary>
/// <remarks>
/// The validator does not let one rule walk every activity before the next rule starts: on a large register the
/// activities no longer stay in the processor's cache between rules, and the rules took 21-28 times as long for 10
/// times the activities. Instead every rule checks one <see cref="ActivityWindow"/> of activities, then every rule
/// the next window, so each window is read while it is still cached; what is not about one activity is checked once,
/// after all windows.
/// </remarks>
internal abstract class Rule
{
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>
    /// Gets the findings about the activities in <paramref name="window"/>, and about nothing else: each activity's
    /// findings come from the one window that holds it. A check that needs all activities at once, such as a count
    /// or a list of names, belongs in <see cref="CheckRegister"/>.
    /// </summary>
    /// <param name="context">The register under review.</param>
    /// <param name="window">The positions of the activities to check.</param>
    /// <returns>The findings, in the order of the activities.</returns>
    public virtual IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window) => [];

    /// <summary>
    /// Gets the findings about everything but a single activity: the controller, the parties, the register-wide
    /// transfers and policies, and anything that weighs all activities together. Called once, after every window.
    /// </summary>
    /// <param name="context">The register under review.</param>
    /// <returns>The findings.</returns>
    public virtual IEnumerable<Finding> CheckRegister(RuleContext context) => [];
}
