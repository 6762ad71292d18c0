namespace Binatic.ProcessingRegister.Rules;

/// <summary>A rule's texts in one more language than English (see <see cref="RuleDescriptor.Dutch"/>).</summary>
/// <param name="Title">The short title.</param>
/// <param name="Articles">The articles, written as that language's law cites them (such as "art. 30 lid 1 onder f AVG").</param>
/// <param name="Description">What the rule checks.</param>
/// <param name="Rationale">Why it matters.</param>
/// <param name="Fix">How to fix a finding.</param>
internal sealed record RuleTexts(string Title, string Articles, string Description, string Rationale, string Fix);
