using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR011: a processing activity names no Art. 6(1) legal basis.</summary>
internal sealed class LegalBasisRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR011",
        "Activity has no legal basis",
        DiagnosticSeverity.Error,
        "Art. 6(1), 5(1)(a), 13(1)(c)",
        "An activity's `legalBases` list is empty. (That each basis is one of Art. 6(1)(a)-(f) is checked by the schema when the register is loaded.)",
        "Processing is lawful only if and to the extent that at least one of the bases of Art. 6(1) applies: consent, contract, legal obligation, vital interests, public task or legitimate interests. The basis must be settled before processing starts, and data subjects must be told it (Art. 13(1)(c)); the Dutch Autoriteit Persoonsgegevens records it (`grondslag`) in its own register.",
        "Add under `legalBases` the Art. 6(1) basis the activity rests on, such as `basis: contract`, with the details that basis needs; if no basis applies, the processing must stop.")
    {
        Dutch = new(
            "Verwerking zonder rechtsgrond",
            "art. 6 lid 1, 5 lid 1 onder a en 13 lid 1 onder c AVG",
            "De lijst `legalBases` van een verwerking is leeg. (Dat elke grondslag een van de gronden van art. 6 lid 1 onder a tot en met f AVG is, controleert het schema bij het laden.)",
            "Een verwerking is alleen rechtmatig als en voor zover ten minste een van de grondslagen van art. 6 lid 1 AVG van toepassing is: toestemming, noodzakelijk voor de uitvoering van een overeenkomst, wettelijke verplichting, vitaal belang, taak van algemeen belang of uitoefening van openbaar gezag, of gerechtvaardigd belang. De grondslag moet vaststaan voordat de verwerking begint, en betrokkenen moeten hem te horen krijgen (art. 13 lid 1 onder c AVG); de Autoriteit Persoonsgegevens vermeldt hem (`grondslag`) in haar eigen register.",
            "Voeg onder `legalBases` de grondslag van art. 6 lid 1 AVG toe waarop de verwerking berust, zoals `basis: contract`, met de gegevens die die grondslag vraagt; als geen grondslag van toepassing is, moet de verwerking stoppen."),
    };

    private static readonly MessageTemplate NoLegalBasis = new(
        "The activity '{activity}' names no legal basis; add the Art. 6(1) basis it rests on (Art. 6(1)).",
        "De verwerking '{activity}' noemt geen rechtsgrond; voeg de grondslag van art. 6 lid 1 AVG toe waarop zij berust (art. 6 lid 1 AVG).");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            if (activities[i].LegalBases.Count == 0)
            {
                yield return new Finding(
                    $"/activities/{i}/legalBases",
                    NoLegalBasis.With(("activity", activities[i].Name)));
            }
        }
    }
}
