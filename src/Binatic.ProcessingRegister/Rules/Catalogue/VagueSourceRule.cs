using Binatic.ProcessingRegister.Diagnostics;

namespace Binatic.ProcessingRegister.Rules.Catalogue;

/// <summary>RPR036: a source of personal data is described so vaguely ("all available sources") that it tells the data subject nothing.</summary>
internal sealed class VagueSourceRule : Rule
{
    // Phrases that name no source at all, in Dutch and English. They are whole phrases, not single words, so that
    // "other" in "other than the data subject" or "beschikbare" in "publicly available register" do not match, and
    // they match as whole words, so that "overall available" or "mother sources" do not either.
    private static readonly KeywordSet VaguePhrases = new(
    [
        new("alle beschikbare", "all available"),
        new("all available", "all available"),
        new("diverse bronnen", "various sources"),
        new("verschillende bronnen", "various sources"),
        new("various sources", "various sources"),
        new("andere bronnen", "other sources"),
        new("other sources", "other sources"),
    ]);

    public override RuleDescriptor Descriptor { get; } = new(
        "RPR036",
        "Source of personal data too vague",
        DiagnosticSeverity.Warning,
        "Art. 14(2)(f)",
        "A source's `description` names no source but a catch-all, such as \"all available sources\", \"various sources\", \"alle beschikbare bronnen\" or \"andere bronnen\".",
        "Where data is not obtained from the data subject, the controller must tell them from which source it originates and whether it came from publicly accessible sources (Art. 14(2)(f)); even where various sources were used, Recital 61 asks for general information about them, which a catch-all phrase does not give. The ICO record template has a column for the source for the same reason.",
        "Name the sources or kinds of sources (\"credit reference agency X\", \"public registers such as the Chamber of Commerce\"), one entry each, with their `kind`.")
    {
        Dutch = new(
            "Herkomst van persoonsgegevens te vaag",
            "art. 14 lid 2 onder f AVG",
            "De `description` van een bron noemt geen bron maar een verzamelterm, zoals \"alle beschikbare bronnen\", \"diverse bronnen\", \"all available sources\" of \"other sources\".",
            "Als gegevens niet bij de betrokkene zijn verkregen, moet de verwerkingsverantwoordelijke hem vertellen uit welke bron ze afkomstig zijn en of ze uit openbare bronnen komen (art. 14 lid 2 onder f AVG); ook als verschillende bronnen zijn gebruikt, vraagt overweging 61 AVG algemene informatie daarover, die een verzamelterm niet geeft. Het registermodel van de ICO heeft om dezelfde reden een kolom voor de bron.",
            "Noem de bronnen of soorten bronnen (\"kredietinformatiebureau X\", \"openbare registers zoals het Handelsregister\"), elk als eigen item, met hun `kind`."),
    };

    private static readonly MessageTemplate VagueSource = new(
        "'{activity}' gives its source as \"{source}\", which does not tell data subjects where their data comes from; name the sources (Art. 14(2)(f)).",
        "'{activity}' geeft als bron \"{source}\", wat betrokkenen niet vertelt waar hun gegevens vandaan komen; noem de bronnen (art. 14 lid 2 onder f AVG).");

    public override IEnumerable<Finding> CheckActivities(RuleContext context, ActivityWindow window)
    {
        var activities = context.Register.Activities;
        for (var i = window.Start; i < window.End; i++)
        {
            var sources = activities[i].Sources;
            for (var k = 0; k < sources.Count; k++)
            {
                var description = sources[k].Description;
                if (Keywords.Mentions(description, VaguePhrases))
                {
                    yield return new Finding(
                        $"/activities/{i}/sources/{k}/description",
                        VagueSource.With(("activity", activities[i].Name), ("source", description.Trim())));
                }
            }
        }
    }
}
