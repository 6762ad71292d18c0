using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR006: a transfer outside the EEA does not name the country the data goes to.</summary>
internal sealed class TransferCountryRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR006",
        "Transfer does not name a country",
        DiagnosticSeverity.Error,
        "Art. 30(1)(e), 44",
        "A transfer, of an activity, of the register as a whole or of the processor's record, has an empty `country`.",
        "Art. 30(1)(e) requires the record to identify each third country or international organisation data is transferred to. Every other check on a transfer under Chapter V (Art. 44-49) depends on the destination: whether an adequacy decision covers it, which safeguards are needed and what a transfer impact assessment must look at.",
        "Set `country` to the ISO 3166-1 alpha-2 code of the country the data goes to, such as `US`; list a transfer to several countries once per country.")
    {
        Dutch = new(
            "Doorgifte zonder land",
            "art. 30 lid 1 onder e en 44 AVG",
            "Een doorgifte, van een verwerking, van het register als geheel of van het register van de verwerker, heeft een leeg `country`.",
            "Art. 30 lid 1 onder e AVG vraagt het register elk derde land of elke internationale organisatie te noemen waarheen gegevens worden doorgegeven. Elke andere toets van een doorgifte onder hoofdstuk V (art. 44-49 AVG) hangt af van de bestemming: of een adequaatheidsbesluit haar dekt, welke waarborgen nodig zijn en waar een beoordeling van de doorgifte naar moet kijken.",
            "Zet `country` op de ISO 3166-1 alpha-2-code van het land waarheen de gegevens gaan, zoals `US`; noem een doorgifte naar meerdere landen eenmaal per land."),
    };

    private static readonly MessageTemplate NoCountry = new(
        "{transfer}{to} does not name the third country the data goes to; set 'country' to its ISO 3166-1 code (Art. 30(1)(e)).",
        "{transfer}{to} noemt niet het derde land waarheen de gegevens gaan; zet 'country' op de ISO 3166-1-code ervan (art. 30 lid 1 onder e AVG).");

    private static readonly MessageTemplate OfActivity = new(
        "A transfer of the activity '{activity}'",
        "Een doorgifte van de verwerking '{activity}'");

    private static readonly MessageTemplate RegisterWide = new(
        "A register-wide transfer",
        "Een doorgifte van het hele register");

    private static readonly MessageTemplate OfProcessorRecord = new(
        "A transfer of the processor's record",
        "Een doorgifte van het register van de verwerker");

    private static readonly MessageTemplate To = new(
        " to '{recipient}'",
        " aan '{recipient}'");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            var transfers = activities[i].Transfers;
            for (var j = 0; j < transfers.Count; j++)
            {
                if (string.IsNullOrWhiteSpace(transfers[j].Country))
                {
                    yield return Unnamed($"/activities/{i}/transfers/{j}", OfActivity.With(("activity", activities[i].Name)), transfers[j].Recipient);
                }
            }
        }
    }

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var registerWide = context.Register.Transfers;
        for (var j = 0; j < registerWide.Count; j++)
        {
            if (string.IsNullOrWhiteSpace(registerWide[j].Country))
            {
                yield return Unnamed($"/transfers/{j}", RegisterWide.Text(), registerWide[j].Recipient);
            }
        }

        var processorTransfers = context.Register.ProcessorRecord?.Transfers ?? default;
        for (var j = 0; j < processorTransfers.Count; j++)
        {
            if (string.IsNullOrWhiteSpace(processorTransfers[j].Country))
            {
                yield return Unnamed($"/processorRecord/transfers/{j}", OfProcessorRecord.Text(), processorTransfers[j].Recipient);
            }
        }
    }

    private static Finding Unnamed(string pointer, MessageText transfer, string? recipient)
    {
        var to = string.IsNullOrWhiteSpace(recipient) ? (object)string.Empty : To.With(("recipient", recipient));
        return new Finding(
            $"{pointer}/country",
            NoCountry.With(("transfer", transfer), ("to", to)));
    }
}
