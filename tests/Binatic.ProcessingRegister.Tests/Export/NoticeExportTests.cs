using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Export;

public sealed class NoticeExportTests
{
    private static readonly NoticeOptions Dutch = new() { Language = RegisterLanguage.Dutch };
    private static readonly NoticeOptions English = new() { Language = RegisterLanguage.English };

    [Fact]
    public void The_notice_of_the_Binatic_register_in_Dutch()
    {
        Approvals.Verify(NoticeExport.ToMarkdown(Load(Fixture.Register("binatic.yaml")), Dutch), "md");
    }

    [Fact]
    public void The_notice_of_the_Binatic_register_in_English()
    {
        Approvals.Verify(NoticeExport.ToMarkdown(Load(Fixture.Register("binatic.yaml")), English), "md");
    }

    [Fact]
    public void The_notice_of_the_municipal_register_in_Dutch()
    {
        Approvals.Verify(NoticeExport.ToMarkdown(Load(Fixture.Register("gemeente-voorbeeld.yaml")), Dutch), "md");
    }

    [Fact]
    public void The_notice_of_the_municipal_register_in_English()
    {
        Approvals.Verify(NoticeExport.ToMarkdown(Load(Fixture.Register("gemeente-voorbeeld.yaml")), English), "md");
    }

    [Fact]
    public void A_register_without_a_data_protection_officer_lists_it_as_a_gap_and_invents_none()
    {
        var notice = Notice("notice-no-dpo.yaml");

        Assert.Contains("- The register does not say whether Example Ltd has designated a data protection officer, nor the officer's contact details (Art. 13(1)(b)).\n", notice, StringComparison.Ordinal);
        Assert.Contains("- **Data protection officer (Art. 37 GDPR):** not stated in the register\n", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_designated_officer_is_given_with_the_contact_details_of_the_register()
    {
        var notice = Notice("notice-dutch-controller.yaml", English);

        Assert.Contains("- **Data protection officer (Art. 37 GDPR):** F. G. de Functionaris; e-mail: fg@voorbeeld.nl\n", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("data protection officer, nor", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_consent_basis_gives_the_right_to_withdraw_it_and_how()
    {
        var notice = Notice("notice-consent.yaml");

        Assert.Contains("## Withdrawing your consent (Art. 13(2)(c))\n", notice, StringComparison.Ordinal);
        Assert.Contains("(Newsletter), you may withdraw that consent at any time", notice, StringComparison.Ordinal);
        Assert.Contains("- Use the unsubscribe link at the bottom of every newsletter.\n", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_without_a_consent_basis_has_no_section_on_withdrawing_consent()
    {
        var notice = Notice("notice-no-dpo.yaml");

        Assert.DoesNotContain("Withdrawing your consent", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transfer_on_standard_clauses_gives_the_safeguard_and_where_to_get_a_copy()
    {
        var notice = Notice("notice-transfers.yaml");

        Assert.Contains("  - standard data protection clauses (Art. 46(2)(c) GDPR); a copy: Ask privacy@example.ie for the signed clauses.\n", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transfer_on_standard_clauses_without_a_reference_lists_the_copy_as_a_gap()
    {
        var notice = Notice("notice-transfers.yaml");

        Assert.Contains("- The register does not say how to obtain a copy of the standard data protection clauses (Art. 46(2)(c) GDPR) for the transfer to IN, or where they have been made available (Art. 13(1)(f)).\n", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("for the transfer to US, or where", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transfer_that_names_the_Privacy_Shield_lists_it_among_what_to_put_right_before_publishing()
    {
        var notice = NoticeExport.ToMarkdown(Load(Fixture.Register("binatic.yaml")), English);

        var gaps = notice[..notice.IndexOf("\n## Who is responsible", StringComparison.Ordinal)];
        Assert.Contains("- The register names the EU-US Privacy Shield for the transfer to US, which the Court of Justice declared invalid on 16 July 2020 (C-311/18)", gaps, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Dutch_controller_sends_complaints_to_the_Autoriteit_Persoonsgegevens()
    {
        var notice = Notice("notice-dutch-controller.yaml");

        Assert.Contains("De toezichthoudende autoriteit in Nederland, waar de verwerkingsverantwoordelijke is gevestigd (Voorbeeld BV), is de Autoriteit Persoonsgegevens, autoriteitpersoonsgegevens.nl.\n", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("bij welke toezichthoudende autoriteit", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_controller_outside_the_Netherlands_that_names_no_authority_lists_it_as_a_gap()
    {
        var notice = Notice("notice-no-dpo.yaml");

        Assert.Contains("- The register does not say with which supervisory authority a complaint can be lodged (Art. 13(2)(d)).\n", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("Autoriteit Persoonsgegevens", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_from_a_third_party_give_their_categories_and_source()
    {
        var notice = Notice("notice-dutch-controller.yaml");

        Assert.Contains("- **Categorieën van persoonsgegevens (art. 14 lid 1 onder d AVG):** kredietwaardigheid\n", notice, StringComparison.Ordinal);
        Assert.Contains("- **Herkomst van de gegevens (art. 14 lid 2 onder f AVG):** Kredietbureau X (van een derde)\n", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void An_activity_without_sources_lists_the_source_as_a_gap()
    {
        var notice = Notice("notice-consent.yaml");

        Assert.Contains("- The register does not say where the personal data of “Newsletter” come from (Art. 14(2)(f)).\n", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Legitimate_interests_are_given_with_the_basis()
    {
        var notice = Notice("notice-dutch-controller.yaml");

        Assert.Contains("  - gerechtvaardigd belang (art. 6 lid 1 onder f AVG)\n    - **Behartigde gerechtvaardigde belangen (art. 13 lid 1 onder d AVG):** Voorkomen van wanbetaling.\n", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_rights_are_listed_as_gaps()
    {
        var notice = Notice("notice-no-dpo.yaml");

        Assert.Contains("- The register does not say how data subjects exercise their rights of access, rectification, erasure, restriction, objection and data portability (Art. 13(2)(b)).\n", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Automated_decisions_and_the_obligation_to_provide_data_are_always_gaps_for_the_format_has_no_field_for_them()
    {
        var notice = Notice("notice-dutch-controller.yaml", English);

        Assert.Contains("(Art. 13(2)(e)).\n", notice, StringComparison.Ordinal);
        Assert.Contains("(Art. 13(2)(f) and 14(2)(g)).\n", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void The_gaps_come_before_the_body_of_the_notice()
    {
        var notice = Notice("notice-no-dpo.yaml");

        Assert.True(notice.IndexOf("## What the register does not say", StringComparison.Ordinal) < notice.IndexOf("## Who is responsible", StringComparison.Ordinal));
    }

    [Fact]
    public void Register_text_cannot_add_html_links_or_headings_to_the_notice()
    {
        var notice = Notice("notice-hostile.yaml");

        Assert.DoesNotContain("<script>", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("[Click here](https", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("\n# Not a heading", notice, StringComparison.Ordinal);
        Assert.Contains(@"\[Click here\]", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notice_in_another_language_than_the_register_says_its_text_is_quoted_as_written()
    {
        var notice = Notice("notice-dutch-controller.yaml", English);

        Assert.Contains("Text from the record is quoted as written, in Dutch.", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_register_gives_the_same_notice_byte_for_byte()
    {
        var register = Load(Fixture.Register("gemeente-voorbeeld.yaml"));

        Assert.Equal(NoticeExport.ToMarkdown(register, English), NoticeExport.ToMarkdown(register, English));
    }

    private static string Notice(string fixture, NoticeOptions? options = null) => NoticeExport.ToMarkdown(Load(Fixture.Path(fixture)), options);

    private static Register Load(string path) => RegisterLoader.LoadFile(path).GetRegisterOrThrow();
}
