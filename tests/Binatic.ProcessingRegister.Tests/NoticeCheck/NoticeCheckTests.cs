using System.Diagnostics;
using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.NoticeCheck;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.NoticeCheck;

/// <summary>
/// <c>check-notice</c> compares a published privacy notice with the register: the Binatic policy against the register
/// written from it, one-change copies of that policy, the same small notice as text, Markdown and HTML, a notice
/// generated from a register, and hostile input.
/// </summary>
public sealed class NoticeCheckTests
{
    private const string PolicyName = "binatic-privacy-policy.nl.txt";

    private static readonly Lazy<LoadResult> Binatic = new(() => Load("binatic.yaml"));

    private static string Policy => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Registers", "sources", PolicyName));

    [Fact]
    public void The_Binatic_policy_against_its_register_gives_the_approved_findings()
    {
        var findings = NoticeChecker.Check(Binatic.Value, Policy, PolicyName);

        Approvals.Verify(string.Join('\n', findings.Select(f => f.ToString()).Concat([string.Empty]).Concat(findings.Select(f => f.In(RegisterLanguage.English).ToString()))));
    }

    [Fact]
    public void The_Privacy_Shield_sentence_of_the_Binatic_policy_is_an_error_at_its_line()
    {
        var findings = NoticeChecker.Check(Binatic.Value, Policy, PolicyName);

        var shield = Assert.Single(findings, f => f.RuleId == DiagnosticIds.NoticeInvalidSafeguard);
        Assert.Equal(DiagnosticSeverity.Error, shield.Severity);
        Assert.Equal((PolicyName, LineOf(Policy, "EU – US Privacy Shield, dat")), (shield.File, shield.Line));
        Assert.Equal("Privacy Shield", Policy.Split('\n')[shield.Line - 1].Substring(shield.Column - 1, "Privacy Shield".Length));
    }

