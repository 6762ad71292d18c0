using Binatic.ProcessingRegister.Binding;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR027: a transfer lists several safeguards as alternatives ("A, B or C") instead of the one it rests on.</summary>
internal sealed class AlternativeSafeguardsRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR027",
        "Alternative safeguards listed instead of the one used",
        DiagnosticSeverity.Warning,
        "Art. 30(1)(e), 13(1)(f)",
        "A transfer lists more than one safeguard.",
        "The record must document the transfer actually made (Art. 30(1)(e)) and the privacy notice must name the safeguard relied on and how to get a copy of it (Art. 13(1)(f)). A menu of possible grounds (\"an adequacy decision, standard clauses or the Privacy Shield\") shows neither which one applies to this recipient nor that any of them does.",
        "Record one transfer per recipient or group of recipients, each with the single safeguard it rests on; a fallback belongs in the description, not as a second safeguard.")
    {
        Dutch = new(
            "Alternatieve waarborgen vermeld in plaats van de gebruikte",
            "art. 30 lid 1 onder e en 13 lid 1 onder f AVG",
            "Een doorgifte noemt meer dan één waarborg.",
            "Het register moet de doorgifte vastleggen die werkelijk plaatsvindt (art. 30 lid 1 onder e AVG) en de privacyverklaring moet de gebruikte waarborg noemen en zeggen hoe een kopie ervan te krijgen is (art. 13 lid 1 onder f AVG). Een keuzemenu van mogelijke gronden (\"een adequaatheidsbesluit, modelcontractbepalingen of het privacyschild\") laat niet zien welke voor deze ontvanger geldt, en ook niet dat er een geldt.",
            "Leg per ontvanger of groep ontvangers één doorgifte vast, elk met de ene waarborg waarop zij berust; een terugvaloptie hoort in de omschrijving, niet als tweede waarborg."),
    };

    private static readonly MessageTemplate Alternatives = new(
        "The transfer to {country} lists {count} safeguards as alternatives ({listed}); record the one it actually rests on (Art. 30(1)(e), 13(1)(f)).",
        "De doorgifte naar {country} noemt {count} waarborgen als alternatieven ({listed}); leg de waarborg vast waarop zij werkelijk berust (art. 30 lid 1 onder e en 13 lid 1 onder f AVG).");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window) => Check(context.Transfers(window));

    public override IEnumerable<Finding> CheckRegister(RuleContext context) => Check(context.RegisterWideTransfers());

    private static IEnumerable<Finding> Check(IEnumerable<(Transfer Transfer, ItemPointer Pointer)> transfers)
    {
        foreach (var (transfer, pointer) in transfers)
        {
            if (transfer.Safeguards.Count > 1)
            {
                var listed = string.Join(", ", transfer.Safeguards.Select(s => WireNames.Format(s.Type)));
                yield return new Finding(
                    $"{pointer}/safeguards",
                    Alternatives.With(("country", transfer.Country), ("count", transfer.Safeguards.Count), ("listed", listed)));
            }
        }
    }
}
