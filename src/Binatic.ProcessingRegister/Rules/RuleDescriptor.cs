using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules;

/// <summary>
/// What a rule is: its stable id, what it checks, the articles it rests on, and how to put a finding right.
/// Ids are the public contract and never change meaning; titles and help texts may be improved.
/// </summary>
/// <param name="Id">The stable id, such as <c>RPR024</c>.</param>
/// <param name="Title">A short title, such as "EU-US Privacy Shield used as a safeguard".</param>
/// <param name="DefaultSeverity">How serious a finding is unless the caller raises or lowers it.</param>
/// <param name="Articles">
/// The GDPR articles (and other law) the rule rests on, such as "Art. 44-46; CJEU C-311/18"; for the checks made
/// while loading, the specification that defines them, such as "YAML 1.2; the register format".
/// </param>
/// <param name="Description">What the rule checks.</param>
/// <param name="Rationale">Why it matters.</param>
/// <param name="Fix">How to fix a finding.</param>
public sealed record RuleDescriptor(
    string Id,
    string Title,
    DiagnosticSeverity DefaultSeverity,
    string Articles,
    string Description,
    string Rationale,
    string Fix)
{
    /// <summary>
    /// Gets where in the pipeline the rule is checked; <see cref="RuleStage.Review"/> unless set. Only the rules of
    /// the review can have their severity changed or be switched off (see <see cref="SeverityCanChange"/>).
    /// </summary>
    public RuleStage Stage { get; init; } = RuleStage.Review;

    /// <summary>
    /// Gets a value indicating whether <see cref="ValidationOptions"/> may change the rule's severity or switch it
    /// off: true for the rules of the review, false for the checks made while loading, since a register that fails
    /// them cannot be read reliably.
    /// </summary>
    public bool SeverityCanChange => Stage == RuleStage.Review;

    /// <summary>
    /// Gets the rule's texts in Dutch: title, articles, description, rationale and fix, in the AVG's own terms. Every
    /// rule of the catalogue has them (<c>MessageCompletenessTests</c>); only a descriptor made with the public
    /// constructor outside the library has none, and shows its English texts in both languages.
    /// </summary>
    internal RuleTexts? Dutch { get; init; }

    /// <summary>
    /// Gets the rule with its <see cref="Title"/>, <see cref="Articles"/>, <see cref="Description"/>,
    /// <see cref="Rationale"/> and <see cref="Fix"/> in <paramref name="language"/>; the id, severity and stage are the
    /// same in every language.
    /// </summary>
    /// <param name="language">The language of the texts.</param>
    /// <returns>The rule in <paramref name="language"/>.</returns>
    /// <example>
    /// <code>
    /// var rule = RuleCatalogue.Find("RPR007")?.In(RegisterLanguage.Dutch);
    /// Console.WriteLine($"{rule?.Title}: {rule?.Fix}");   // Geen bewaartermijn per categorie persoonsgegevens: …
    /// </code>
    /// </example>
    public RuleDescriptor In(RegisterLanguage language) =>
        language == RegisterLanguage.Dutch && Dutch is { } dutch
            ? this with { Title = dutch.Title, Articles = dutch.Articles, Description = dutch.Description, Rationale = dutch.Rationale, Fix = dutch.Fix }
            : this;
}
