using System.Text;
using Binatic.ProcessingRegister.Markdown;
using Binatic.ProcessingRegister.Model;

namespace Binatic.ProcessingRegister.Diff;

/// <summary>
/// Writes <see cref="RegisterChanges"/> as the Markdown summary posted on a pull request: first, under
/// <c>#### Needs attention</c>, the <see cref="RegisterChanges.Attention"/> list, then the activities added, removed
/// and changed, then the register-wide changes.
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
            _ => "**Disclosure to a chain partner**: ",
        };
        var where = concern.Activity is { } activity ? $" {(dutch ? "bij" : "in")} {Name(activity)}"
            : dutch ? " in de doorgiften van het register" : " in the register's transfers";
        return what + MarkdownText.EscapeInConversation(concern.Subject) + where;
    }

    private static string Name(ActivityReference activity) => $"{MarkdownText.EscapeInConversation(activity.Name)} (`{activity.Id}`)";

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
        _ => "Security measures",
    };

    private static string DutchConcern(ConcernKind kind) => kind switch
    {
        ConcernKind.SpecialCategoryData => "**Bijzondere categorieën van persoonsgegevens (art. 9 AVG)**: ",
        ConcernKind.CriminalOffenceData => "**Strafrechtelijke gegevens (art. 10 AVG)**: ",
        ConcernKind.ThirdCountryTransfer => "**Doorgifte buiten de EER (hoofdstuk V AVG)** naar ",
        ConcernKind.NationalIdentifier => "**Nationaal identificatienummer (art. 87 AVG)**: ",
        _ => "**Verstrekking aan een ketenpartner**: ",
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
        _ => "Beveiligingsmaatregelen",
    };
}
