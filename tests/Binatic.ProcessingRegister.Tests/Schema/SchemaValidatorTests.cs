using Binatic.ProcessingRegister.Schema;

namespace Binatic.ProcessingRegister.Tests.Schema;

public sealed class SchemaValidatorTests
{
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

    [Fact]
    public void A_minimal_register_has_no_findings()
    {
        Assert.Empty(Validate("""
            {
              "register": { "language": "nl" },
              "controller": { "name": "X" },
              "dataSubjectCategories": [ { "id": "klanten", "name": "Klanten" } ],
              "dataCategories": [ { "id": "naam", "name": "naam" } ],
              "activities": [
                { "id": "a", "name": "A", "purposes": [ "p" ], "dataSubjects": [ "klanten" ], "dataCategories": [ "naam" ],
                  "legalBases": [ { "basis": "contract" } ] }
              ]
            }
            """));
    }

    [Fact]
    public void An_unknown_key_is_reported_at_the_key_with_the_allowed_keys_and_the_nearest_one()
    {
        var diagnostics = Validate("""
            {
              "register": { "language": "nl" },
              "controller": { "name": "X" },
              "dataSubjectCategories": [ { "id": "klanten", "name": "Klanten" } ],
              "dataCategories": [ { "id": "naam", "name": "naam" } ],
              "activities": [
                { "id": "a", "name": "A", "purpose": [ "p" ], "dataSubjects": [ "klanten" ], "dataCategories": [ "naam" ],
                  "legalBases": [ { "basis": "contract" } ] }
              ]
            }
            """);

        // The misspelt key is the one problem; that 'purposes' is then missing is not a second one.
        var diagnostic = Assert.Single(diagnostics);
        AssertAt(diagnostic, DiagnosticIds.UnknownProperty, 7, 31, "/activities/0/purpose");
        Assert.StartsWith(
            "Unknown key 'purpose' in the processing activity at /activities/0; did you mean 'purposes'? Allowed keys: id, name, description, purposes, ",
            diagnostic.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_key_is_reported_at_the_mapping_that_lacks_it_with_what_the_key_is_for()
    {
        var diagnostics = Validate("""
            {
              "register": { "language": "nl" },
              "controller": { "name": "X" },
              "dataSubjectCategories": [ { "id": "klanten", "name": "Klanten" } ],
              "dataCategories": [ { "id": "naam", "name": "naam" } ],
              "activities": [
                { "id": "a", "name": "A", "purposes": [ "p" ], "dataSubjects": [ "klanten" ], "dataCategories": [ "naam" ],
                  "legalBases": [ { "basis": "contract" } ] },
                { "id": "b", "name": "B", "purposes": [ "p" ], "dataSubjects": [ "klanten" ], "dataCategories": [ "naam" ] }
              ]
            }
            """);

        var diagnostic = Assert.Single(diagnostics);
        AssertAt(diagnostic, DiagnosticIds.MissingProperty, 9, 5, "/activities/1");
        Assert.Equal(
            "The processing activity at /activities/1 has no 'legalBases'; add it: the Art. 6(1) legal bases the activity rests on.",
            diagnostic.Message);
    }
}
