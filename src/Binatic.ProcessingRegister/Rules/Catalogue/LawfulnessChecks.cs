using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// Helpers shared by the lawfulness rules (RPR014-RPR023, GDPR Arts. 6-10): walking the legal bases with their
/// JSON Pointers, finding the criminal-offence data of an activity, and quoting register text on one line.
/// </summary>
internal static class LawfulnessChecks
{
    /// <summary>
    /// Gets every legal basis of the activities in <paramref name="window"/>, with its pointer, such as
    /// <c>/activities/2/legalBases/1</c>.
    /// </summary>
    public static IEnumerable<(ProcessingActivity Activity, LegalGround Ground, ItemPointer Pointer)> LegalBases(Register register, ActivityWindow window)
    {
        for (var i = window.Start; i < window.End; i++)
        {
            var activity = register.Activities[i];
            for (var j = 0; j < activity.LegalBases.Count; j++)
            {
                yield return (activity, activity.LegalBases[j], new ItemPointer(i, "legalBases", j));
            }
        }
    }

    /// <summary>Gets a value indicating whether an activity refers to at least one category of criminal-offence data.</summary>
    /// <param name="context">The register under review.</param>
    /// <param name="index">The activity's position in the register.</param>
    public static bool ProcessesCriminalOffenceData(RuleContext context, int index) =>
        context.DataCategoriesOf(index).Any(pair => pair.Category.IsCriminalOffenceData);
}
