using Binatic.ProcessingRegister.Diagnostics;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Parsing;
using Binatic.ProcessingRegister.Schema;

namespace Binatic.ProcessingRegister.Tests.Schema;

public sealed class SchemaValidatorTests
{
    [Fact]
    public void A_minimal_register_has_no_findings()
    {
        Assert.Empty(Validate("valid.yaml"));
    }

    [Fact]
    public void An_unknown_key_is_reported_at_the_key_with_the_allowed_keys_and_the_nearest_one()
    {
        // The misspelt key is the one problem; that 'purposes' is then missing is not a second one.
        var diagnostic = Assert.Single(Validate("unknown-key.yaml"));

        AssertAt(diagnostic, DiagnosticIds.UnknownProperty, 14, 5, "/activities/0/purpose");
        Assert.StartsWith(
            "Unknown key 'purpose' in the processing activity at /activities/0; did you mean 'purposes'? Allowed keys: id, name, description, purposes, dataSubjects, ",
            diagnostic.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_key_is_reported_at_the_mapping_that_lacks_it_with_what_the_key_is_for()
    {
        var diagnostic = Assert.Single(Validate("missing-key.yaml"));

        AssertAt(diagnostic, DiagnosticIds.MissingProperty, 19, 5, "/activities/1");
        Assert.Equal(
            "The processing activity at /activities/1 has no 'name'; add it: the activity's name, as the policy words it.",
            diagnostic.Message);
    }

    [Fact]
    public void A_number_where_text_is_expected_says_to_quote_it()
    {
        var diagnostics = Validate("number-as-text.yaml");

        Assert.Equal(2, diagnostics.Count);
        AssertAt(diagnostics[0], DiagnosticIds.WrongType, 5, 10, "/controller/phone");
        Assert.Equal("'phone' at /controller/phone must be text, not a whole number; put the value in quotes so that YAML reads it as text.", diagnostics[0].Message);
        AssertAt(diagnostics[1], DiagnosticIds.WrongType, 8, 17, "/controller/address/postalCode");
        Assert.Equal("'postalCode' at /controller/address/postalCode must be text, not a whole number; put the value in quotes so that YAML reads it as text.", diagnostics[1].Message);
    }

    [Fact]
    public void A_quoted_yes_no_value_says_to_remove_the_quotes()
    {
        var diagnostic = Assert.Single(Validate("quoted-boolean.yaml"));

        AssertAt(diagnostic, DiagnosticIds.WrongType, 20, 9, "/cookies/used");
        Assert.Equal("'used' at /cookies/used must be true or false, not text ('true'); remove the quotes so that YAML reads it as true or false.", diagnostic.Message);
    }

    [Fact]
    public void An_empty_value_where_text_is_expected_says_it_is_empty()
    {
        var diagnostic = Assert.Single(Validate("empty-value.yaml"));

        AssertAt(diagnostic, DiagnosticIds.WrongType, 4, 8, "/controller/name");
        Assert.Equal("'name' at /controller/name is empty; it must be text.", diagnostic.Message);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_one_finding_not_also_the_checks_that_could_not_apply_to_it()
    {
        var diagnostic = Assert.Single(Validate("text-as-mapping.yaml"));

        AssertAt(diagnostic, DiagnosticIds.WrongType, 3, 13, "/controller");
        Assert.Equal("'controller' at /controller must be a mapping of keys to values, not text ('Binatic').", diagnostic.Message);
    }

    [Fact]
    public void A_value_outside_an_enum_lists_the_allowed_values_and_suggests_the_nearest()
    {
        var diagnostic = Assert.Single(Validate("enum.yaml"));

        AssertAt(diagnostic, DiagnosticIds.ValueNotAllowed, 2, 13, "/register/language");
        Assert.Equal("'language' at /register/language is 'NL', which is not allowed; did you mean 'nl'? Allowed values: nl, en.", diagnostic.Message);
    }

    [Theory]
    [InlineData("date.yaml", 3, 15, "/register/policyDate", "'policyDate' at /register/policyDate is '26-10-2021', which is not a valid date; write a calendar date as ISO 8601 'YYYY-MM-DD', such as '2021-10-26'.")]
    [InlineData("impossible-date.yaml", 3, 15, "/register/policyDate", "'policyDate' at /register/policyDate is '2021-02-30', which is not a valid date; write a calendar date as ISO 8601 'YYYY-MM-DD', such as '2021-10-26'.")]
    [InlineData("email.yaml", 5, 10, "/controller/email", "'email' at /controller/email is 'privacy.binatic.nl', which is not a valid e-mail; write an e-mail address such as privacy@example.nl.")]
    [InlineData("country.yaml", 8, 14, "/controller/address/country", "'country' at /controller/address/country is 'nl', which is not a valid country; write a country as an ISO 3166-1 alpha-2 code in capitals, such as 'NL' or 'US'. Quote it in YAML if a YAML 1.1 tool might read it as a boolean ('\"NO\"').")]
    [InlineData("period.yaml", 20, 21, "/dataSubjectRights/responseDeadline", "'responseDeadline' at /dataSubjectRights/responseDeadline is '1 month', which is not a valid period; write an ISO 8601 period of years, months, weeks and days, such as 'P7Y' (seven years), 'P4W' (four weeks) or 'P1Y6M', with at most four digits in each number.")]
    [InlineData("id.yaml", 12, 9, "/activities/0/id", "'id' at /activities/0/id is 'Order_Data', which is not a valid id; write a short, stable identifier in lower-case kebab-case, such as 'order-data'. Other parts of the register refer to the entry by this id.")]
    [InlineData("reference.yaml", 15, 20, "/activities/0/dataSubjects/0", "The reference at /activities/0/dataSubjects/0 is 'Klanten', which is not a valid reference; write the id of an entry defined elsewhere in the register, in lower-case kebab-case such as 'order-data'.")]
    public void A_value_of_the_wrong_form_is_explained_by_the_schemas_title_and_description(string fixture, int line, int column, string jsonPointer, string message)
    {
        var diagnostic = Assert.Single(Validate(fixture));

        AssertAt(diagnostic, DiagnosticIds.InvalidFormat, line, column, jsonPointer);
        Assert.Equal(message, diagnostic.Message);
    }

    [Theory]
    [InlineData("empty-list.yaml", 11, 13, "/activities", "'activities' at /activities is an empty list; list at least 1 entry.")]
    [InlineData("repeat.yaml", 15, 29, "/activities/0/dataSubjects/1", "'dataSubjects' at /activities/0/dataSubjects lists 'klanten' more than once; remove the repeat at /activities/0/dataSubjects/1.")]
    [InlineData("age.yaml", 20, 17, "/children/ageOfConsent", "'ageOfConsent' at /children/ageOfConsent is 0; it must be at least 1.")]
    [InlineData("empty-text.yaml", 4, 9, "/controller/name", "'name' at /controller/name is empty; write the name of the person or organisation.")]
    public void A_value_that_breaks_a_limit_says_what_the_limit_is(string fixture, int line, int column, string jsonPointer, string message)
    {
        var diagnostic = Assert.Single(Validate(fixture));

        AssertAt(diagnostic, DiagnosticIds.ConstraintViolated, line, column, jsonPointer);
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void A_derogation_without_its_article_49_point_is_reported_as_the_missing_key_of_a_derogation()
    {
        var diagnostic = Assert.Single(Validate("derogation.yaml"));

        AssertAt(diagnostic, DiagnosticIds.MissingProperty, 22, 9, "/transfers/0/safeguards/0");
        Assert.Equal("The safeguard (derogation) at /transfers/0/safeguards/0 has no 'derogation'; add it: the Art. 49(1) point relied on.", diagnostic.Message);
    }

    [Fact]
    public void An_unknown_key_written_over_several_lines_is_quoted_on_one_line()
    {
        var findings = RegisterLoader.Parse("\"not\\na key\": 1\n", "multi-line-key.yaml").Diagnostics;

        var diagnostic = Assert.Single(findings, finding => finding.RuleId == DiagnosticIds.UnknownProperty);
        Assert.StartsWith("Unknown key 'not\\na key' in the ", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_of_another_alternative_is_unknown_in_the_alternative_its_discriminator_chose()
    {
        var diagnostic = Assert.Single(Validate("not-designated.yaml"));

        AssertAt(diagnostic, DiagnosticIds.UnknownProperty, 7, 5, "/controller/dataProtectionOfficer/name");
        Assert.Equal(
            "Unknown key 'name' in the designation (not designated) at /controller/dataProtectionOfficer. Allowed keys: designated, note.",
            diagnostic.Message);
    }

    [Fact]
    public void A_discriminator_that_matches_no_alternative_lists_the_allowed_values_and_suggests_the_nearest()
    {
        var diagnostic = Assert.Single(Validate("basis-typo.yaml"));

        AssertAt(diagnostic, DiagnosticIds.NoMatchingAlternative, 18, 16, "/activities/0/legalBases/0/basis");
        Assert.Equal(
            "'basis' at /activities/0/legalBases/0/basis is 'legitimateInterest', which fits no kind of legal basis; did you mean 'legitimateInterests'? Allowed values: consent, contract, legalObligation, vitalInterests, publicTask, legitimateInterests.",
            diagnostic.Message);
    }

    [Fact]
    public void A_missing_discriminator_is_reported_at_the_mapping_with_the_values_it_can_take()
    {
        var diagnostic = Assert.Single(Validate("basis-missing.yaml"));

        AssertAt(diagnostic, DiagnosticIds.NoMatchingAlternative, 18, 9, "/activities/0/legalBases/0");
        Assert.Equal(
            "The legal basis at /activities/0/legalBases/0 has no 'basis'; add it with one of: consent, contract, legalObligation, vitalInterests, publicTask, legitimateInterests.",
            diagnostic.Message);
    }

    [Fact]
    public void Text_where_alternatives_expect_a_mapping_is_a_wrong_type_without_naming_an_alternative()
    {
        var diagnostic = Assert.Single(Validate("basis-as-text.yaml"));

        AssertAt(diagnostic, DiagnosticIds.WrongType, 18, 9, "/activities/0/legalBases/0");
        Assert.Equal("The legal basis at /activities/0/legalBases/0 must be a mapping of keys to values, not text ('contract').", diagnostic.Message);
    }

    [Fact]
    public void Findings_come_in_the_order_of_the_file()
    {
        var diagnostics = Validate("order.yaml");

        Assert.Equal(
            [(2, 13, DiagnosticIds.ValueNotAllowed), (5, 10, DiagnosticIds.WrongType), (20, 9, DiagnosticIds.UnknownProperty)],
            diagnostics.Select(d => (d.Line, d.Column, d.RuleId)));
    }

    private static IReadOnlyList<Diagnostic> Validate(string fixture)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "Fixtures", fixture));
        var parsed = YamlDocumentReader.Read(text, fixture, LoadOptions.Default.Limits);
        Assert.True(parsed.Map.IsComplete);
        return SchemaValidator.Validate(parsed.Map);
    }

    private static void AssertAt(Diagnostic diagnostic, string ruleId, int line, int column, string jsonPointer)
    {
        Assert.Equal(ruleId, diagnostic.RuleId);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
        Assert.Equal(jsonPointer, diagnostic.JsonPointer);
    }
}
