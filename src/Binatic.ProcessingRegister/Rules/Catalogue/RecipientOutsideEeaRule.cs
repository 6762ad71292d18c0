using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Facts;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR030: an activity discloses data to a processor or recipient outside the EEA, but no transfer to it is recorded.</summary>
internal sealed class RecipientOutsideEeaRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "RPR030",
        "Recipient outside the EEA without a transfer",
        DiagnosticSeverity.Error,
        "Art. 44, 30(1)(d)-(e)",
        "An activity names in `recipients` a processor or recipient whose `location` lists a country outside the EEA, while neither that activity nor the register-wide `transfers` has a transfer to that country; or whose location says `withinEea: false` without countries, while no transfer names it as `recipient`.",
        "Any disclosure to a party outside the EEA is a transfer that needs a Chapter V ground (Art. 44), and the record must name the third country and document the transfer (Art. 30(1)(e)). A recipient abroad without a transfer entry means a transfer nobody has assessed.",
        "Add a transfer to the activity (or under the register-wide `transfers`) with the country, the `recipient` and the safeguard relied on; or correct the recipient's `location` if it processes the data within the EEA.")
    {
        Dutch = new(
            "Ontvanger buiten de EER zonder doorgifte",
            "art. 44 en 30 lid 1 onder d en e AVG",
            "Een verwerking noemt in `recipients` een verwerker of ontvanger waarvan de `location` een land buiten de EER noemt, terwijl noch die verwerking noch de `transfers` van het hele register een doorgifte naar dat land hebben; of waarvan de locatie `withinEea: false` zegt zonder landen, terwijl geen doorgifte hem als `recipient` noemt.",
            "Elke verstrekking aan een partij buiten de EER is een doorgifte die een grond uit hoofdstuk V AVG nodig heeft (art. 44 AVG), en het register moet het derde land noemen en de doorgifte vastleggen (art. 30 lid 1 onder e AVG). Een ontvanger in het buitenland zonder doorgifte betekent een doorgifte die niemand heeft beoordeeld.",
            "Voeg een doorgifte toe aan de verwerking (of onder de `transfers` van het hele register) met het land, de `recipient` en de waarborg waarop zij berust; of verbeter de `location` van de ontvanger als die de gegevens binnen de EER verwerkt."),
    };

    private static readonly MessageTemplate NoTransfer = new(
        "'{activity}' discloses data to '{party}', located {where}, but records no transfer to it; add a transfer with its safeguard (Art. 44, 30(1)(d)-(e)).",
        "'{activity}' verstrekt gegevens aan '{party}', gevestigd {where}, maar legt geen doorgifte aan die partij vast; voeg een doorgifte met haar waarborg toe (art. 44 en 30 lid 1 onder d en e AVG).");

    private static readonly MessageTemplate OutsideEea = new(
        "outside the EEA",
        "buiten de EER");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        // The register-wide transfers count for every activity: gathered once per window, not once per activity.
        var registerWide = new Destinations(context.Register.Transfers);
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            var activity = activities[i];
            var recipients = activity.Recipients ?? default;
            for (var k = 0; k < recipients.Count; k++)
            {
                if (TransferAndRiskChecks.PartyOf(context, recipients[k]) is not { Location: { } location } party)
                {
                    continue;
                }

                if (Untransferred(party.Id, location, activity.Transfers, registerWide) is { } where)
                {
                    yield return new Finding(
                        $"/activities/{i}/recipients/{k}",
                        NoTransfer.With(("activity", activity.Name), ("party", party.Id), ("where", where)));
                }
            }
        }
    }

    /// <summary>
    /// Describes where the party is, when some of its places outside the EEA have no transfer: its countries (written
    /// alike in both languages) or "outside the EEA"; otherwise <see langword="null"/>.
    /// </summary>
    /// <remarks>
    /// Loops rather than LINQ: this runs for every recipient of every activity, nearly always to find that all is
    /// well, and the lambdas, lists and arrays of a query cost more than the check itself.
    /// </remarks>
    private static object? Untransferred(string party, Location location, ValueArray<Transfer> own, Destinations registerWide)
    {
        var abroad = false;
        List<string>? missing = null;
        foreach (var country in location.Countries)
        {
            if (GdprFacts.IsInEea(country))
            {
                continue;
            }

            abroad = true;
            if (!registerWide.GoesTo(country) && !AnyGoesTo(own, country))
            {
                (missing ??= []).Add(country);
            }
        }

        if (abroad)
        {
            return missing is null ? null : $"in {string.Join(", ", missing)}";
        }

        return location.IsWithinEea == false && !registerWide.Names(party) && !AnyNames(own, party)
            ? OutsideEea.Text()
            : null;
    }

    private static bool AnyGoesTo(ValueArray<Transfer> transfers, string country)
    {
        foreach (var transfer in transfers)
        {
            if (string.Equals(transfer.Country, country, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyNames(ValueArray<Transfer> transfers, string party)
    {
        foreach (var transfer in transfers)
        {
            if (string.Equals(transfer.Recipient, party, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The countries and recipients of the register-wide transfers, which count for every activity.</summary>
    private sealed class Destinations
    {
        private readonly HashSet<string> _countries = new(StringComparer.Ordinal);
        private readonly HashSet<string> _recipients = new(StringComparer.Ordinal);

        public Destinations(ValueArray<Transfer> transfers)
        {
            foreach (var transfer in transfers)
            {
                _countries.Add(transfer.Country);
                if (transfer.Recipient is { } recipient)
                {
                    _recipients.Add(recipient);
                }
            }
        }

        public bool GoesTo(string country) => _countries.Contains(country);

        public bool Names(string recipient) => _recipients.Contains(recipient);
    }
}
