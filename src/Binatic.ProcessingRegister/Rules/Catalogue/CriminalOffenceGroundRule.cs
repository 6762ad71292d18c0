using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR019: an activity processes criminal-offence data without an Art. 10 ground.</summary>
internal sealed class CriminalOffenceGroundRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR019",
        "Criminal-offence data without an Art. 10 ground",
        DiagnosticSeverity.Error,
        "Art. 10; UAVG arts. 31-33",
        "An activity refers to a data category marked `criminalOffenceData: true` but has no `criminalOffenceGround`.",
        "Art. 10 allows personal data relating to criminal convictions and offences only under the control of official authority or when Union or Member State law authorises it with safeguards. In the Netherlands UAVG art. 31 permits such data only on the grounds of arts. 32-33, for example art. 33(2) for the controller's own purposes: assessing a data subject's request, or protecting itself and its staff against offences committed or expected against them. An Art. 6(1) basis such as legitimate interests does not suffice.",
        "Add `criminalOffenceGround` to the activity with the ground in words and the provision relied on in `law` (such as \"UAVG art. 33(2)(b)\"); if no ground applies, stop processing the data.");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            if (!string.IsNullOrWhiteSpace(activities[i].CriminalOffenceGround?.Description))
            {
                continue;
            }

            foreach (var (category, k) in context.DataCategoriesOf(i))
            {
                if (category.IsCriminalOffenceData)
                {
                    yield return new Finding(
                        $"/activities/{i}/dataCategories/{k}",
                        $"'{activities[i].Name}' processes criminal-offence data '{category.Id}' without an Art. 10 ground; add 'criminalOffenceGround' with the provision relied on (Art. 10; UAVG arts. 31-33).");
                }
            }
        }
    }
}
