using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Facts;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR024: the EU-US Privacy Shield is named as a safeguard, though it has been invalid since 16 July 2020.</summary>
internal sealed class PrivacyShieldRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR024",
        "EU-US Privacy Shield used as a safeguard",
        DiagnosticSeverity.Error,
        "Art. 44-46; CJEU C-311/18 (Schrems II)",
        "A transfer names the EU-US Privacy Shield as one of its safeguards.",
        $"The Court of Justice declared the Privacy Shield (Decision 2016/1250) invalid on {GdprFacts.Display(GdprFacts.PrivacyShieldInvalidated)}; transfers that still rest on it have no valid ground under Chapter V.",
        "Replace it with the ground actually used: the EU-US Data Privacy Framework (adequacy decision 2023/1795, for certified recipients only), the 2021/914 standard contractual clauses, or binding corporate rules.")
    {
        Dutch = new(
            "EU-VS-privacyschild gebruikt als waarborg",
            "art. 44-46 AVG; HvJ EU C-311/18 (Schrems II)",
            "Een doorgifte noemt het EU-VS-privacyschild als een van haar waarborgen.",
            $"Het Hof van Justitie van de Europese Unie heeft het privacyschild (Besluit 2016/1250) op {GdprFacts.DisplayDutch(GdprFacts.PrivacyShieldInvalidated)} ongeldig verklaard; doorgiften die daar nog op berusten, hebben geen geldige grond onder hoofdstuk V AVG.",
            "Vervang het door de grond die werkelijk wordt gebruikt: het EU-VS-kader voor gegevensbescherming (adequaatheidsbesluit 2023/1795, alleen voor gecertificeerde ontvangers), de modelcontractbepalingen van 2021/914, of bindende bedrijfsvoorschriften."),
    };

    private static readonly MessageTemplate Invalid = new(
        "The EU-US Privacy Shield has been invalid since {date} (CJEU C-311/18); name the safeguard actually used for this transfer to {country} (Art. 44-46).",
        "Het EU-VS-privacyschild is sinds {date} ongeldig (HvJ EU C-311/18); noem de waarborg die voor deze doorgifte naar {country} werkelijk wordt gebruikt (art. 44-46 AVG).");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window) => Check(context.Transfers(window));

    public override IEnumerable<Finding> CheckRegister(RuleContext context) => Check(context.RegisterWideTransfers());

    private static IEnumerable<Finding> Check(IEnumerable<(Transfer Transfer, ItemPointer Pointer)> transfers)
    {
        foreach (var (transfer, pointer) in transfers)
        {
            for (var k = 0; k < transfer.Safeguards.Count; k++)
            {
                if (transfer.Safeguards[k].Type == SafeguardType.EuUsPrivacyShield)
                {
                    yield return new Finding(
                        $"{pointer}/safeguards/{k}/type",
                        Invalid.With(("date", GdprFacts.PrivacyShieldInvalidated), ("country", transfer.Country)));
                }
            }
        }
    }
}
