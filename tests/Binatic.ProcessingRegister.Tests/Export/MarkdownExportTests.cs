using System.Text;
using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Tests.Support;
using Markdig.Extensions.Tables;
using Markdig.Syntax.Inlines;
using Markdig.Syntax;

namespace Binatic.ProcessingRegister.Tests.Export;

public sealed class MarkdownExportTests
{
    private static readonly MarkdownExportOptions Dutch = new() { Language = RegisterLanguage.Dutch };
    private static readonly MarkdownExportOptions English = new() { Language = RegisterLanguage.English };

    [Fact]
    public void The_Binatic_register_in_Dutch()
    {
        Approvals.Verify(MarkdownExport.ToMarkdown(Load("binatic.yaml"), Dutch), "md");
    }

    [Fact]
    public void The_Binatic_register_in_English()
    {
        Approvals.Verify(MarkdownExport.ToMarkdown(Load("binatic.yaml"), English), "md");
    }

    [Fact]
    public void The_example_register_in_English()
    {
        Approvals.Verify(MarkdownExport.ToMarkdown(Load("example.yaml"), English), "md");
    }

    [Fact]
    public void The_municipal_register_in_Dutch()
    {
        Approvals.Verify(MarkdownExport.ToMarkdown(Load("gemeente-voorbeeld.yaml"), Dutch), "md");
    }

    [Fact]
    public void The_municipal_register_in_English()
    {
        Approvals.Verify(MarkdownExport.ToMarkdown(Load("gemeente-voorbeeld.yaml"), English), "md");
    }

    [Fact]
    public void The_municipal_register_in_Dutch_as_the_VNG_table()
    {
        Approvals.Verify(MarkdownExport.ToMarkdown(Load("gemeente-voorbeeld.yaml"), Dutch with { Layout = MarkdownLayout.VngTable }), "md");
    }

    [Fact]
    public void The_municipal_register_in_English_as_the_VNG_table()
    {
        Approvals.Verify(MarkdownExport.ToMarkdown(Load("gemeente-voorbeeld.yaml"), English with { Layout = MarkdownLayout.VngTable }), "md");
    }

    [Theory]
    [InlineData("binatic.yaml", RegisterLanguage.Dutch)]
    [InlineData("binatic.yaml", RegisterLanguage.English)]
    [InlineData("example.yaml", RegisterLanguage.Dutch)]
    [InlineData("example.yaml", RegisterLanguage.English)]
    [InlineData("gemeente-voorbeeld.yaml", RegisterLanguage.Dutch)]
    [InlineData("gemeente-voorbeeld.yaml", RegisterLanguage.English)]
    public void The_registers_of_the_repository_export_without_HTML_links_or_ragged_tables(string file, RegisterLanguage language)
    {
        var document = MarkdownSyntax.Parse(MarkdownExport.ToMarkdown(Load(file), new MarkdownExportOptions { Language = language }));

        Assert.Empty(document.Descendants<HtmlBlock>());
        Assert.Empty(document.Descendants<HtmlInline>());
        Assert.Empty(document.Descendants<LinkInline>());
        Assert.All(document.Descendants<Table>(), table =>
            Assert.Single(table.OfType<TableRow>().Select(row => row.Count).Distinct()));
    }

    [Fact]
    public void Exporting_the_same_register_twice_gives_identical_bytes()
    {
        var first = MarkdownExport.ToMarkdown(Load("example.yaml"));
        var second = MarkdownExport.ToMarkdown(Load("example.yaml"));

        Assert.Equal(Encoding.UTF8.GetBytes(first), Encoding.UTF8.GetBytes(second));
    }

    [Fact]
    public void Writing_gives_the_same_text_as_ToMarkdown_with_line_feeds_whatever_the_writer_uses()
    {
        var register = Load("example.yaml");
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\r\n" };

        MarkdownExport.Write(register, writer);

        Assert.Equal(MarkdownExport.ToMarkdown(register), writer.ToString());
        Assert.DoesNotContain('\r', writer.ToString());
    }

    [Theory]
    [InlineData("binatic.yaml", RegisterLanguage.Dutch)]
    [InlineData("example.yaml", RegisterLanguage.English)]
    public void The_language_defaults_to_the_register_s_own(string file, RegisterLanguage language)
    {
        var register = Load(file);

        Assert.Equal(
            MarkdownExport.ToMarkdown(register, new MarkdownExportOptions { Language = language }),
            MarkdownExport.ToMarkdown(register));
    }

