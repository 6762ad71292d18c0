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
/// registers under headings of its own, as the repository's CI workflow does. Labels are English: the summary is
/// for the reviewers of the repository, whatever the register's language.
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

    /// <summary>Writes <paramref name="changes"/> as a Markdown summary and returns it.</summary>
    /// <param name="changes">The changes, from <see cref="RegisterDiff.Compare(Model.Register, Model.Register)"/>.</param>
    /// <returns>
    /// The summary, with <c>\n</c> line endings and a final line break; <c>No changes to processing activities.</c> and
    /// a line break when <see cref="RegisterChanges.IsEmpty"/>.
    /// </returns>
    public static string ToMarkdown(RegisterChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);

        if (changes.IsEmpty)
        {
            return NoChanges + "\n";
        }

        var text = new StringBuilder();

        if (changes.Attention.Count > 0)
        {
            text.Append("#### Needs attention\n\n");
            foreach (var concern in changes.Attention)
            {
                text.Append("- ").Append(Describe(concern)).Append('\n');
            }

            text.Append('\n');
        }

        Activities(text, "Activities added", changes.AddedActivities);
        Activities(text, "Activities removed", changes.RemovedActivities);

        if (changes.ChangedActivities.Count > 0)
        {
            text.Append("#### Activities changed\n\n");
            foreach (var activity in changes.ChangedActivities)
            {
                text.Append("- ").Append(Name(activity.Activity)).Append('\n');
                Lists(text, activity.Lists, "  ");
            }

            text.Append('\n');
        }

        if (changes.RegisterLevel.Count > 0)
        {
            text.Append("#### Register\n\n");
            Lists(text, changes.RegisterLevel, string.Empty);
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

    private static void Lists(StringBuilder text, IEnumerable<ListChange> lists, string indent)
    {
        foreach (var list in lists)
        {
            text.Append(indent).Append("- ").Append(Label(list.Kind)).Append('\n');
            foreach (var added in list.Added)
            {
                text.Append(indent).Append("  - added: ").Append(MarkdownText.EscapeInConversation(added)).Append('\n');
            }

            foreach (var removed in list.Removed)
            {
                text.Append(indent).Append("  - removed: ").Append(MarkdownText.EscapeInConversation(removed)).Append('\n');
            }
        }
    }

    private static string Describe(Concern concern)
    {
        var what = concern.Kind switch
        {
            ConcernKind.SpecialCategoryData => "**Special-category data (Art. 9)**: ",
            ConcernKind.CriminalOffenceData => "**Criminal-offence data (Art. 10)**: ",
            ConcernKind.ThirdCountryTransfer => "**Transfer outside the EEA (Chapter V)** to ",
            ConcernKind.NationalIdentifier => "**National identification number (Art. 87)**: ",
            _ => "**Disclosure to a chain partner**: ",
        };
        var where = concern.Activity is { } activity ? $" in {Name(activity)}" : " in the register's transfers";
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
}
