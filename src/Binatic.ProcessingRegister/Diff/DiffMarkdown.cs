using System.Text;
using Binatic.ProcessingRegister.Markdown;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Diff;

/// <summary>
/// Writes <see cref="RegisterChanges"/> as the Markdown summary posted on a pull request: first, under
/// <c>#### Needs attention</c>, the <see cref="RegisterChanges.Attention"/> list, then the activities added, removed
/// and changed, then the register-wide changes, then those of the processor's record and of its clients.
/// </summary>
/// <remarks>
/// <para>
/// Sections start at level-four headings and there is no title, so that a caller can put the summaries of several
/// registers under headings of its own, as the repository's CI workflow does. Labels, and the words around register
/// text in list entries (<see cref="ListChange.AddedIn(RegisterLanguage)"/>), are in English or in Dutch, in the AVG's
/// terms (<see cref="ToMarkdown(RegisterChanges, RegisterLanguage)"/>); register text is quoted as written.
/// </para>
/// <para>
/// Register text is escaped as the Markdown export escapes it, and more: it can add no links, HTML or table cells to
/// a comment a reviewer trusts, it mentions no one (<c>@name</c>) and refers to no issue (<c>#123</c>), and
/// characters a reader cannot see are shown as their code (see <see cref="Diagnostics.VisibleText.Show"/>).
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var summary = DiffMarkdown.ToMarkdown(RegisterDiff.Compare(before, after));
/// // #### Needs attention
/// //
/// // - **Special-category data (Art. 9)**: Health (gezondheid) (health) in Support (`support`)
/// //
/// // #### Activities added
/// //
/// // - Support (`support`)
/// </code>
/// </example>
public static class DiffMarkdown
{
    /// <summary>The whole summary, without its line break, when nothing a reviewer is shown has changed.</summary>
    internal const string NoChanges = "No changes to processing activities.";

    /// <summary>The whole Dutch summary, without its line break, when nothing a reviewer is shown has changed.</summary>
    internal const string NoChangesDutch = "Geen wijzigingen in de verwerkingen.";

    /// <summary>Writes <paramref name="changes"/> as a Markdown summary with English labels and returns it.</summary>
    /// <param name="changes">The changes, from <see cref="RegisterDiff.Compare(Model.Register, Model.Register)"/>.</param>
    /// <returns>
    /// The summary, with <c>\n</c> line endings and a final line break; <c>No changes to processing activities.</c> and
    /// a line break when <see cref="RegisterChanges.IsEmpty"/>.
    /// </returns>
    public static string ToMarkdown(RegisterChanges changes) => ToMarkdown(changes, RegisterLanguage.English);

    /// <summary>Writes <paramref name="changes"/> as a Markdown summary with labels in <paramref name="language"/>.</summary>
    /// <param name="changes">The changes, from <see cref="RegisterDiff.Compare(Model.Register, Model.Register)"/>.</param>
    /// <param name="language">
    /// The language of the headings, labels and list entries, usually the register's own
    /// (<see cref="RegisterInfo.Language"/>): Dutch writes "Vraagt aandacht", "Verwerkingen toegevoegd", the AVG's
    /// terms and entries such as "geen doorgiften (vermeld)"; register text is quoted as written.
    /// </param>
    /// <returns>
    /// The summary, with <c>\n</c> line endings and a final line break; one sentence and a line break when
    /// <see cref="RegisterChanges.IsEmpty"/>.
    /// </returns>
    /// <example>
    /// <code>
    /// var summary = DiffMarkdown.ToMarkdown(RegisterDiff.Compare(before, after), after.Info.Language);
    /// </code>
    /// </example>
    public static string ToMarkdown(RegisterChanges changes, RegisterLanguage language)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var dutch = language == RegisterLanguage.Dutch;

        if (changes.IsEmpty)
        {
            return (dutch ? NoChangesDutch : NoChanges) + "\n";
        }

        var text = new StringBuilder();

        if (changes.Attention.Count > 0)
        {
            text.Append(dutch ? "#### Vraagt aandacht\n\n" : "#### Needs attention\n\n");
            foreach (var concern in changes.Attention)
            {
                text.Append("- ").Append(Describe(concern, dutch)).Append('\n');
            }

            text.Append('\n');
        }

        Activities(text, dutch ? "Verwerkingen toegevoegd" : "Activities added", changes.AddedActivities);
        Activities(text, dutch ? "Verwerkingen verwijderd" : "Activities removed", changes.RemovedActivities);

