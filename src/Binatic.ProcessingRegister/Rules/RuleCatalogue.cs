using System.Collections.Frozen;

namespace Binatic.ProcessingRegister.Rules;

/// <summary>
/// The catalogue of GDPR rules that review a loaded register: every rule's id, title, default severity,
/// articles and help text. Generated documentation, the CLI's rule listing and SARIF output all read from here.
/// </summary>
public static class RuleCatalogue
{
    private static readonly Lazy<Rule[]> LazyRules = new(() =>
        [.. typeof(Rule).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(Rule)) && !type.IsAbstract)
            .Select(type => (Rule)Activator.CreateInstance(type)!)
            .OrderBy(rule => rule.Descriptor.Id, StringComparer.Ordinal)]);

    /// <summary>Gets every rule, ordered by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
        [.. LazyRules.Value.Select(rule => rule.Descriptor).Concat(AcceptanceRules.Descriptors).OrderBy(d => d.Id, StringComparer.Ordinal)];

    private static readonly Lazy<FrozenDictionary<string, RuleDescriptor>> ById = new(() =>
        All.ToFrozenDictionary(descriptor => descriptor.Id, StringComparer.Ordinal));

    /// <summary>Gets the rule with the id <paramref name="id"/>, such as <c>RPR024</c>.</summary>
    /// <param name="id">The rule's id.</param>
    /// <returns>The rule, or <see langword="null"/> when there is no rule with that id.</returns>
    public static RuleDescriptor? Find(string id) => ById.Value.GetValueOrDefault(id);

    internal static IReadOnlyList<Rule> Rules => LazyRules.Value;
}
