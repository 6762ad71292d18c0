using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>
/// RPR053: a category of processing for a client has purposes of the processor's own: it lists <c>purposes</c>, or
/// its name or description says the processor uses the data for its own ends.
/// </summary>
internal sealed class OwnPurposesRule : Rule
{
    // Phrases that say the processor itself decides why data is used. Whole phrases, so that "eigen" or "own" alone
    // ("ons eigen datacentrum", "our own servers") do not match; "our"/"its" where the bare phrase could be the
    // client's ("the client's own purposes", which a processor serves). "product" is a stem, for plurals and
    // compounds ("eigen productontwikkeling", "our own products"), except in "productie"/"production", a different word.
    private static readonly KeywordSet OwnEnds = new(
    [
        new("eigen doeleinden") { Except = ["eigen doeleinden van de opdrachtgever", "eigen doeleinden van de klant", "eigen doeleinden van de verwerkingsverantwoordelijke"] },
        new("eigen doelen") { Except = ["eigen doelen van de opdrachtgever", "eigen doelen van de klant", "eigen doelen van de verwerkingsverantwoordelijke"] },
        new("voor eigen gebruik"),
        new("eigen product", KeywordMatch.WordStart) { Except = ["eigen productie"] },
        new("own purposes") { Except = ["client's own purposes", "clients' own purposes", "customer's own purposes", "controller's own purposes"] },
        new("for our own use"),
        new("our own product", KeywordMatch.WordStart) { Except = ["our own production"] },
        new("its own product", KeywordMatch.WordStart) { Except = ["its own production"] },
    ]);

    public override RuleDescriptor Descriptor { get; } = new(
        "RPR053",
        "Category of processing with purposes of its own",
        DiagnosticSeverity.Error,
        "Art. 28(10), 28(3)(a), 29",
        "A client's category of processing under `processorRecord.clients` lists `purposes`, or its `name` or `description` says the processor uses the data for its own ends, such as \"eigen doeleinden\", \"voor eigen gebruik\", \"own purposes\" or \"our own product\".",
        "A processor processes personal data only on the controller's documented instructions (Art. 28(3)(a), 29); the purposes are the controller's to decide. A processor that determines purposes of its own, such as improving its own product with its clients' data, infringes the Regulation and is a controller for that processing (Art. 28(10)), with every duty that comes with it: a legal basis, informing the data subjects, and a controller's record.",
        "Stop the processing for the processor's own ends, or treat it as the processor's own processing: record it as an activity of a controller's record, with its legal basis, and inform the client and the data subjects. Where the client instructed it, describe the category as the client's processing and remove `purposes`.")
    {
        Dutch = new(
            "Verwerkingscategorie met eigen doeleinden",
            "art. 28 lid 10, 28 lid 3 onder a en 29 AVG",
            "Een verwerkingscategorie van een opdrachtgever onder `processorRecord.clients` noemt `purposes`, of haar `name` of `description` zegt dat de verwerker de gegevens voor eigen doeleinden gebruikt, zoals \"eigen doeleinden\", \"voor eigen gebruik\", \"own purposes\" of \"our own product\".",
            "Een verwerker verwerkt persoonsgegevens alleen op basis van vastgelegde instructies van de verwerkingsverantwoordelijke (art. 28 lid 3 onder a en 29 AVG); de doeleinden bepaalt de verwerkingsverantwoordelijke. Een verwerker die eigen doeleinden bepaalt, zoals het verbeteren van zijn eigen product met de gegevens van zijn opdrachtgevers, maakt inbreuk op de AVG en is voor die verwerking verwerkingsverantwoordelijke (art. 28 lid 10 AVG), met alle plichten die daarbij horen: een grondslag, het informeren van de betrokkenen en een eigen register.",
            "Stop de verwerking voor eigen doeleinden, of behandel haar als een eigen verwerking: leg haar vast als verwerking in een register van de verwerkingsverantwoordelijke, met haar grondslag, en informeer de opdrachtgever en de betrokkenen. Als de opdrachtgever haar heeft opgedragen, beschrijf de categorie dan als verwerking van de opdrachtgever en verwijder `purposes`."),
    };

    private static readonly MessageTemplate OwnPurposes = new(
        "'{category}' for client '{client}' lists purposes of the processor's own ({purposes}); a processor that determines purposes is a controller for that processing: stop it, or record it as your own processing (Art. 28(10), 28(3)(a), 29).",
        "'{category}' voor opdrachtgever '{client}' noemt eigen doeleinden van de verwerker ({purposes}); een verwerker die doeleinden bepaalt, is voor die verwerking verwerkingsverantwoordelijke: stop ermee, of leg haar vast als eigen verwerking (art. 28 lid 10, 28 lid 3 onder a en 29 AVG).");

    private static readonly MessageTemplate OwnWording = new(
        "'{category}' for client '{client}' says the data is used for the processor's own ends (\"{phrase}\"); a processor that determines purposes is a controller for that processing: stop it, or record it as your own processing (Art. 28(10), 28(3)(a), 29).",
        "'{category}' voor opdrachtgever '{client}' zegt dat de gegevens voor eigen doeleinden van de verwerker worden gebruikt (\"{phrase}\"); een verwerker die doeleinden bepaalt, is voor die verwerking verwerkingsverantwoordelijke: stop ermee, of leg haar vast als eigen verwerking (art. 28 lid 10, 28 lid 3 onder a en 29 AVG).");

    public override IEnumerable<Finding> CheckRegister(RuleContext context)
    {
        var clients = context.Register.ProcessorRecord?.Clients ?? default;
        for (var i = 0; i < clients.Count; i++)
        {
            var client = clients[i];
            for (var j = 0; j < client.Processing.Count; j++)
            {
                var category = client.Processing[j];
                var at = $"/processorRecord/clients/{i}/processing/{j}";
                if (category.Purposes.Count > 0)
                {
                    var purposes = string.Join("; ", category.Purposes.Select(purpose => $"'{purpose.Trim()}'"));
                    yield return new Finding(
                        $"{at}/purposes",
                        OwnPurposes.With(("category", category.Name), ("client", client.Id), ("purposes", purposes)));
                }
                else if (Wording(category.Name) is { } inName)
                {
                    yield return new Finding(
                        $"{at}/name",
                        OwnWording.With(("category", category.Name), ("client", client.Id), ("phrase", inName.Meaning)));
                }
                else if (Wording(category.Description) is { } inDescription)
                {
                    yield return new Finding(
                        $"{at}/description",
                        OwnWording.With(("category", category.Name), ("client", client.Id), ("phrase", inDescription.Meaning)));
                }
            }
        }
    }

    private static Keyword? Wording(string? text) => Keywords.Matches(text, OwnEnds).FirstOrDefault();
}
