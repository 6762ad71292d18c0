using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR004: a processing activity names no categories of data subjects, or no categories of personal data.</summary>
internal sealed class DataSubjectsAndCategoriesRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR004",
        "Data subjects or personal-data categories missing",
        DiagnosticSeverity.Error,
        "Art. 30(1)(c)",
        "An activity's `dataSubjects` or `dataCategories` list is empty.",
        "Art. 30(1)(c) requires the record to describe, for each processing, the categories of data subjects and the categories of personal data. Without them neither data minimisation (Art. 5(1)(c)) nor the risk of the processing can be judged, and a request from a data subject cannot be traced to the activities that hold their data.",
        "List under `dataSubjects` the ids of the groups of people concerned (from `dataSubjectCategories`), and under `dataCategories` the ids of the kinds of data processed (from `dataCategories`).")
    {
        Dutch = new(
            "Betrokkenen of categorieën van persoonsgegevens ontbreken",
            "art. 30 lid 1 onder c AVG",
            "De lijst `dataSubjects` of `dataCategories` van een verwerking is leeg.",
            "Art. 30 lid 1 onder c AVG vraagt het register per verwerking de categorieën van betrokkenen en de categorieën van persoonsgegevens te beschrijven. Zonder die twee zijn noch de minimale gegevensverwerking (art. 5 lid 1 onder c AVG) noch het risico van de verwerking te beoordelen, en kan een verzoek van een betrokkene niet worden herleid tot de verwerkingen die zijn gegevens bevatten.",
            "Noem onder `dataSubjects` de ids van de groepen betrokkenen (uit `dataSubjectCategories`), en onder `dataCategories` de ids van de soorten verwerkte gegevens (uit `dataCategories`)."),
    };

    private static readonly MessageTemplate NoSubjects = new(
        "The activity '{activity}' names no categories of data subjects; list whose data it processes (Art. 30(1)(c)).",
        "De verwerking '{activity}' noemt geen categorieën van betrokkenen; vermeld wiens gegevens zij verwerkt (art. 30 lid 1 onder c AVG).");

    private static readonly MessageTemplate NoCategories = new(
        "The activity '{activity}' names no categories of personal data; list which data it processes (Art. 30(1)(c)).",
        "De verwerking '{activity}' noemt geen categorieën van persoonsgegevens; vermeld welke gegevens zij verwerkt (art. 30 lid 1 onder c AVG).");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            var activity = activities[i];
            if (Texts.AllBlank(activity.DataSubjects))
            {
                yield return new Finding(
                    $"/activities/{i}/dataSubjects",
                    NoSubjects.With(("activity", activity.Name)));
            }

            if (Texts.AllBlank(activity.DataCategories))
            {
                yield return new Finding(
                    $"/activities/{i}/dataCategories",
                    NoCategories.With(("activity", activity.Name)));
            }
        }
    }
}
