using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR045: an activity relies on an Art. 9(2) condition that applies only on the basis of Union or Member State law,
/// points (b), (g), (h), (i) and (j), without naming that law.
/// </summary>
internal sealed class SpecialCategoryLawRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR045",
        "Art. 9(2) condition without the law it requires",
        DiagnosticSeverity.Warning,
        "Art. 9(2)(b), (g), (h), (i), (j), 9(3)",
        "A `specialCategoryConditions` entry relies on `employmentAndSocialSecurity` (Art. 9(2)(b)), `substantialPublicInterest` (g), `healthOrSocialCare` (h), `publicHealth` (i) or `archivingResearchOrStatistics` (j) and has no `law`.",
        "These five conditions do not lift the ban of Art. 9(1) on their own: (b) applies in so far as Union or Member State law, or a collective agreement under Member State law, authorises the processing; (g), (i) and (j) only on the basis of Union or Member State law that provides suitable and specific measures; (h) on the basis of such law or under a contract with a health professional bound by secrecy (Art. 9(3)). A record that names the condition without that law does not show that the condition applies, and the controller cannot check that the processing stays within it. In the Netherlands the UAVG supplies much of that law, such as art. 30 for health data and art. 24 for research and statistics. A warning rather than an error, as for a legal obligation without its statute (RPR014): the finding is that the record does not name the law, not that no law exists, and for (b) and (h) the ground may be a collective agreement or a contract instead.",
        "Add `law` to the condition with the act and article that provide for it, such as \"UAVG art. 30\" for sick-leave data an employer needs for reintegration; for (b) or (h) name the collective agreement or the contract with the health professional if that is the ground. If no law provides for the processing, rely on another Art. 9(2) condition or stop processing the data.");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            var conditions = activities[i].SpecialCategoryConditions;
            for (var j = 0; j < conditions.Count; j++)
            {
                if (Requirement(conditions[j].Condition) is { } requirement && string.IsNullOrWhiteSpace(conditions[j].Law))
                {
                    yield return new Finding(
                        $"/activities/{i}/specialCategoryConditions/{j}/condition",
                        $"'{activities[i].Name}' relies on {requirement.Point} ({requirement.Subject}) without {requirement.Ground}; add 'law' with the act and article ({requirement.Articles}).");
                }
            }
        }
    }

    private static (string Point, string Subject, string Ground, string Articles)? Requirement(Article9Condition condition) => condition switch
    {
        Article9Condition.EmploymentAndSocialSecurity => ("Art. 9(2)(b)", "employment and social-security law", "the law or collective agreement that authorises the processing", "Art. 9(2)(b)"),
        Article9Condition.SubstantialPublicInterest => ("Art. 9(2)(g)", "substantial public interest", "the Union or Member State law it rests on", "Art. 9(2)(g)"),
        Article9Condition.HealthOrSocialCare => ("Art. 9(2)(h)", "health or social care", "the law, or the contract with a health professional, it rests on", "Art. 9(2)(h), 9(3)"),
        Article9Condition.PublicHealth => ("Art. 9(2)(i)", "public health", "the Union or Member State law it rests on", "Art. 9(2)(i)"),
        Article9Condition.ArchivingResearchOrStatistics => ("Art. 9(2)(j)", "archiving, research or statistics", "the Union or Member State law it rests on", "Art. 9(2)(j), 89(1)"),
        _ => null,
    };
}
