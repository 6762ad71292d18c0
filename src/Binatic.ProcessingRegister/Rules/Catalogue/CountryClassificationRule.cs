using Binatic.ProcessingRegister.Binding;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Facts;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR031: a transfer's country is classified wrongly: an EEA state recorded as a third country, or a country with
/// an adequacy decision that is given further transfer mechanisms it does not need.
/// </summary>
internal sealed class CountryClassificationRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR031",
        "Transfer country classified wrongly",
        DiagnosticSeverity.Info,
        "Art. 45; EEA Joint Committee Decision 154/2018",
        "A transfer goes to an EEA country, or to a country whose adequacy decision covers the transfer today while it also lists safeguards other than `adequacyDecision`.",
        "The GDPR applies throughout the EEA (the EU plus Iceland, Liechtenstein and Norway since 20 July 2018), so data sent there is not a transfer under Chapter V. Where an adequacy decision covers a transfer, no further safeguard is required (Art. 45(1)); listing one suggests the country's status is not understood and makes the record harder to check.",
        "Remove transfers to EEA countries (keep the party's `location`). For a country with an adequacy decision, name `adequacyDecision` alone, unless another safeguard is deliberately kept in case the decision falls; then say so in the transfer's description.")
    {
        Dutch = new(
            "Land van doorgifte verkeerd ingedeeld",
            "art. 45 AVG; Besluit 154/2018 van het Gemengd Comité van de EER",
            "Een doorgifte gaat naar een land van de EER, of naar een land waarvan het adequaatheidsbesluit de doorgifte vandaag dekt terwijl zij ook andere waarborgen dan `adequacyDecision` noemt.",
            "De AVG geldt in de hele EER (de EU plus IJsland, Liechtenstein en Noorwegen sinds 20 juli 2018), dus gegevens die daarheen gaan, zijn geen doorgifte onder hoofdstuk V AVG. Waar een adequaatheidsbesluit een doorgifte dekt, is geen verdere waarborg nodig (art. 45 lid 1 AVG); er toch een noemen wekt de indruk dat de status van het land niet begrepen is en maakt het register moeilijker te controleren.",
            "Verwijder doorgiften naar landen van de EER (houd de `location` van de partij). Noem voor een land met een adequaatheidsbesluit alleen `adequacyDecision`, tenzij een andere waarborg bewust wordt aangehouden voor het geval het besluit vervalt; zeg dat dan in de omschrijving van de doorgifte."),
    };

    private static readonly MessageTemplate InEea = new(
        "{country} is in the EEA, so sending data there is not a transfer to a third country; remove this transfer and record the location on the party instead (Art. 45; EEA).",
        "{country} ligt in de EER, dus gegevens daarheen sturen is geen doorgifte naar een derde land; verwijder deze doorgifte en leg in plaats daarvan de locatie bij de partij vast (art. 45 AVG; EER).");

    private static readonly MessageTemplate NotNeededOne = new(
        "{country} has an adequacy decision in force ({source}) that covers this transfer, so {others} is not needed; name 'adequacyDecision' as its safeguard (Art. 45).",
        "Voor {country} geldt een adequaatheidsbesluit ({source}) dat deze doorgifte dekt, dus {others} is niet nodig; noem 'adequacyDecision' als waarborg (art. 45 AVG).");

    private static readonly MessageTemplate NotNeededMany = new(
        "{country} has an adequacy decision in force ({source}) that covers this transfer, so {others} are not needed; name 'adequacyDecision' as its safeguard (Art. 45).",
        "Voor {country} geldt een adequaatheidsbesluit ({source}) dat deze doorgifte dekt, dus {others} zijn niet nodig; noem 'adequacyDecision' als waarborg (art. 45 AVG).");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window) => Check(context, context.Transfers(window));

    public override IEnumerable<Finding> CheckRegister(RuleContext context) => Check(context, context.RegisterWideTransfers());

    private static IEnumerable<Finding> Check(RuleContext context, IEnumerable<(Transfer Transfer, ItemPointer Pointer)> transfers)
    {
        foreach (var (transfer, pointer) in transfers)
        {
            if (GdprFacts.IsInEea(transfer.Country))
            {
                yield return new Finding(
                    $"{pointer}/country",
                    InEea.With(("country", transfer.Country)));
                continue;
            }

            // The other safeguards are listed only for a finding: most transfers outside the EEA have one.
            if (HasOtherThanAdequacy(transfer.Safeguards) && TransferAndRiskChecks.AdequacyCovering(context, transfer, pointer) is { } decision)
            {
                var others = transfer.Safeguards.Where(s => s.Type != SafeguardType.AdequacyDecision).Select(s => WireNames.Format(s.Type)).ToList();
                yield return new Finding(
                    $"{pointer}/country",
                    (others.Count == 1 ? NotNeededOne : NotNeededMany).With(("country", transfer.Country), ("source", decision.Source), ("others", string.Join(", ", others))));
            }
        }
    }

    private static bool HasOtherThanAdequacy(ValueArray<Safeguard> safeguards)
    {
        foreach (var safeguard in safeguards)
        {
            if (safeguard.Type != SafeguardType.AdequacyDecision)
            {
                return true;
            }
        }

        return false;
    }
}