    [Fact]
    public void The_missing_retention_periods_of_the_Binatic_policy_are_reported_at_its_retention_section()
    {
        var findings = NoticeChecker.Check(Binatic.Value, Policy, PolicyName);

        var retention = Assert.Single(findings, f => f.RuleId == DiagnosticIds.NoticeNoRetentionPeriod);
        Assert.Equal(LineOf(Policy, "5. Bewaartermijnen:"), retention.Line);
        Assert.Contains("6 of the register's activities have no retention period", retention.In(RegisterLanguage.English).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bullet_of_the_Binatic_policy_is_found_in_the_register()
    {
        var lines = Policy.ReplaceLineEndings("\n").Split('\n');
        var bullets = Enumerable.Range(1, lines.Length).Where(n => lines[n - 1].TrimStart().StartsWith('•')).ToList();

        var findings = NoticeChecker.Check(Binatic.Value, Policy, PolicyName);

        Assert.True(bullets.Count > 50, "the policy's bullets are read");
        Assert.DoesNotContain(findings, f => f.RuleId == DiagnosticIds.NoticeItemNotInRegister);
        var notJudged = Assert.Single(findings, f => f.RuleId == DiagnosticIds.NoticeNotJudged).In(RegisterLanguage.English).Message;
        var listed = notJudged[(notJudged.LastIndexOf("lines ", StringComparison.Ordinal) + 6)..].TrimEnd('.').Split(", ").Select(int.Parse);
        Assert.Empty(listed.Intersect(bullets));
    }

    [Fact]
    public void Every_item_of_the_Binatic_register_is_found_in_the_policy()
    {
        var findings = NoticeChecker.Check(Binatic.Value, Policy, PolicyName);

        Assert.DoesNotContain(findings, f => f.RuleId == DiagnosticIds.NoticeOmitsRegisterItem);
    }

    [Fact]
    public void A_recipient_removed_from_the_policy_is_reported_at_the_register_entry_and_the_line_that_lists_the_others()
    {
        var notice = Fixture.Text("binatic-policy-recipient-removed.nl.txt");

        var findings = NoticeChecker.Check(Binatic.Value, notice, "policy.txt");

        var missing = Assert.Single(findings, f => f.RuleId == DiagnosticIds.NoticeOmitsRegisterItem);
        Assert.Equal(("binatic.yaml", "/recipients/4"), (missing.File, missing.JsonPointer));
        Assert.Equal(
            $"The register names the recipient 'belastingdienst'; the notice does not mention it (Art. 13(1)(e)), though it names others of the kind at line {LineOf(notice, "3.4.")}.",
            missing.In(RegisterLanguage.English).Message);
    }

    [Fact]
    public void A_country_added_to_the_policy_is_reported_at_its_line_and_column()
    {
        var notice = Fixture.Text("binatic-policy-country-added.nl.txt");

        var findings = NoticeChecker.Check(Binatic.Value, notice, "policy.txt");

        var added = Assert.Single(findings, f => f.RuleId == DiagnosticIds.NoticeItemNotInRegister);
        var line = LineOf(notice, "4.1.");
        Assert.Equal((line, notice.ReplaceLineEndings("\n").Split('\n')[line - 1].IndexOf("India", StringComparison.Ordinal) + 1), (added.Line, added.Column));
        Assert.Contains("'India'", added.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_retention_period_changed_in_the_policy_is_reported_at_its_line()
    {
        var notice = Fixture.Text("binatic-policy-period-changed.nl.txt");

        var findings = NoticeChecker.Check(Binatic.Value, notice, "policy.txt");

        var changed = Assert.Single(findings, f => f.RuleId == DiagnosticIds.NoticeItemNotInRegister);
        Assert.Equal(LineOf(notice, "5.3"), changed.Line);
        Assert.Equal("The notice states a retention period of 'twee jaar', which the register does not hold for any activity (Art. 13(2)(a), Art. 30(1)(f)).", changed.In(RegisterLanguage.English).Message);
    }

    [Fact]
    public void A_response_period_changed_in_the_policy_is_reported_at_its_line()
    {
        var notice = Fixture.Text("binatic-policy-deadline-changed.nl.txt");

        var findings = NoticeChecker.Check(Binatic.Value, notice, "policy.txt");

        var changed = Assert.Single(findings, f => f.RuleId == DiagnosticIds.NoticeItemNotInRegister);
        Assert.Equal(LineOf(notice, "8.7."), changed.Line);
        Assert.Contains("'zes weken'", changed.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("small-notice.txt", 6, 8, 10, 12)]
    [InlineData("small-notice.md", 7, 10, 12, 18)]
    [InlineData("small-notice.html", 9, 11, 13, 14)]
    public void The_same_notice_as_text_Markdown_and_HTML_gives_the_same_findings_at_its_own_lines(string file, int category, int country, int shield, int period)
    {
        var findings = NoticeChecker.Check(Binatic.Value, Fixture.Text(file), file).Where(f => f.File == file).ToList();

        Assert.Equal(
            [
                (DiagnosticIds.NoticeItemNotInRegister, category, "De privacyverklaring noemt 'geboortedatum' tussen de categorieën persoonsgegevens, maar het register bevat dit niet (art. 14 lid 1 onder d AVG)."),
                (DiagnosticIds.NoticeItemNotInRegister, country, "De privacyverklaring noemt 'India', een land buiten de EER, maar het register vermeldt geen doorgifte daarheen (art. 13 lid 1 onder f en art. 30 lid 1 onder e AVG)."),
                (DiagnosticIds.NoticeInvalidSafeguard, shield, "De privacyverklaring noemt het EU-VS Privacy Shield als waarborg voor doorgiften; het Hof van Justitie verklaarde het op 16 juli 2020 ongeldig (C-311/18), dus geen doorgifte kan erop steunen: noem de waarborg die werkelijk wordt gebruikt (art. 13 lid 1 onder f en art. 46 AVG)."),
                (DiagnosticIds.NoticeItemNotInRegister, period, "De privacyverklaring noemt een bewaartermijn van 'zeven jaar', die het register voor geen enkele verwerking bevat (art. 13 lid 2 onder a en art. 30 lid 1 onder f AVG)."),
            ],
            findings.Select(f => (f.RuleId, f.Line, f.Message)));
    }

    [Theory]
    [InlineData("In het geval u jonger bent dan 16 jaar mogen wij géén persoonsgegevens van u verwerken.")]
    [InlineData("Wij controleren onze systemen eens per jaar en zijn 24 uur per dag, zeven dagen per week bereikbaar; once a year we review this.")]
    public void An_age_of_consent_the_register_holds_or_a_frequency_is_not_a_period_the_register_lacks(string sentence)
    {
        var findings = NoticeChecker.Check(Binatic.Value, sentence, "notice.txt");

        Assert.DoesNotContain(findings, f => f.RuleId == DiagnosticIds.NoticeItemNotInRegister);
    }

    [Theory]
    [InlineData("gemeente-voorbeeld.yaml", RegisterLanguage.Dutch)]
    [InlineData("gemeente-voorbeeld.yaml", RegisterLanguage.English)]
    [InlineData("example.yaml", RegisterLanguage.Dutch)]
    [InlineData("example.yaml", RegisterLanguage.English)]
    public void A_notice_generated_from_a_register_checks_clean_against_it(string register, RegisterLanguage language)
    {
        var loaded = Load(register);
        var notice = NoticeExport.ToMarkdown(loaded.GetRegisterOrThrow(), new NoticeOptions { Language = language });

        var findings = NoticeChecker.Check(loaded, notice, "privacyverklaring.md");

        Assert.All(findings, f => Assert.Equal(DiagnosticSeverity.Info, f.Severity));
    }

    [Fact]
    public void A_notice_longer_than_the_limit_is_one_error_and_is_not_compared()
    {
        var notice = "Privacy Shield " + new string('x', NoticeChecker.MaxNoticeLength);

        var finding = Assert.Single(NoticeChecker.Check(Binatic.Value, notice, "huge.txt"));

        Assert.Equal((DiagnosticIds.NoticeUnreadable, 1, 1), (finding.RuleId, finding.Line, finding.Column));
    }

    [Theory]
    [InlineData("nested.html")]
    [InlineData("brackets.html")]
    [InlineData("attributes.html")]
    [InlineData("entities.html")]
    [InlineData("brackets.md")]
    [InlineData("nested.md")]
    [InlineData("emphasis.md")]
    [InlineData("one-long-line.txt")]
    public void Hostile_notices_are_read_within_a_generous_bound(string file)
    {
        var notice = file switch
        {
            "nested.html" => string.Concat(Enumerable.Repeat("<div><ul><li>", 100_000)) + "Privacy Shield" + string.Concat(Enumerable.Repeat("</li></ul></div>", 100_000)),
            "brackets.html" or "brackets.md" => new string('<', 1_000_000) + " Privacy Shield",
            "attributes.html" => "<p " + string.Concat(Enumerable.Range(0, 150_000).Select(n => $"a{n} ")) + ">Privacy Shield</p>",
            "entities.html" => string.Concat(Enumerable.Repeat("&amp;&#x41;&copyright&notanentity;&#;& ", 40_000)) + "Privacy Shield",
            "nested.md" => string.Concat(Enumerable.Repeat("> - ", 200_000)) + "Privacy Shield",
            "emphasis.md" => new string('*', 500_000) + "[Privacy Shield](" + new string('(', 500_000),
            _ => string.Concat(Enumerable.Repeat("naam, e-mailadres, 7 jaar, India; ", 50_000)),
        };
        var clock = Stopwatch.StartNew();

        var findings = NoticeChecker.Check(Binatic.Value, notice, file);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.NotEmpty(findings);
    }

    [Theory]
    [InlineData("notice.html", "<p>Wij&nbsp;geven &amp; delen &#8220;gegevens&#x201D; met het EU &ndash; US\r\n<em>Privacy</em>&#32;Shield.</p>", 2, 5)]
    [InlineData("notice.html", "<ul><li>a &lt; b &ampx &copy2024 &#0; \u0000</li></ul><p>\r\n  Het EU-US Privacy Shield</p>", 2, 13)]
    [InlineData("notice.md", "# Delen\r\n\r\nWij delen *gegevens* &amp; \\*meer\\* met\r\nhet EU &ndash; US `code` [Privacy Shield](https://example.org).", 4, 27)]
    [InlineData("notice.md", "| Waarborg | Land |\n|---|---|\n| Het EU-US **Privacy Shield** | VS |", 3, 15)]
    public void A_finding_in_an_HTML_or_Markdown_notice_is_at_the_line_and_column_of_the_word(string file, string notice, int line, int column)
    {
        var finding = Assert.Single(NoticeChecker.Check(Binatic.Value, notice, file), f => f.RuleId == DiagnosticIds.NoticeInvalidSafeguard);

        Assert.Equal((line, column), (finding.Line, finding.Column));
        Assert.StartsWith("Privacy", notice.ReplaceLineEndings("\n").Split('\n')[line - 1][(column - 1)..], StringComparison.Ordinal);
    }

    [Fact]
    public void An_HTML_block_in_a_Markdown_notice_is_read_as_HTML_without_its_comments_and_scripts()
    {
        const string notice = "Wij verwerken persoonsgegevens.\n\n<div>\n<!-- Privacy Shield\n-->\n<script>\nPrivacy Shield\n</script>\n<p>Het EU-US Privacy&nbsp;Shield</p>\n</div>\n";

        var findings = NoticeChecker.Check(Binatic.Value, notice, "notice.md");

        var shield = Assert.Single(findings, f => f.RuleId == DiagnosticIds.NoticeInvalidSafeguard);
        Assert.Equal((9, 14), (shield.Line, shield.Column));
    }

    [Theory]
    [InlineData("Wij geven gegevens door aan bedrijven die deel uitmaken van het EU-VS-privacyschild.")]
    [InlineData("We transfer data to companies certified under the EU-US Privacy Shield.")]
    public void The_Privacy_Shield_is_recognised_by_its_Dutch_and_English_names(string sentence)
    {
        var findings = NoticeChecker.Check(Binatic.Value, sentence, "notice.txt");

        Assert.Contains(findings, f => f.RuleId == DiagnosticIds.NoticeInvalidSafeguard && f.Line == 1);
    }

    [Fact]
    public void Script_style_and_comments_of_an_HTML_notice_are_not_read()
    {
        const string notice = "<html><head><title>Privacy Shield</title></head><body><script>document.write('Privacy Shield')</script><style>/* Privacy Shield */</style><!-- Privacy Shield --><p>Wij verwerken persoonsgegevens.</p></body></html>";

        var findings = NoticeChecker.Check(Binatic.Value, notice, "notice.html");

        Assert.DoesNotContain(findings, f => f.RuleId == DiagnosticIds.NoticeInvalidSafeguard);
    }

    [Fact]
    public void A_register_that_does_not_load_gives_its_loading_findings()
    {
        var loaded = RegisterLoader.Parse("register: [", "broken.yaml");

        var findings = NoticeChecker.Check(loaded, "Privacy Shield", "notice.txt");

        Assert.Equal(loaded.Diagnostics, findings);
    }

    private static LoadResult Load(string name) => RegisterLoader.Parse(File.ReadAllText(Fixture.Register(name)), name);

    private static int LineOf(string text, string start) =>
        Array.FindIndex(text.ReplaceLineEndings("\n").Split('\n'), line => line.Contains(start, StringComparison.Ordinal)) + 1;
}
