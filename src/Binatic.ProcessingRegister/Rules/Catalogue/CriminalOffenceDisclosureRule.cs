using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR020: an activity with criminal-offence data discloses it to a private third party or group company without the
/// ground that allows that: a permit of the Autoriteit Persoonsgegevens for a private controller, or the statute
/// the disclosure rests on for a public authority or a disclosure under a covenant.
/// </summary>
internal sealed class CriminalOffenceDisclosureRule : Rule
{
    // How a register cites the Dutch GDPR implementation act, whose own grounds (UAVG arts. 32-33) are what a private
    // controller has without a permit; they are not a statute that allows the disclosure. Matched ignoring case.
    private static readonly KeywordSet Uavg = KeywordSet.Of(
        KeywordMatch.Word, "UAVG", "Uitvoeringswet AVG", "Uitvoeringswet Algemene verordening gegevensbescherming");

    public override RuleDescriptor Descriptor { get; } = new(
        "RPR020",
        "Criminal-offence data disclosed to private third parties",
        DiagnosticSeverity.Warning,
        "Art. 10, 6(3); UAVG art. 33(4)(c)",
        "An activity that refers to criminal-offence data lists among its `recipients` a recipient of kind `thirdParty` or `groupCompany` that receives that data (all of the activity's categories, unless the recipient's `dataCategories` name only others), and its `criminalOffenceGround` cites no statute other than the UAVG in `law`. For a private controller the finding asks for a permit of the Autoriteit Persoonsgegevens; when the controller is a public authority or the recipient has a `covenant`, it asks for the statute the disclosure rests on instead. Public authorities and processors as recipients are not counted.",
        "Art. 10 allows criminal-offence data only under the control of official authority or where Union or Member State law authorises it with safeguards. The Dutch grounds for a private controller's own purposes (UAVG art. 33(2)) do not cover providing it to other private parties; processing it for third parties, such as a shared warning list or blacklist, needs a permit of the Autoriteit Persoonsgegevens (UAVG art. 33(4)(c)), which the AP refused for a shared fraud blacklist (VODIOM) in October 2021. A group company is a separate legal person and so a third party. A public authority, such as a municipality that informs a youth-care provider or the probation service, discloses on the ground of the statute that lays down its task (Art. 6(3)), not under a permit; a covenant among chain partners documents the arrangement but is no ground of its own, so it must rest on such a statute too.",
        "Stop the disclosure, or record the ground in the activity's `criminalOffenceGround`: the statute (act and article) that allows the disclosure in `law`, which is what a public authority or a covenant needs; for a private controller the permit of the Autoriteit Persoonsgegevens, and accept this finding with that reason. If the recipient does not receive the criminal-offence data, list the categories it does receive under its `dataCategories`; if it only processes on your behalf, record it as a processor instead.")
    {
        Dutch = new(
            "Strafrechtelijke gegevens verstrekt aan private derden",
            "art. 10 en 6 lid 3 AVG; art. 33 lid 4 onder c UAVG",
            "Een verwerking die verwijst naar strafrechtelijke gegevens noemt onder haar `recipients` een ontvanger van de soort `thirdParty` of `groupCompany` die die gegevens ontvangt (alle categorieën van de verwerking, tenzij de `dataCategories` van de ontvanger alleen andere noemen), en haar `criminalOffenceGround` noemt in `law` geen andere wet dan de UAVG. Voor een private verwerkingsverantwoordelijke vraagt de bevinding om een vergunning van de Autoriteit Persoonsgegevens; is de verwerkingsverantwoordelijke een overheidsinstantie of heeft de ontvanger een `covenant`, dan vraagt zij in plaats daarvan om de wet waarop de verstrekking berust. Overheidsinstanties en verwerkers als ontvanger tellen niet mee.",
            "Art. 10 AVG staat de verwerking van persoonsgegevens betreffende strafrechtelijke veroordelingen en strafbare feiten alleen toe onder toezicht van de overheid, of als het Unierecht of lidstatelijk recht dat met passende waarborgen toestaat. De Nederlandse gronden voor de eigen doeleinden van een private verwerkingsverantwoordelijke (art. 33 lid 2 UAVG) dekken niet dat hij de gegevens aan andere private partijen verstrekt; de verwerking ervan ten behoeve van derden, zoals een gedeelde waarschuwingslijst of zwarte lijst, vraagt een vergunning van de Autoriteit Persoonsgegevens (art. 33 lid 4 onder c UAVG), die de AP in oktober 2021 weigerde voor een gedeelde zwarte lijst tegen fraude (VODIOM). Een groepsmaatschappij is een afzonderlijke rechtspersoon en dus een derde. Een overheidsinstantie, zoals een gemeente die een jeugdhulpaanbieder of de reclassering informeert, verstrekt op grond van de wet die haar taak regelt (art. 6 lid 3 AVG), niet onder een vergunning; een convenant tussen ketenpartners legt de afspraken vast, maar is geen zelfstandige grondslag en moet dus ook op zo'n wet berusten.",
            "Stop de verstrekking, of leg de grond vast in de `criminalOffenceGround` van de verwerking: de wet (wet en artikel) die de verstrekking toestaat in `law`, wat een overheidsinstantie of een convenant nodig heeft; voor een private verwerkingsverantwoordelijke de vergunning van de Autoriteit Persoonsgegevens, en accepteer deze bevinding met die reden. Ontvangt de ontvanger de strafrechtelijke gegevens niet, noem dan onder zijn `dataCategories` de categorieën die hij wel ontvangt; verwerkt hij de gegevens alleen in opdracht van de verwerkingsverantwoordelijke, leg hem dan vast als verwerker."),
    };

