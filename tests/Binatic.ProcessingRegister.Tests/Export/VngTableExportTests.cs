using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Tests.Support;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Binatic.ProcessingRegister.Tests.Export;

/// <summary>The Markdown layout of the VNG model register: a table per department in the model's 17 columns.</summary>
public sealed class VngTableExportTests
{
    private const int VngColumnCount = 17;

    private static readonly Register Municipality = RegisterLoader.LoadFile(Fixture.Path("municipality.yaml")).GetRegisterOrThrow();

    [Fact]
    public void The_municipality_register_in_Dutch_as_the_VNG_table()
    {
        Approvals.Verify(Vng(Municipality, RegisterLanguage.Dutch), "md");
    }

    [Fact]
    public void The_municipality_register_in_English_as_the_VNG_table()
    {
        Approvals.Verify(Vng(Municipality, RegisterLanguage.English), "md");
    }

    [Theory]
    [InlineData(RegisterLanguage.Dutch)]
    [InlineData(RegisterLanguage.English)]
    public void Every_row_of_every_table_has_the_17_columns_of_the_model(RegisterLanguage language)
    {
        var tables = MarkdownSyntax.Parse(Vng(Municipality, language)).Descendants<Table>().ToList();

        Assert.NotEmpty(tables);
        Assert.All(tables, table => Assert.All(table.OfType<TableRow>(), row => Assert.Equal(VngColumnCount, row.Count)));
    }

    [Theory]
    [InlineData("binatic.yaml", RegisterLanguage.Dutch)]
    [InlineData("example.yaml", RegisterLanguage.English)]
    public void The_registers_of_the_repository_give_whole_tables_without_links_or_HTML_other_than_line_breaks(string file, RegisterLanguage language)
    {
        var document = MarkdownSyntax.Parse(Vng(RegisterLoader.LoadFile(Fixture.Register(file)).GetRegisterOrThrow(), language));

        Assert.All(document.Descendants<Table>(), table => Assert.All(table.OfType<TableRow>(), row => Assert.Equal(VngColumnCount, row.Count)));
        Assert.Empty(document.Descendants<HtmlBlock>());
        Assert.All(document.Descendants<HtmlInline>(), html => Assert.Equal("<br>", html.Tag));
        Assert.Empty(document.Descendants<LinkInline>());
    }

    [Fact]
    public void Each_department_has_a_table_and_activities_without_a_department_come_last()
    {
        var document = MarkdownSyntax.Parse(Vng(Municipality, RegisterLanguage.Dutch));

        Assert.Equal(
            ["Publiekszaken", "Sociaal Domein", "Overige verwerkingen"],
            document.Descendants<HeadingBlock>().Where(heading => heading.Level == 2).Select(MarkdownSyntax.TextOf));
        Assert.Equal([2, 2, 2], document.Descendants<Table>().Select(table => table.Count));
    }

    [Fact]
    public void The_header_names_the_columns_of_the_model_in_Dutch()
    {
        Assert.Contains(
            "| Naam afdeling | Taak afdeling | Verwerking | Verwerkingsactiviteit | Verwerkingsverantwoordelijke(n) | Publiek/privaat | Verwerkingsdoeleinden"
            + " | Rechtmatige grondslag | Categorieën persoonsgegevens | Bewaartermijn | Herkomst gegevens | Categorieën ontvangers | Doorgifte derde land"
            + " | Samenwerkende partijen | Convenant/privacyprotocol | Gezamenlijke verantwoordelijkheid | Verdere verwerking |\n",
            Vng(Municipality, RegisterLanguage.Dutch),
            StringComparison.Ordinal);
    }

    [Fact]
    public void An_activity_that_states_no_transfers_says_none_and_one_that_is_silent_says_not_stated()
    {
        var rows = Rows(Vng(Municipality, RegisterLanguage.English));

        Assert.Equal("None.", rows["Paspoort"][12]);
        Assert.Equal("Not stated in the register.", rows["Raadsvergadering"][12]);
    }

    [Fact]
    public void A_chain_partner_fills_the_cooperating_parties_and_its_covenant_under_its_name_the_covenant_column()
    {
        var row = Rows(Vng(Municipality, RegisterLanguage.Dutch))["Jeugdhulp toewijzen"];

        Assert.Equal("Zorg- en Veiligheidshuis", row[13]);
        Assert.Equal("Zorg- en Veiligheidshuis: Convenant Zorg- en Veiligheidshuis 2024 (kenmerk: ZVH-2024-01; datum: 1 maart 2024)", row[14]);
    }

    [Fact]
    public void An_activity_of_public_authorities_is_public_and_lists_its_operations_on_separate_lines()
    {
        var markdown = Vng(Municipality, RegisterLanguage.Dutch);

        Assert.Contains("| Publiekszaken | Reisdocumenten | Paspoort | Aanvraag innemen: aan de balie<br>Uitreiken | College van B en W | publiek |", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MarkdownEscapingTests.HostileTexts), MemberType = typeof(MarkdownEscapingTests))]
    public void Register_text_in_a_cell_keeps_the_table_whole_and_adds_no_HTML_or_links(string text)
    {
        var document = MarkdownSyntax.Parse(Vng(HostileRegister.With(text), RegisterLanguage.English));
        var table = Assert.Single(document.Descendants<Table>());

        Assert.Equal(1 + HostileRegister.ActivityCount, table.Count);
        Assert.All(table.OfType<TableRow>(), row => Assert.Equal(VngColumnCount, row.Count));
        Assert.Empty(document.Descendants<HtmlBlock>());
        Assert.All(document.Descendants<HtmlInline>(), html => Assert.Equal("<br>", html.Tag));
        Assert.Empty(document.Descendants<LinkInline>());
        Assert.Empty(document.Descendants<AutolinkInline>());
    }

    [Theory]
    [MemberData(nameof(MarkdownEscapingTests.HostileTexts), MemberType = typeof(MarkdownEscapingTests))]
    public void Register_text_in_a_cell_reads_back_as_written(string text)
    {
        var table = MarkdownSyntax.Parse(Vng(HostileRegister.With(text), RegisterLanguage.English)).Descendants<Table>().Single();
        var activityName = (ParagraphBlock)((TableCell)((TableRow)table[1])[2])[0];

        Assert.Equal(string.Join(' ', text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)), MarkdownSyntax.TextOf(activityName));
    }

    [Fact]
    public void The_default_layout_is_the_document()
    {
        Assert.Equal(
            MarkdownExport.ToMarkdown(Municipality),
            MarkdownExport.ToMarkdown(Municipality, new MarkdownExportOptions { Layout = MarkdownLayout.Document }));
    }

    private static string Vng(Register register, RegisterLanguage language) =>
        MarkdownExport.ToMarkdown(register, new MarkdownExportOptions { Language = language, Layout = MarkdownLayout.VngTable });

    // The cells of each activity's row as written in the Markdown source, by the activity's name.
    private static Dictionary<string, string[]> Rows(string markdown) =>
        markdown.Split('\n')
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal) && !line.StartsWith("| ---", StringComparison.Ordinal))
            .Select(line => line[2..^2].Split(" | "))
            .Where(cells => cells[2] is not ("Verwerking" or "Processing"))
            .ToDictionary(cells => cells[2]);
}
