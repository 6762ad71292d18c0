using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR021: an activity handles job applications; a reminder of what that needs.</summary>
internal sealed class JobApplicationsRule : Rule
{
    // Words that show an activity is recruitment, in Dutch and English, ignoring case. "sollicit" and "vacature"
    // mean recruitment inside any word (sollicitatie(s), sollicitant(en), gesolliciteerd, vacaturebank,
    // stagevacature); "recruit" is a stem (recruitment, recruiter). Bare "werving" is left out because it also means
    // acquiring customers, members or funds (klantenwerving, ledenwerving, fondsenwerving, verwerving); bare
    // "application", "applicant" and "job" because software applications, applicants for permits and service jobs
    // are common in registers; bare "hiring" because it also means renting out ("hiring out sports halls"); and
    // "vacancy" counts except for empty buildings. The longer phrases below are unambiguous.
    private static readonly KeywordSet RecruitmentWords = new(
    [
        new("sollicit", KeywordMatch.InsideWords),
        new("vacature", KeywordMatch.InsideWords),
        new("personeelswerving", KeywordMatch.WordStart),
        new("werving en selectie", KeywordMatch.WordStart),
        new("werving van personeel", KeywordMatch.WordStart),
        new("recruit", KeywordMatch.WordStart),
        new("job applica", KeywordMatch.WordStart),
        new("applicant tracking", KeywordMatch.WordStart),
        new("vacanc", KeywordMatch.WordStart) { Except = ["vacancy tax", "vacancy rate", "vacancy levy", "property vacanc"] },
        new("hiring process", KeywordMatch.WordStart),
        new("hiring procedure", KeywordMatch.WordStart),
        new("hiring decision", KeywordMatch.WordStart),
        new("hiring manager", KeywordMatch.WordStart),
        new("hiring staff", KeywordMatch.WordStart),
        new("hiring of staff", KeywordMatch.WordStart),
        new("hiring employees", KeywordMatch.WordStart),
        new("hiring of employees", KeywordMatch.WordStart),
    ]);

    public override RuleDescriptor Descriptor { get; } = new(
        "RPR021",
        "Job applications: special and criminal data, and retention",
        DiagnosticSeverity.Info,
        "Art. 9, 10; AP/NVP Sollicitatiecode",
        "An activity is recruitment: its name, a purpose or a data-subject category it concerns mentions job applications, job applicants, vacancies or recruitment (sollicitatie, sollicitant, vacature, werving en selectie, recruitment, job applicant, job application).",
        "CVs, letters and interviews often reveal special categories of data (health, religion, origin; Art. 9) and a certificate of conduct (VOG) or screening reveals criminal-offence data (Art. 10), each needing its own ground. In the Netherlands the NVP Sollicitatiecode, which the Autoriteit Persoonsgegevens follows, sets the retention of rejected applicants' data at four weeks after the procedure ends, or one year with their consent.",
        "Check which documents the procedure collects and add the Art. 9 and Art. 10 data they hold with their conditions (`specialCategoryConditions`, `criminalOffenceGround`), and set the retention for rejected applicants to four weeks after the procedure (`P4W`), or one year (`P1Y`) with consent recorded.")
    {
        Dutch = new(
            "Sollicitaties: bijzondere en strafrechtelijke gegevens, en bewaartermijn",
            "art. 9 en 10 AVG; NVP Sollicitatiecode (AP)",
            "Een verwerking betreft werving: haar naam, een doel of een categorie betrokkenen noemt sollicitaties, sollicitanten, vacatures of werving (sollicitatie, sollicitant, vacature, werving en selectie, recruitment, applicant, job application).",
            "Cv's, brieven en gesprekken onthullen vaak bijzondere categorieën van persoonsgegevens (gezondheid, godsdienst, afkomst; art. 9 AVG) en een verklaring omtrent het gedrag (VOG) of screening onthult strafrechtelijke gegevens (art. 10 AVG), elk met een eigen grond. In Nederland stelt de NVP Sollicitatiecode, die de Autoriteit Persoonsgegevens volgt, de bewaartermijn voor gegevens van afgewezen sollicitanten op vier weken na het einde van de procedure, of een jaar met hun toestemming.",
            "Ga na welke documenten de procedure verzamelt, voeg de gegevens uit art. 9 en art. 10 AVG die zij bevatten toe met hun voorwaarden (`specialCategoryConditions`, `criminalOffenceGround`), en zet de bewaartermijn voor afgewezen sollicitanten op vier weken na de procedure (`P4W`), of een jaar (`P1Y`) met vastgelegde toestemming."),
    };

    private static readonly MessageTemplate Recruitment = new(
        "'{activity}' handles job applications: screen for health and other Art. 9 data and for certificate-of-conduct (VOG) data, and keep rejected applicants' data 4 weeks, or 1 year with consent (Art. 9, 10; AP/NVP Sollicitatiecode).",
        "'{activity}' behandelt sollicitaties: ga na of zij gezondheidsgegevens en andere gegevens uit art. 9 AVG en gegevens uit een verklaring omtrent het gedrag (VOG) verwerkt, en bewaar gegevens van afgewezen sollicitanten 4 weken, of 1 jaar met toestemming (art. 9 en 10 AVG; NVP Sollicitatiecode).");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            if (IsRecruitment(context, activities[i]))
            {
                yield return new Finding(
                    $"/activities/{i}/name",
                    Recruitment.With(("activity", activities[i].Name)));
            }
        }
    }

    private static bool IsRecruitment(RuleContext context, ProcessingActivity activity)
    {
        // Loops rather than Any, which would box the activity's lists and their enumerators, and allocate a closure
        // over the context, for every activity; nearly none are about recruitment.
        if (Keywords.Mentions(activity.Name, RecruitmentWords))
        {
            return true;
        }

        foreach (var purpose in activity.Purposes)
        {
            if (Keywords.Mentions(purpose, RecruitmentWords))
            {
                return true;
            }
        }

        foreach (var id in activity.DataSubjects)
        {
            if (Keywords.Mentions(context.DataSubjectCategory(id)?.Name, RecruitmentWords))
            {
                return true;
            }
        }

        return false;
    }
}