    private static readonly MessageTemplate NeedsPermit = new(
        "'{activity}' discloses criminal-offence data to '{recipient}', {kind}; in the Netherlands that needs a permit of the Autoriteit Persoonsgegevens (Art. 10; UAVG art. 33(4)(c)).",
        "'{activity}' verstrekt strafrechtelijke gegevens aan '{recipient}', {kind}; in Nederland is daarvoor een vergunning van de Autoriteit Persoonsgegevens nodig (art. 10 AVG; art. 33 lid 4 onder c UAVG).");

    private static readonly MessageTemplate PrivateGroupCompany = new(
        "a private group company",
        "een private groepsmaatschappij");

    private static readonly MessageTemplate PrivateThirdParty = new(
        "a private third party",
        "een private derde");

    private static readonly MessageTemplate NeedsStatute = new(
        "'{activity}' discloses criminal-offence data to '{recipient}'{under}, but the register names no statute that allows it; {why}: cite the act and article in 'criminalOffenceGround.law' (Art. 10, 6(3)).",
        "'{activity}' verstrekt strafrechtelijke gegevens aan '{recipient}'{under}, maar het register noemt geen wet die dat toestaat; {why}: noem de wet en het artikel in 'criminalOffenceGround.law' (art. 10 en 6 lid 3 AVG).");

    private static readonly MessageTemplate UnderCovenant = new(
        " under '{covenant}'",
        " in het kader van '{covenant}'");

    private static readonly MessageTemplate PublicAuthorityNeedsStatute = new(
        "a public authority discloses it on the ground of the statute that lays down its task, not under a permit",
        "een overheidsinstantie verstrekt ze op grond van de wet die haar taak regelt, niet onder een vergunning");

    private static readonly MessageTemplate CovenantIsNoGround = new(
        "a covenant is no ground of its own",
        "een convenant is geen zelfstandige grondslag");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            if (activities[i].Recipients is not { } recipients || !LawfulnessChecks.ProcessesCriminalOffenceData(context, i)
                || CitesStatute(activities[i].CriminalOffenceGround?.Law))
            {
                continue;
            }

            for (var k = 0; k < recipients.Count; k++)
            {
                if (context.Recipient(recipients[k]) is { } recipient && IsPrivateThirdParty(recipient) && ReceivesCriminalOffenceData(context, i, recipient))
                {
                    yield return new Finding($"/activities/{i}/recipients/{k}", Message(context, i, recipient));
                }
            }
        }
    }

    private static MessageText Message(RuleContext context, int index, Recipient recipient)
    {
        var activity = context.Register.Activities[index].Name;
        var publicAuthority = context.HasPublicAuthority(index);
        if (!publicAuthority && recipient.Covenant is null)
        {
            var kind = recipient.Kind == RecipientKind.GroupCompany ? PrivateGroupCompany : PrivateThirdParty;
            return NeedsPermit.With(("activity", activity), ("recipient", recipient.Name), ("kind", kind.Text()));
        }

        object under = recipient.Covenant is { } covenant ? UnderCovenant.With(("covenant", covenant.Name)) : string.Empty;
        var why = publicAuthority ? PublicAuthorityNeedsStatute : CovenantIsNoGround;
        return NeedsStatute.With(("activity", activity), ("recipient", recipient.Name), ("under", under), ("why", why.Text()));
    }

    /// <summary>
    /// Gets a value indicating whether the ground cites a statute that may allow the disclosure: any law but the UAVG,
    /// whose own grounds do not cover providing the data to private parties.
    /// </summary>
    private static bool CitesStatute(string? law) => !string.IsNullOrWhiteSpace(law) && !Keywords.Mentions(law, Uavg);

    /// <summary>
    /// Gets a value indicating whether a recipient receives the activity's criminal-offence data: every recipient does,
    /// unless the register limits it to data categories among which there is none of that activity's.
    /// </summary>
    private static bool ReceivesCriminalOffenceData(RuleContext context, int activity, Recipient recipient)
    {
        if (recipient.DataCategories.Count == 0)
        {
            return true;
        }

        foreach (var (category, _) in context.DataCategoriesOf(activity))
        {
            if (category.IsCriminalOffenceData && Names(recipient.DataCategories, category.Id))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Names(ValueArray<string> ids, string id)
    {
        foreach (var each in ids)
        {
            if (string.Equals(each, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPrivateThirdParty(Recipient recipient) =>
        recipient.Kind is RecipientKind.ThirdParty or RecipientKind.GroupCompany && recipient.Role != RecipientRole.Processor;
}