    [Fact]
    public void A_register_exported_in_another_language_says_its_own_text_is_quoted_as_written()
    {
        Assert.Contains("Text from the register is quoted as written, in Dutch.", MarkdownExport.ToMarkdown(Load("binatic.yaml"), English), StringComparison.Ordinal);
        Assert.DoesNotContain("quoted as written", MarkdownExport.ToMarkdown(Load("example.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_title_names_the_controller_and_the_date_of_the_register()
    {
        var title = Assert.IsType<HeadingBlock>(Parse("example.yaml")[0]);

        Assert.Equal("Record of processing activities of Example Webshop BV — 15 September 2026", MarkdownSyntax.TextOf(title));
    }

    [Theory]
    [InlineData("Processors (Art. 28 GDPR)")]
    [InlineData("Recipients")]
    [InlineData("Transfers not tied to one activity")]
    [InlineData("Retention policy")]
    [InlineData("Security (Art. 32 GDPR)")]
    [InlineData("Rights of data subjects (Arts. 12-22 GDPR)")]
    [InlineData("Complaints")]
    [InlineData("Children (Art. 8 GDPR)")]
    [InlineData("Cookies")]
    [InlineData("Transfers to third countries (Art. 30(1)(e) GDPR)")]
    [InlineData("Time limits for erasure (Art. 30(1)(f) GDPR)")]
    [InlineData("Security measures (Art. 30(1)(g) GDPR)")]
    [InlineData("Data protection impact assessment (Art. 35 GDPR)")]
    public void A_part_the_register_leaves_out_says_so_rather_than_vanish(string heading)
    {
        var section = MarkdownSyntax.SectionAfter(Parse("sparse.yaml"), heading);

        Assert.Equal("Not stated in the register.", MarkdownSyntax.TextOf(Assert.IsType<ParagraphBlock>(Assert.Single(section))));
    }

    [Fact]
    public void Recipients_the_register_does_not_state_are_shown_as_not_stated_and_stated_none_as_none()
    {
        var document = Parse("sparse.yaml");
        var sections = document.OfType<HeadingBlock>()
            .Where(heading => MarkdownSyntax.TextOf(heading) == "Recipients (Art. 30(1)(d) GDPR)")
            .Select(heading => MarkdownSyntax.TextOf((ParagraphBlock)document[document.IndexOf(heading) + 1]));

        Assert.Equal(["None: the register states that the data is disclosed to no one.", "Not stated in the register."], sections);
    }

    [Fact]
    public void Recipients_are_shown_by_name_and_kind_not_by_id()
    {
        var recipients = MarkdownSyntax.SectionAfter(Parse("example.yaml"), "Recipients (Art. 30(1)(d) GDPR)");

        Assert.Equal(
            ["Example Cloud Hosting Ltd — processor", "Belastingdienst — public authority, controller", "Example Payments BV — third party, controller"],
            Assert.Single(recipients).Descendants<ParagraphBlock>().Select(MarkdownSyntax.TextOf));
    }

    [Fact]
    public void Special_and_criminal_offence_categories_are_marked()
    {
        var markdown = MarkdownExport.ToMarkdown(Load("example.yaml"));

        Assert.Contains("- Health data relevant to a workplace adjustment — **special category of personal data (Art. 9 GDPR): data concerning health**\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- Indications of payment fraud — **personal data relating to criminal convictions and offences (Art. 10 GDPR)**\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transfer_shows_its_country_and_safeguards()
    {
        var transfers = MarkdownSyntax.SectionAfter(Parse("example.yaml"), "Transfers to third countries (Art. 30(1)(e) GDPR)");
        var lines = Assert.Single(transfers).Descendants<ParagraphBlock>().Select(MarkdownSyntax.TextOf).ToList();

        Assert.Equal("Country: US", lines[0]);
        Assert.Contains("standard data protection clauses (Art. 46(2)(c) GDPR); reference: Commission Implementing Decision (EU) 2021/914, module 3", lines);
    }

    private static Register Load(string name) => RegisterLoader.LoadFile(name == "sparse.yaml" ? Fixture.Path(name) : Fixture.Register(name)).GetRegisterOrThrow();

    private static Markdig.Syntax.MarkdownDocument Parse(string name) => MarkdownSyntax.Parse(MarkdownExport.ToMarkdown(Load(name)));
}
