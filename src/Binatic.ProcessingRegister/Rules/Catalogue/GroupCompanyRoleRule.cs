using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR034: a group company receives data without a stated role (controller, joint controller, processor) or location.</summary>
internal sealed class GroupCompanyRoleRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR034",
        "Group company without role or location",
        DiagnosticSeverity.Warning,
        "Art. 4(7)-(8), 26, 30(1)(a),(d)",
        "A recipient of kind `groupCompany` has no `role` or no `location`.",
        "There is no intra-group privilege in the GDPR: a sister company is a controller of its own (Art. 4(7)), a joint controller that needs an Art. 26 arrangement and belongs in the record under Art. 30(1)(a), or a processor that needs an Art. 28 contract (Art. 4(8)). Which one it is decides what the record and the contracts must say, and its location decides whether disclosure is a transfer (Art. 30(1)(d)).",
        "Set `role` to `controller`, `jointController` or `processor`, and add `location` with the countries where the group company processes the data.")
    {
        Dutch = new(
            "Groepsmaatschappij zonder rol of locatie",
            "art. 4 punt 7 en 8, 26 en 30 lid 1 onder a en d AVG",
            "Een ontvanger van de soort `groupCompany` heeft geen `role` of geen `location`.",
            "De AVG kent geen concernprivilege: een zustermaatschappij is een zelfstandige verwerkingsverantwoordelijke (art. 4 punt 7 AVG), een gezamenlijke verwerkingsverantwoordelijke die een regeling volgens art. 26 AVG nodig heeft en volgens art. 30 lid 1 onder a AVG in het register hoort, of een verwerker die een overeenkomst volgens art. 28 AVG nodig heeft (art. 4 punt 8 AVG). Welke van de drie het is, bepaalt wat het register en de overeenkomsten moeten zeggen, en de locatie bepaalt of de verstrekking een doorgifte is (art. 30 lid 1 onder d AVG).",
            "Zet `role` op `controller`, `jointController` of `processor`, en voeg `location` toe met de landen waar de groepsmaatschappij de gegevens verwerkt."),
    };

    private static readonly MessageTemplate NoRole = new(
        "Group company '{recipient}' has no role; state whether it acts as controller, joint controller or processor (Art. 4(7)-(8), 26, 30(1)(a)).",
        "Groepsmaatschappij '{recipient}' heeft geen rol; vermeld of zij optreedt als verwerkingsverantwoordelijke, gezamenlijke verwerkingsverantwoordelijke of verwerker (art. 4 punt 7 en 8, 26 en 30 lid 1 onder a AVG).");

    private static readonly MessageTemplate NoLocation = new(
        "Group company '{recipient}' has no location; add the countries where it processes the data (Art. 30(1)(d)).",
        "Groepsmaatschappij '{recipient}' heeft geen locatie; voeg de landen toe waar zij de gegevens verwerkt (art. 30 lid 1 onder d AVG).");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var recipients = context.Register.Recipients;
        for (var i = 0; i < recipients.Count; i++)
        {
            var recipient = recipients[i];
            if (recipient.Kind != RecipientKind.GroupCompany)
            {
                continue;
            }

            if (recipient.Role is null)
            {
                yield return new Finding(
                    $"/recipients/{i}/role",
                    NoRole.With(("recipient", recipient.Id)));
            }

            if (recipient.Location is null)
            {
                yield return new Finding(
                    $"/recipients/{i}/location",
                    NoLocation.With(("recipient", recipient.Id)));
            }
        }
    }
}
