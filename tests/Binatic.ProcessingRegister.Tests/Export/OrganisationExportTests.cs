using System.Text.Json.Nodes;
using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Tests.Support;
using Markdig.Syntax;

namespace Binatic.ProcessingRegister.Tests.Export;

public sealed class OrganisationExportTests
{
    private static readonly Register Municipality = RegisterLoader.LoadFile(Fixture.Path("municipality.yaml")).GetRegisterOrThrow();

    [Fact]
    public void The_municipality_register_in_Dutch()
    {
        Approvals.Verify(MarkdownExport.ToMarkdown(Municipality, new MarkdownExportOptions { Language = RegisterLanguage.Dutch }), "md");
    }

    [Fact]
    public void The_municipality_register_in_English()
    {
        Approvals.Verify(MarkdownExport.ToMarkdown(Municipality, new MarkdownExportOptions { Language = RegisterLanguage.English }), "md");
    }

    [Fact]
    public void A_register_with_several_controllers_exports_them_under_controllers_with_their_ids()
    {
        var json = JsonNode.Parse(JsonExport.ToJson(Municipality))!.AsObject();

        Assert.False(json.ContainsKey("controller"));
        Assert.Equal(["college", "raad"], json["controllers"]!.AsArray().Select(c => (string?)c!["id"]));
    }

    [Fact]
    public void Controllers_departments_tasks_operations_and_arrangements_load_back_from_the_json_unchanged()
    {
        var loaded = RegisterLoader.Parse(JsonExport.ToJson(Municipality), "export.json");

        Assert.Empty(loaded.Diagnostics);
        Assert.Equal(Municipality, loaded.Register);
    }

    [Fact]
    public void The_title_names_every_controller()
    {
        Assert.StartsWith("# Register van verwerkingsactiviteiten van College van B en W, Gemeenteraad\n", MarkdownExport.ToMarkdown(Municipality), StringComparison.Ordinal);
    }

    [Fact]
    public void Activities_are_grouped_under_a_heading_per_department_and_a_sub_heading_per_task_and_numbered_in_reading_order()
    {
        var headings = MarkdownSyntax.Parse(MarkdownExport.ToMarkdown(Municipality)).Descendants<HeadingBlock>()
            .Where(heading => heading.Level is 2 or 3 or 4)
            .Select(heading => (heading.Level, MarkdownSyntax.TextOf(heading)))
            // The data map has a map per department under a heading of its own; the activities' department headings are at level 2.
            .SkipWhile(heading => heading != (2, "Publiekszaken"))
            .Take(8);

        Assert.Equal(
            [(2, "Publiekszaken"), (3, "Reisdocumenten"), (4, "1. Paspoort"), (2, "Sociaal Domein"), (3, "Jeugdhulp"), (4, "2. Jeugdhulp toewijzen"), (2, "Overige verwerkingen"), (4, "3. Raadsvergadering")],
            headings);
    }

    [Fact]
    public void Activities_without_a_department_come_last_under_other_processing_activities_in_English()
    {
        var markdown = MarkdownExport.ToMarkdown(Municipality, new MarkdownExportOptions { Language = RegisterLanguage.English });

        Assert.Contains("\n## Other processing activities\n\n#### 3. Raadsvergadering\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_overview_numbers_the_activities_in_the_order_of_their_departments()
    {
        var markdown = MarkdownExport.ToMarkdown(Municipality);

        Assert.Contains("| 2 | Jeugdhulp toewijzen |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 3 | Raadsvergadering |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_activity_shows_only_the_controllers_it_names()
    {
        var markdown = MarkdownExport.ToMarkdown(Municipality);
        var council = ActivitySection(markdown, "Raadsvergadering");

        Assert.Contains("- **Verwerkingsverantwoordelijke:** Gemeenteraad; e-mail: griffie@voorbeeldstad.nl\n", council, StringComparison.Ordinal);
        Assert.DoesNotContain("College van B en W", council, StringComparison.Ordinal);
    }

    [Fact]
    public void An_activity_shows_its_department_task_and_processing_operations_in_Dutch()
    {
        var markdown = MarkdownExport.ToMarkdown(Municipality);

        Assert.Contains(
            "#### 1. Paspoort\n\n- **Afdeling:** Publiekszaken\n- **Taak:** Reisdocumenten\n\n**Verwerkingsactiviteiten:**\n\n- Aanvraag innemen: aan de balie\n- Uitreiken\n",
            markdown,
            StringComparison.Ordinal);
    }

    [Fact]
    public void An_activity_shows_its_department_task_and_processing_operations_in_English()
    {
        var markdown = MarkdownExport.ToMarkdown(Municipality, new MarkdownExportOptions { Language = RegisterLanguage.English });

        Assert.Contains(
            "#### 1. Paspoort\n\n- **Department:** Publiekszaken\n- **Task:** Reisdocumenten\n\n**Processing operations:**\n\n- Aanvraag innemen: aan de balie\n- Uitreiken\n",
            markdown,
            StringComparison.Ordinal);
    }

    [Fact]
    public void An_activity_shows_its_joint_controller_arrangement_with_the_parties_and_the_essence_in_Dutch()
    {
        var markdown = MarkdownExport.ToMarkdown(Municipality);

        Assert.Contains(
            "**Regelingen tussen gezamenlijke verwerkingsverantwoordelijken (art. 26 AVG):**\n\n"
            + "- Zorg- en Veiligheidshuis; kenmerk: Convenant ZVH 2024; datum: 1 maart 2024\n"
            + "  - Gemeente Voorbeeldstad; verantwoordelijkheden: Informeert betrokkenen.\n"
            + "  - Politie\n"
            + "  - Wezenlijke inhoud voor betrokkenen (art. 26 lid 2 AVG): Gegevens alleen in het casusoverleg.\n",
            markdown,
            StringComparison.Ordinal);
    }

    [Fact]
    public void An_activity_shows_its_joint_controller_arrangement_in_English()
    {
        var markdown = MarkdownExport.ToMarkdown(Municipality, new MarkdownExportOptions { Language = RegisterLanguage.English });

        Assert.Contains("**Arrangements between joint controllers (Art. 26 GDPR):**\n\n- Zorg- en Veiligheidshuis; reference: Convenant ZVH 2024; date: 1 March 2024\n", markdown, StringComparison.Ordinal);
        Assert.Contains("  - Essence made available to data subjects (Art. 26(2) GDPR): Gegevens alleen in het casusoverleg.\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void An_activity_without_department_task_operations_or_arrangements_shows_none_of_their_labels()
    {
        var markdown = MarkdownExport.ToMarkdown(Municipality);
        var council = ActivitySection(markdown, "Raadsvergadering");

        Assert.DoesNotContain("Afdeling", council, StringComparison.Ordinal);
        Assert.DoesNotContain("Verwerkingsactiviteiten", council, StringComparison.Ordinal);
        Assert.DoesNotContain("Regelingen", council, StringComparison.Ordinal);
    }

    // The section of one activity: from its heading to the next heading of the same level, or the end.
    private static string ActivitySection(string markdown, string activityName)
    {
        var lines = markdown.Split('\n');
        var start = Array.FindIndex(lines, line => line.StartsWith('#') && line.EndsWith(". " + activityName, StringComparison.Ordinal));
        var marker = lines[start][..(lines[start].IndexOf(' ', StringComparison.Ordinal) + 1)];
        var end = Array.FindIndex(lines, start + 1, line => line.StartsWith(marker, StringComparison.Ordinal));
        return string.Join('\n', lines[start..(end < 0 ? lines.Length : end)]);
    }
}
