using System.Text;
using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Markdown;

namespace Binatic.ProcessingRegister.Diff;

/// <summary>
/// Renders <see cref="RegisterChanges"/> as the Markdown summary posted on a pull request. It lives beside the
/// exporter so that register text goes through the same escaping (<see cref="MarkdownText.EscapeInConversation"/>)
/// and can never add links, HTML or table cells to a comment a reviewer trusts, nor mention people or refer to
/// issues. Labels are English: the summary is for reviewers of
/// the repository, whatever the register's language.
/// </summary>
internal static class DiffMarkdown
{
    /// <summary>The whole summary when nothing a reviewer is shown has changed.</summary>
    public const string NoChanges = "No changes to processing activities.";

    /// <summary>
    /// Renders <paramref name="changes"/>. Sections start at level-four headings and there is no title, so that a
    /// caller can put the summaries of several registers under headings of its own, as the CI workflow does.
    /// </summary>
    public static string Render(RegisterChanges changes)
    {
        if (changes.IsEmpty)
        {
            return NoChanges + "\n";
        }

        var text = new StringBuilder();

        if (!changes.Attention.IsEmpty)
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

        if (!changes.ChangedActivities.IsEmpty)
        {
            text.Append("#### Activities changed\n\n");
            foreach (var activity in changes.ChangedActivities)
            {
                text.Append("- ").Append(Name(activity.Activity)).Append('\n');
                Lists(text, activity.Lists, "  ");
            }

            text.Append('\n');
        }

        if (!changes.RegisterLevel.IsEmpty)
        {
            text.Append("#### Register\n\n");
            Lists(text, changes.RegisterLevel, string.Empty);
            text.Append('\n');
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static void Activities(StringBuilder text, string heading, IReadOnlyList<ActivityRef> activities)
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
            _ => "**Transfer outside the EEA (Chapter V)** to ",
        };
        var where = concern.Activity is { } activity ? $" in {Name(activity)}" : " in the register's transfers";
        return what + MarkdownText.EscapeInConversation(concern.Subject) + where;
    }

    private static string Name(ActivityRef activity) => $"{MarkdownText.EscapeInConversation(activity.Name)} (`{activity.Id}`)";

    private static string Label(ListKind kind) => kind switch
    {
        ListKind.Purposes => "Purposes",
        ListKind.DataCategories => "Data categories",
        ListKind.DataSubjects => "Data subjects",
        ListKind.LegalBases => "Legal bases",
        ListKind.Recipients => "Recipients",
        ListKind.Transfers => "Transfers",
        ListKind.Retention => "Retention",
        ListKind.Processors => "Processors",
        _ => "Security measures",
    };
}
