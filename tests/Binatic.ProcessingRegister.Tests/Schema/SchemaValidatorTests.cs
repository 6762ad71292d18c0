using Binatic.ProcessingRegister.Schema;

namespace Binatic.ProcessingRegister.Tests.Schema;

public sealed class SchemaValidatorTests
{
    [Fact]
    public void A_minimal_register_has_no_findings()
    {
        Assert.Empty(Validate(Register()));
    }

    [Fact]
    public void An_unknown_key_is_reported_at_the_key_with_the_allowed_keys_and_the_nearest_one()
    {
        var diagnostics = Validate(Register(activity: """{ "id": "a", "name": "A", "purpose": [ "p" ], "dataSubjects": [ "klanten" ], "dataCategories": [ "naam" ], "legalBases": [ { "basis": "contract" } ] }"""));

        // The misspelt key is the one problem; that 'purposes' is then missing is not a second one.
        var diagnostic = Assert.Single(diagnostics);
        AssertAt(diagnostic, DiagnosticIds.UnknownProperty, 7, 31, "/activities/0/purpose");
        Assert.StartsWith(
            "Unknown key 'purpose' in the processing activity at /activities/0; did you mean 'purposes'? Allowed keys: id, name, description, purposes, dataSubjects, ",
            diagnostic.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_key_is_reported_at_the_mapping_that_lacks_it_with_what_the_key_is_for()
    {
        var diagnostics = Validate(Register(extraActivity: """{ "id": "b", "name": "B", "purposes": [ "p" ], "dataSubjects": [ "klanten" ], "dataCategories": [ "naam" ] }"""));

        var diagnostic = Assert.Single(diagnostics);
        AssertAt(diagnostic, DiagnosticIds.MissingProperty, 9, 5, "/activities/1");
        Assert.Equal(
            "The processing activity at /activities/1 has no 'legalBases'; add it: the Art. 6(1) legal bases the activity rests on.",
            diagnostic.Message);
    }

    [Theory]
    [InlineData("""{ "name": "X", "phone": 704161703 }""", 41, "/controller/phone", "'phone' at /controller/phone must be text, not a whole number; put the value in quotes so that YAML reads it as text.")]
    [InlineData("""{ "name": "X", "address": { "street": "Laan 1", "city": "Den Haag", "postalCode": 2583 } }""", 99, "/controller/address/postalCode", "'postalCode' at /controller/address/postalCode must be text, not a whole number; put the value in quotes so that YAML reads it as text.")]
    [InlineData("""{ "name": "X", "website": true }""", 43, "/controller/website", "'website' at /controller/website must be text, not the yes/no value true; put the value in quotes so that YAML reads it as text.")]
    public void A_number_or_yes_no_value_where_text_is_expected_says_to_quote_it(string controller, int column, string jsonPointer, string message)
    {
        var diagnostic = Assert.Single(Validate(Register(controller: controller)));

        AssertAt(diagnostic, DiagnosticIds.WrongType, 3, column, jsonPointer);
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void An_empty_value_where_text_is_expected_says_it_is_empty()
    {
        var diagnostic = Assert.Single(Validate(Register(controller: """{ "name": null }""")));

        AssertAt(diagnostic, DiagnosticIds.WrongType, 3, 27, "/controller/name");
        Assert.Equal("'name' at /controller/name is empty; it must be text.", diagnostic.Message);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_one_finding_not_also_the_checks_that_could_not_apply_to_it()
    {
        var diagnostic = Assert.Single(Validate(Register(controller: "\"Binatic\"")));

        AssertAt(diagnostic, DiagnosticIds.WrongType, 3, 17, "/controller");
        Assert.Equal("'controller' at /controller must be a mapping of keys to values, not text ('Binatic').", diagnostic.Message);
    }

    [Fact]
    public void A_value_outside_an_enum_lists_the_allowed_values_and_suggests_the_nearest()
    {
        var diagnostic = Assert.Single(Validate(Register(register: """{ "language": "NL" }""")));

        AssertAt(diagnostic, DiagnosticIds.ValueNotAllowed, 2, 29, "/register/language");
        Assert.Equal("'language' at /register/language is 'NL', which is not allowed; did you mean 'nl'? Allowed values: nl, en.", diagnostic.Message);
    }

    [Theory]
    [InlineData("""{ "language": "nl", "policyDate": "26-10-2021" }""", 49, "/register/policyDate", "'policyDate' at /register/policyDate is '26-10-2021', which is not a valid date; write a calendar date as ISO 8601 'YYYY-MM-DD', such as '2021-10-26'.")]
    [InlineData("""{ "language": "nl", "policyDate": "2021-02-30" }""", 49, "/register/policyDate", "'policyDate' at /register/policyDate is '2021-02-30', which is not a valid date; write a calendar date as ISO 8601 'YYYY-MM-DD', such as '2021-10-26'.")]
    public void A_date_in_another_form_is_explained_by_the_schemas_description_of_dates(string register, int column, string jsonPointer, string message)
    {
        var diagnostic = Assert.Single(Validate(Register(register: register)));

        AssertAt(diagnostic, DiagnosticIds.InvalidFormat, 2, column, jsonPointer);
        Assert.Equal(message, diagnostic.Message);
    }

    [Theory]
    [InlineData("""{ "name": "X", "email": "privacy.binatic.nl" }""", 41, "/controller/email", "which is not a valid e-mail; write an e-mail address such as privacy@example.nl.")]
    [InlineData("""{ "name": "X", "address": { "street": "Laan 1", "city": "Den Haag", "country": "nl" } }""", 96, "/controller/address/country", "which is not a valid country; write a country as an ISO 3166-1 alpha-2 code in capitals, such as 'NL' or 'US'.")]
    public void A_value_that_breaks_a_format_or_pattern_says_what_form_is_expected(string controller, int column, string jsonPointer, string expected)
    {
        var diagnostic = Assert.Single(Validate(Register(controller: controller)));

        AssertAt(diagnostic, DiagnosticIds.InvalidFormat, 3, column, jsonPointer);
        Assert.Contains(expected, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_that_is_not_kebab_case_is_explained_by_the_schemas_description_of_ids()
    {
        var diagnostic = Assert.Single(Validate(Register(activity: """{ "id": "Order_Data", "name": "A", "purposes": [ "p" ], "dataSubjects": [ "klanten" ], "dataCategories": [ "naam" ], "legalBases": [ { "basis": "contract" } ] }""")));

        AssertAt(diagnostic, DiagnosticIds.InvalidFormat, 7, 13, "/activities/0/id");
        Assert.StartsWith("'id' at /activities/0/id is 'Order_Data', which is not a valid id; write a short, stable identifier in lower-case kebab-case, such as 'order-data'.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_that_is_not_an_id_says_what_ids_look_like()
    {
        var diagnostic = Assert.Single(Validate(Register(activity: """{ "id": "a", "name": "A", "purposes": [ "p" ], "dataSubjects": [ "Klanten" ], "dataCategories": [ "naam" ], "legalBases": [ { "basis": "contract" } ] }""")));

        AssertAt(diagnostic, DiagnosticIds.InvalidFormat, 7, 70, "/activities/0/dataSubjects/0");
        Assert.Equal("The reference at /activities/0/dataSubjects/0 is 'Klanten', which is not a valid reference; write the id of an entry defined elsewhere in the register, in lower-case kebab-case such as 'order-data'.", diagnostic.Message);
    }

    [Fact]
    public void A_period_that_is_not_ISO_8601_is_explained_by_the_schemas_description_of_periods()
    {
        var diagnostic = Assert.Single(Validate(Register(extra: """, "dataSubjectRights": { "responseDeadline": "1 month" }""")));

        AssertAt(diagnostic, DiagnosticIds.InvalidFormat, 9, 49, "/dataSubjectRights/responseDeadline");
        Assert.Equal("'responseDeadline' at /dataSubjectRights/responseDeadline is '1 month', which is not a valid period; write an ISO 8601 period of years, months, weeks and days, such as 'P7Y' (seven years), 'P4W' (four weeks) or 'P1Y6M'.", diagnostic.Message);
    }

    [Fact]
    public void An_empty_list_where_one_entry_is_needed_says_how_many()
    {
        var diagnostics = Validate("""
            {
              "register": { "language": "nl" },
              "controller": { "name": "X" },
              "dataSubjectCategories": [],
              "dataCategories": [],
              "activities": []
            }
            """);

        var diagnostic = Assert.Single(diagnostics);
        AssertAt(diagnostic, DiagnosticIds.ConstraintViolated, 6, 17, "/activities");
        Assert.Equal("'activities' at /activities is an empty list; list at least 1 entry.", diagnostic.Message);
    }

    [Fact]
    public void A_repeated_entry_in_a_list_of_unique_ids_is_reported_at_the_repeat()
    {
        var diagnostic = Assert.Single(Validate(Register(activity: """{ "id": "a", "name": "A", "purposes": [ "p" ], "dataSubjects": [ "klanten", "klanten" ], "dataCategories": [ "naam" ], "legalBases": [ { "basis": "contract" } ] }""")));

        AssertAt(diagnostic, DiagnosticIds.ConstraintViolated, 7, 81, "/activities/0/dataSubjects/1");
        Assert.Equal("'dataSubjects' at /activities/0/dataSubjects lists 'klanten' more than once; remove the repeat at /activities/0/dataSubjects/1.", diagnostic.Message);
    }

    [Theory]
    [InlineData(0, "'ageOfConsent' at /children/ageOfConsent is 0; it must be at least 1.")]
    [InlineData(21, "'ageOfConsent' at /children/ageOfConsent is 21; it must be at most 18.")]
    public void A_number_out_of_range_gives_the_bound(int age, string message)
    {
        var diagnostic = Assert.Single(Validate(Register(extra: $$""", "children": { "ageOfConsent": {{age}} }""")));

        AssertAt(diagnostic, DiagnosticIds.ConstraintViolated, 9, 36, "/children/ageOfConsent");
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void Empty_text_where_text_is_required_says_what_to_write()
    {
        var diagnostic = Assert.Single(Validate(Register(controller: """{ "name": "" }""")));

        AssertAt(diagnostic, DiagnosticIds.ConstraintViolated, 3, 27, "/controller/name");
        Assert.Equal("'name' at /controller/name is empty; write the name of the person or organisation.", diagnostic.Message);
    }

    [Fact]
    public void A_legitimate_interests_basis_without_interests_is_reported_as_the_missing_key_of_that_basis()
    {
        var diagnostic = Assert.Single(Validate(Register(legalBases: """[ { "basis": "legitimateInterests" } ]""")));

        AssertAt(diagnostic, DiagnosticIds.MissingProperty, 8, 23, "/activities/0/legalBases/0");
        Assert.Equal(
            "The legal basis (legitimate interests) at /activities/0/legalBases/0 has no 'interests'; add it: the legitimate interests pursued (Art. 13(1)(d)), as the policy words them.",
            diagnostic.Message);
    }

    [Fact]
    public void A_derogation_without_its_article_49_point_is_reported_as_the_missing_key_of_a_derogation()
    {
        var diagnostic = Assert.Single(Validate(Register(extra: """, "transfers": [ { "country": "US", "safeguards": [ { "type": "derogation" } ] } ]""")));

        AssertAt(diagnostic, DiagnosticIds.MissingProperty, 9, 56, "/transfers/0/safeguards/0");
        Assert.Equal("The safeguard (derogation) at /transfers/0/safeguards/0 has no 'derogation'; add it: the Art. 49(1) point relied on.", diagnostic.Message);
    }

    [Fact]
    public void A_key_that_belongs_to_another_alternative_is_reported_as_unknown_in_the_alternative_its_discriminator_chose()
    {
        var diagnostic = Assert.Single(Validate(Register(controller: """{ "name": "X", "dataProtectionOfficer": { "designated": false, "name": "Jan" } }""")));

        AssertAt(diagnostic, DiagnosticIds.UnknownProperty, 3, 80, "/controller/dataProtectionOfficer/name");
        Assert.Equal(
            "Unknown key 'name' in the designation (not designated) at /controller/dataProtectionOfficer. Allowed keys: designated, note.",
            diagnostic.Message);
    }

    [Fact]
    public void A_discriminator_that_matches_no_alternative_lists_the_allowed_values_and_suggests_the_nearest()
    {
        var diagnostic = Assert.Single(Validate(Register(legalBases: """[ { "basis": "legitimateInterest", "interests": [ "fraud prevention" ] } ]""")));

        AssertAt(diagnostic, DiagnosticIds.NoMatchingAlternative, 8, 34, "/activities/0/legalBases/0/basis");
        Assert.Equal(
            "'basis' at /activities/0/legalBases/0/basis is 'legitimateInterest', which fits no kind of legal basis; did you mean 'legitimateInterests'? Allowed values: consent, contract, legalObligation, vitalInterests, publicTask, legitimateInterests.",
            diagnostic.Message);
    }

    [Fact]
    public void A_missing_discriminator_is_reported_at_the_mapping_with_the_values_it_can_take()
    {
        var diagnostic = Assert.Single(Validate(Register(legalBases: """[ { "description": "Voor de levering." } ]""")));

        AssertAt(diagnostic, DiagnosticIds.NoMatchingAlternative, 8, 23, "/activities/0/legalBases/0");
        Assert.Equal(
            "The legal basis at /activities/0/legalBases/0 has no 'basis'; add it with one of: consent, contract, legalObligation, vitalInterests, publicTask, legitimateInterests.",
            diagnostic.Message);
    }

    [Fact]
    public void Text_where_alternatives_expect_a_mapping_is_a_wrong_type_without_naming_an_alternative()
    {
        var diagnostic = Assert.Single(Validate(Register(legalBases: """[ "contract" ]""")));

        AssertAt(diagnostic, DiagnosticIds.WrongType, 8, 23, "/activities/0/legalBases/0");
        Assert.Equal("The legal basis at /activities/0/legalBases/0 must be a mapping of keys to values, not text ('contract').", diagnostic.Message);
    }

    [Fact]
    public void Findings_come_in_the_order_of_the_file()
    {
        var diagnostics = Validate(Register(
            register: """{ "language": "fr" }""",
            controller: """{ "name": "X", "phone": 12 }""",
            legalBases: """[ { "basis": "contract", "law": "BW" } ]"""));

        Assert.Equal(
            [(2, 29, DiagnosticIds.ValueNotAllowed), (3, 41, DiagnosticIds.WrongType), (8, 46, DiagnosticIds.UnknownProperty)],
            diagnostics.Select(d => (d.Line, d.Column, d.RuleId)));
    }

    private static IReadOnlyList<Diagnostic> Validate(string json)
    {
        var (root, map) = JsonDocumentFixture.Read(json);
        return SchemaValidator.Validate(root, map);
    }

    private static void AssertAt(Diagnostic diagnostic, string ruleId, int line, int column, string pointer)
    {
        Assert.Equal(ruleId, diagnostic.RuleId);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
        Assert.Equal(pointer, diagnostic.JsonPointer);
    }

    /// <summary>A minimal valid register; each part sits on a line of its own, so positions stay easy to read.</summary>
    private static string Register(
        string register = """{ "language": "nl" }""",
        string controller = """{ "name": "X" }""",
        string? activity = null,
        string legalBases = """[ { "basis": "contract" } ]""",
        string? extraActivity = null,
        string extra = "")
    {
        activity ??= $$"""{ "id": "a", "name": "A", "purposes": [ "p" ], "dataSubjects": [ "klanten" ], "dataCategories": [ "naam" ],{{"\n"}}      "legalBases": {{legalBases}} }""";
        var activities = extraActivity is null ? activity : activity + ",\n    " + extraActivity;
        return $$"""
            {
              "register": {{register}},
              "controller": {{controller}},
              "dataSubjectCategories": [ { "id": "klanten", "name": "Klanten" } ],
              "dataCategories": [ { "id": "naam", "name": "naam" } ],
              "activities": [
                {{activities}}
              ]{{extra}}
            }
            """;
    }
}