        if (changes.ChangedActivities.Count > 0)
        {
            text.Append(dutch ? "#### Verwerkingen gewijzigd\n\n" : "#### Activities changed\n\n");
            foreach (var activity in changes.ChangedActivities)
            {
                text.Append("- ").Append(Name(activity.Activity)).Append('\n');
                Lists(text, activity.Lists, "  ", dutch);
            }

            text.Append('\n');
        }

        if (changes.RegisterLevel.Count > 0)
        {
            text.Append("#### Register\n\n");
            Lists(text, changes.RegisterLevel, string.Empty, dutch);
            text.Append('\n');
        }

        if (changes.ProcessorRecord.Count > 0)
        {
            text.Append(dutch ? "#### Register van de verwerker\n\n" : "#### Processor's record\n\n");
            Lists(text, changes.ProcessorRecord, string.Empty, dutch);
            text.Append('\n');
        }

        if (changes.ChangedClients.Count > 0)
        {
            text.Append(dutch ? "#### Opdrachtgevers gewijzigd\n\n" : "#### Clients changed\n\n");
            foreach (var client in changes.ChangedClients)
            {
                text.Append("- ").Append(Name(client.Client)).Append('\n');
                Lists(text, client.Lists, "  ", dutch);
            }

            text.Append('\n');
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static void Activities(StringBuilder text, string heading, ValueArray<ActivityReference> activities)
    {
        if (activities.Count == 0)
        {
            return;
        }

        text.Append("#### ").Append(heading).Append("\n\n");
        foreach (var activity in activities)
        {
            text.Append("- ").Append(Name(activity)).Append('\n');
        }

        text.Append('\n');
    }

    private static void Lists(StringBuilder text, IEnumerable<ListChange> lists, string indent, bool dutch)
    {
        var language = dutch ? RegisterLanguage.Dutch : RegisterLanguage.English;
        foreach (var list in lists)
        {
            text.Append(indent).Append("- ").Append(dutch ? DutchLabel(list.Kind) : Label(list.Kind)).Append('\n');
            foreach (var added in list.AddedIn(language))
            {
                text.Append(indent).Append(dutch ? "  - toegevoegd: " : "  - added: ").Append(MarkdownText.EscapeInConversation(added)).Append('\n');
            }

            foreach (var removed in list.RemovedIn(language))
            {
                text.Append(indent).Append(dutch ? "  - verwijderd: " : "  - removed: ").Append(MarkdownText.EscapeInConversation(removed)).Append('\n');
            }
        }
    }

    private static string Describe(Concern concern, bool dutch)
    {
        var what = dutch ? DutchConcern(concern.Kind) : concern.Kind switch
        {
            ConcernKind.SpecialCategoryData => "**Special-category data (Art. 9)**: ",
            ConcernKind.CriminalOffenceData => "**Criminal-offence data (Art. 10)**: ",
            ConcernKind.ThirdCountryTransfer => "**Transfer outside the EEA (Chapter V)** to ",
            ConcernKind.NationalIdentifier => "**National identification number (Art. 87)**: ",
            ConcernKind.ChainPartner => "**Disclosure to a chain partner**: ",
            ConcernKind.SubProcessor => "**New sub-processor (Art. 28(2))**: ",
            ConcernKind.SubProcessorCountry => "**New country for a sub-processor (Art. 28(2), 44-46)**: ",
            ConcernKind.SubProcessorOutsideEea => "**Sub-processor now outside the EEA (Art. 28(2), 44-46)**: ",
            _ => "**Transfer outside the EEA by the processor (Art. 28(3)(a), 44-46)** to ",
        };
        return what + MarkdownText.EscapeInConversation(concern.Subject) + Where(concern, dutch);
    }

    // A concern of a processor's record is about no activity; it names the clients to inform instead.
    private static string Where(Concern concern, bool dutch)
    {
        if (concern.Activity is { } activity)
        {
            return $" {(dutch ? "bij" : "in")} {Name(activity)}";
        }

        if (concern.Kind is ConcernKind.ThirdCountryTransfer)
        {
            return dutch ? " in de doorgiften van het register" : " in the register's transfers";
        }

        if (concern.Kind is not ConcernKind.SubProcessor)
        {
            return Clients(dutch ? "; te informeren opdrachtgevers: " : "; clients to inform: ", concern.Clients);
        }

        // Under a specific authorisation the client is not informed but asked, before the sub-processor is engaged.
        var (asked, informed) = (concern.Clients.Where(c => c.Authorisation is SubProcessorAuthorisation.Specific), concern.Clients.Where(c => c.Authorisation is not SubProcessorAuthorisation.Specific));
        return Clients(dutch ? "; te informeren opdrachtgevers, die bezwaar kunnen maken: " : "; clients to inform, who may object: ", informed)
            + Clients(dutch ? "; opdrachtgevers die eerst toestemming moeten geven: " : "; clients who must authorise it first: ", asked);
    }

    private static string Clients(string label, IEnumerable<ClientReference> clients)
    {
        var names = string.Join(", ", clients.Select(Name));
        return names.Length == 0 ? string.Empty : label + names;
    }

    private static string Name(ActivityReference activity) => $"{MarkdownText.EscapeInConversation(activity.Name)} (`{activity.Id}`)";

    private static string Name(ClientReference client) => $"{MarkdownText.EscapeInConversation(client.Name)} (`{client.Id}`)";

    private static string Label(ListKind kind) => kind switch
    {
        ListKind.Controllers => "Controllers",
        ListKind.Department => "Department",
        ListKind.Task => "Task",
        ListKind.JointControllerArrangements => "Joint-controller arrangements",
        ListKind.ArrangementParties => "Parties to joint-controller arrangements",
        ListKind.Purposes => "Purposes",
        ListKind.DataCategories => "Data categories",
        ListKind.DataSubjects => "Data subjects",
        ListKind.LegalBases => "Legal bases",
        ListKind.Recipients => "Recipients",
        ListKind.Covenants => "Covenants",
        ListKind.Transfers => "Transfers",
        ListKind.Retention => "Retention",
        ListKind.Processors => "Processors",
        ListKind.SecurityMeasures => "Security measures",
        ListKind.Role => "Role",
        ListKind.Clients => "Clients",
        ListKind.ProcessingCategories => "Categories of processing",
        ListKind.CategorySubProcessors => "Sub-processors of the categories of processing",
        ListKind.SubProcessorAuthorisation => "Authorisation of sub-processors",
        ListKind.AuthorisedSubProcessors => "Sub-processors authorised specifically",
        ListKind.SubProcessors => "Sub-processors",
        _ => "Locations of sub-processors",
    };

    private static string DutchConcern(ConcernKind kind) => kind switch
    {
        ConcernKind.SpecialCategoryData => "**Bijzondere categorieën van persoonsgegevens (art. 9 AVG)**: ",
        ConcernKind.CriminalOffenceData => "**Strafrechtelijke gegevens (art. 10 AVG)**: ",
        ConcernKind.ThirdCountryTransfer => "**Doorgifte buiten de EER (hoofdstuk V AVG)** naar ",
        ConcernKind.NationalIdentifier => "**Nationaal identificatienummer (art. 87 AVG)**: ",
        ConcernKind.ChainPartner => "**Verstrekking aan een ketenpartner**: ",
        ConcernKind.SubProcessor => "**Nieuwe subverwerker (art. 28 lid 2 AVG)**: ",
        ConcernKind.SubProcessorCountry => "**Nieuw land voor een subverwerker (art. 28 lid 2 en art. 44-46 AVG)**: ",
        ConcernKind.SubProcessorOutsideEea => "**Subverwerker nu buiten de EER (art. 28 lid 2 en art. 44-46 AVG)**: ",
        _ => "**Doorgifte buiten de EER door de verwerker (art. 28 lid 3 onder a en art. 44-46 AVG)** naar ",
    };

    private static string DutchLabel(ListKind kind) => kind switch
    {
        ListKind.Controllers => "Verwerkingsverantwoordelijken",
        ListKind.Department => "Afdeling",
        ListKind.Task => "Taak",
        ListKind.JointControllerArrangements => "Regelingen tussen gezamenlijke verwerkingsverantwoordelijken",
        ListKind.ArrangementParties => "Partijen bij regelingen tussen gezamenlijke verwerkingsverantwoordelijken",
        ListKind.Purposes => "Doeleinden",
        ListKind.DataCategories => "Categorieën van persoonsgegevens",
        ListKind.DataSubjects => "Categorieën van betrokkenen",
        ListKind.LegalBases => "Rechtsgronden",
        ListKind.Recipients => "Ontvangers",
        ListKind.Covenants => "Convenanten",
        ListKind.Transfers => "Doorgiften",
        ListKind.Retention => "Bewaartermijnen",
        ListKind.Processors => "Verwerkers",
        ListKind.SecurityMeasures => "Beveiligingsmaatregelen",
        ListKind.Role => "Rol",
        ListKind.Clients => "Opdrachtgevers",
        ListKind.ProcessingCategories => "Categorieën van verwerkingen",
        ListKind.CategorySubProcessors => "Subverwerkers bij de categorieën van verwerkingen",
        ListKind.SubProcessorAuthorisation => "Toestemming voor subverwerkers",
        ListKind.AuthorisedSubProcessors => "Specifiek toegestane subverwerkers",
        ListKind.SubProcessors => "Subverwerkers",
        _ => "Locaties van subverwerkers",
    };
}
