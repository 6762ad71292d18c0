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

    // The fixtures beside the tests; every other name is a register of the repository.
    private static readonly string[] Fixtures = ["sparse.yaml", "processor-sparse.yaml", "both-records.yaml"];

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

    [Fact]
    public void The_processor_register_in_Dutch()
    {
        Approvals.Verify(MarkdownExport.ToMarkdown(Load("verwerker-voorbeeld.yaml"), Dutch), "md");
    }

    [Fact]
    public void The_processor_register_in_English()
    {
        Approvals.Verify(MarkdownExport.ToMarkdown(Load("verwerker-voorbeeld.yaml"), English), "md");
    }

    [Fact]
    public void A_processor_s_record_that_leaves_items_out_in_Dutch()
    {
        Approvals.Verify(MarkdownExport.ToMarkdown(Load("processor-sparse.yaml"), Dutch), "md");
    }

    [Fact]
    public void A_processor_s_record_that_leaves_items_out_in_English()
    {
        Approvals.Verify(MarkdownExport.ToMarkdown(Load("processor-sparse.yaml"), English), "md");
    }

    [Fact]
    public void A_register_of_a_controller_that_is_also_a_processor_in_Dutch()
    {
        Approvals.Verify(MarkdownExport.ToMarkdown(Load("both-records.yaml"), Dutch), "md");
    }

    [Theory]
    [InlineData("binatic.yaml", RegisterLanguage.Dutch)]
    [InlineData("binatic.yaml", RegisterLanguage.English)]
    [InlineData("verwerker-voorbeeld.yaml", RegisterLanguage.Dutch)]
    [InlineData("verwerker-voorbeeld.yaml", RegisterLanguage.English)]
    [InlineData("both-records.yaml", RegisterLanguage.Dutch)]
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

    [Fact]
    public void A_processor_s_record_without_a_title_is_titled_as_the_record_of_Art_30_2()
    {
        var title = Assert.IsType<HeadingBlock>(Parse("processor-sparse.yaml")[0]);

        Assert.Equal("Record of processing activities as a processor (Art. 30(2) GDPR)", MarkdownSyntax.TextOf(title));
    }

    [Fact]
    public void A_processor_s_record_with_a_title_is_titled_by_it_with_the_date_of_its_last_review()
    {
        var title = Assert.IsType<HeadingBlock>(Parse("verwerker-voorbeeld.yaml")[0]);

        Assert.Equal("Register van verwerkingen als verwerker – Wolkenveld Hosting B.V. — 15 juni 2026", MarkdownSyntax.TextOf(title));
    }

    [Theory]
    [InlineData("Transfers to third countries or international organisations (Art. 30(2)(c) GDPR)")]
    [InlineData("Sub-processors (Arts. 28(2) and 28(4) GDPR)")]
    [InlineData("On behalf of Silent Client Ltd")]
    public void A_point_of_a_processor_s_record_the_register_leaves_out_says_so_rather_than_vanish(string heading)
    {
        var section = MarkdownSyntax.SectionAfter(Parse("processor-sparse.yaml"), heading);

        Assert.Equal("Not stated in the register.", MarkdownSyntax.TextOf(Assert.IsType<ParagraphBlock>(Assert.Single(section))));
    }

    [Fact]
    public void A_processor_s_record_without_security_says_so_for_the_description_and_the_measures()
    {
        var section = MarkdownSyntax.SectionAfter(Parse("processor-sparse.yaml"), "Security measures (Art. 30(2)(d) GDPR)");

        Assert.Equal(
            ["General description: Not stated in the register.", "Measure: Not stated in the register."],
            section.Select(block => MarkdownSyntax.TextOf(Assert.IsType<ParagraphBlock>(block))));
    }

    [Fact]
    public void A_processor_s_record_without_the_processor_says_its_name_representative_and_officer_are_not_stated()
    {
        var processor = MarkdownSyntax.SectionAfter(Parse("processor-sparse.yaml"), "Processor");

        Assert.Equal(
            [
                "Name and contact details: Not stated in the register.",
                "Representative in the Union (Art. 27 GDPR): Not stated in the register.",
                "Data protection officer (Art. 37 GDPR): Not stated in the register.",
            ],
            Assert.Single(processor).Descendants<ParagraphBlock>().Select(MarkdownSyntax.TextOf));
    }

    [Fact]
    public void A_specific_authorisation_that_names_no_sub_processor_says_so()
    {
        var client = MarkdownSyntax.SectionAfter(Parse("processor-sparse.yaml"), "Controller: Specific Client BV");

        Assert.Equal(
            ["Authorisation to engage sub-processors (Art. 28(2) GDPR): specific written authorisation", "Authorised sub-processors: Not stated in the register."],
            Assert.Single(client).Descendants<ParagraphBlock>().Select(MarkdownSyntax.TextOf).TakeLast(2));
    }

    [Fact]
    public void A_specific_authorisation_names_its_sub_processors_by_name()
    {
        var client = MarkdownSyntax.SectionAfter(Parse("verwerker-voorbeeld.yaml"), "Verwerkingsverantwoordelijke: Tandartspraktijk De Kies");

        Assert.Equal(
            "Toegestane subverwerkers: Datacentrum Polderpark B.V.; Rechenzentrum Nord GmbH",
            MarkdownSyntax.TextOf(Assert.Single(client).Descendants<ParagraphBlock>().Last()));
    }

    [Fact]
    public void A_category_of_processing_names_its_sub_processors_with_their_countries_and_services()
    {
        var category = MarkdownSyntax.SectionAfter(Parse("verwerker-voorbeeld.yaml"), "Tweedelijns technische ondersteuning");

        Assert.Equal(
            "Helpdesk Cloud Inc. (landen: US): Ticketsysteem voor storingsmeldingen en tweedelijns ondersteuning.",
            MarkdownSyntax.TextOf(Assert.Single(category).Descendants<ParagraphBlock>().Last()));
    }

    [Fact]
    public void A_transfer_of_a_processor_s_record_names_the_sub_processor_that_receives_the_data()
    {
        var transfers = MarkdownSyntax.SectionAfter(Parse("verwerker-voorbeeld.yaml"), "Doorgiften naar derde landen of internationale organisaties (art. 30 lid 2 onder c AVG)");

        Assert.Contains("Ontvanger: Helpdesk Cloud Inc. — subverwerker", Assert.Single(transfers).Descendants<ParagraphBlock>().Select(MarkdownSyntax.TextOf));
    }

    [Fact]
    public void A_measure_of_one_category_of_processing_says_which_it_applies_to()
    {
        var markdown = MarkdownExport.ToMarkdown(Load("verwerker-voorbeeld.yaml"));

        Assert.Contains(
            "| Databases en schijven met patiëntgegevens zijn versleuteld opgeslagen. | technisch | versleuteling, vertrouwelijkheid | Hosting van het praktijkinformatiesysteem (Tandartspraktijk De Kies) |\n",
            markdown,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Purposes_a_processor_pursues_itself_are_shown_under_Art_28_10()
    {
        var category = MarkdownSyntax.SectionAfter(Parse("verwerker-voorbeeld.yaml"), "Gebruiksstatistieken van het ouderportaal");
        var lines = Assert.Single(category).Descendants<ParagraphBlock>().Select(MarkdownSyntax.TextOf).ToList();

        Assert.Equal(["Doeleinden die de verwerker zelf bepaalt (art. 28 lid 10 AVG):", "Verbeteren van het hostingproduct van Wolkenveld"], lines[^2..]);
    }

    [Fact]
    public void A_register_that_is_both_has_the_processor_s_record_as_a_second_part_after_the_controller_s()
    {
        var titles = Parse("both-records.yaml").OfType<HeadingBlock>().Where(heading => heading.Level == 1).Select(MarkdownSyntax.TextOf);

        Assert.Equal(["Register van verwerkingsactiviteiten van Rekenwerk B.V. — 1 september 2026", "Register van verwerkingen als verwerker (art. 30 lid 2 AVG)"], titles);
    }

    [Fact]
    public void A_register_that_is_both_without_a_processor_of_its_own_says_the_processor_is_its_controller()
    {
        var processor = MarkdownSyntax.SectionAfter(Parse("both-records.yaml"), "Verwerker");

        Assert.Equal("De verwerker is dezelfde organisatie als de verwerkingsverantwoordelijke in het eerste deel van dit register.", MarkdownSyntax.TextOf((ParagraphBlock)processor[0]));
        Assert.Equal("Naam en contactgegevens: Rekenwerk B.V.; e-mail: privacy@rekenwerk.example", MarkdownSyntax.TextOf(processor[1].Descendants<ParagraphBlock>().First()));
    }

    [Fact]
    public void A_controller_s_register_has_no_processor_s_record_even_when_one_is_built_in_code()
    {
        var register = Load("example.yaml");

        Assert.Equal(
            MarkdownExport.ToMarkdown(register),
            MarkdownExport.ToMarkdown(register with { ProcessorRecord = Load("verwerker-voorbeeld.yaml").ProcessorRecord }));
    }

    [Fact]
    public void A_processor_s_record_asked_for_as_the_VNG_table_is_written_as_the_document_it_has_no_activities_for_the_table()
    {
        var register = Load("verwerker-voorbeeld.yaml");

        Assert.Equal(MarkdownExport.ToMarkdown(register), MarkdownExport.ToMarkdown(register, new MarkdownExportOptions { Layout = MarkdownLayout.VngTable }));
    }

    [Fact]
    public void The_VNG_table_of_a_register_that_is_both_says_the_processor_s_record_is_not_in_it()
    {
        var markdown = MarkdownExport.ToMarkdown(Load("both-records.yaml"), new MarkdownExportOptions { Layout = MarkdownLayout.VngTable });

        Assert.Contains(
            "- **Register van verwerkingen als verwerker (art. 30 lid 2 AVG):** niet in deze tabel, die alleen de verwerkingen van de verwerkingsverantwoordelijke bevat; zie het register als document.\n",
            markdown,
            StringComparison.Ordinal);
    }

    private static Register Load(string name) => RegisterLoader.LoadFile(Fixtures.Contains(name) ? Fixture.Path(name) : Fixture.Register(name)).GetRegisterOrThrow();

    private static Markdig.Syntax.MarkdownDocument Parse(string name) => MarkdownSyntax.Parse(MarkdownExport.ToMarkdown(Load(name)));
}
