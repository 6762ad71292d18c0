namespace Binatic.ProcessingRegister.Tests.Editor;

/// <summary>
/// What VS Code shows with the schema: the real yaml-language-server reports each closed list whole, refuses
/// impossible dates, and explains ids in words.
/// </summary>
public sealed class EditorDiagnosticsTests
{
    [Fact]
    public void The_example_register_has_no_diagnostics_in_the_editor()
    {
        Assert.Empty(EditorDiagnostics.Of("example.yaml"));
    }

    [Fact]
    public void An_unknown_legal_basis_is_answered_with_all_six_bases()
    {
        var diagnostic = Assert.Single(EditorDiagnostics.Of("basis.yaml"), d => d.Message.Contains("legitimateInterests", StringComparison.Ordinal));

        Assert.Equal(EditorDiagnostics.LineOf("- basis: contract"), diagnostic.Line);
        Assert.All(
            new[] { "consent", "contract", "legalObligation", "vitalInterests", "publicTask", "legitimateInterests" },
            basis => Assert.Contains($"\"{basis}\"", diagnostic.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_safeguard_type_is_answered_with_every_type_derogation_included()
    {
        var diagnostic = Assert.Single(EditorDiagnostics.Of("safeguard.yaml"), d => d.Message.Contains("\"derogation\"", StringComparison.Ordinal));

        Assert.All(
            new[] { "adequacyDecision", "standardContractualClauses", "bindingCorporateRules", "codeOfConduct", "certification", "euUsPrivacyShield" },
            type => Assert.Contains($"\"{type}\"", diagnostic.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void An_impossible_date_is_flagged_with_the_form_of_a_date()
    {
        var diagnostic = Assert.Single(EditorDiagnostics.Of("date.yaml"));

        Assert.Equal(EditorDiagnostics.LineOf("date: 2025-01-10"), diagnostic.Line);
        Assert.Contains("YYYY-MM-DD", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_recipient_kind_in_a_list_is_answered_with_every_kind()
    {
        var diagnostic = Assert.Single(EditorDiagnostics.Of("recipient-kind.yaml"));

        Assert.Equal(EditorDiagnostics.LineOf("kind: publicAuthority"), diagnostic.Line);
        Assert.All(
            new[] { "groupCompany", "publicAuthority", "thirdParty", "internationalOrganisation" },
            kind => Assert.Contains($"\"{kind}\"", diagnostic.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void An_id_that_is_not_kebab_case_is_explained_in_words()
    {
        var diagnostic = Assert.Single(EditorDiagnostics.Of("id.yaml"));

        Assert.Equal(EditorDiagnostics.LineOf("- id: orders"), diagnostic.Line);
        Assert.Contains("lower-case kebab-case", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Dutch_register_with_its_modeline_to_the_Dutch_schema_has_no_diagnostics_in_the_editor()
    {
        Assert.Empty(EditorDiagnostics.OfDutch("binatic.yaml"));
    }

    [Fact]
    public void An_impossible_date_in_a_Dutch_register_is_explained_in_Dutch_by_the_schema_its_modeline_names()
    {
        var diagnostic = Assert.Single(EditorDiagnostics.OfDutch("binatic-date.yaml"));

        Assert.Equal("Een datum die bestaat, als JJJJ-MM-DD (jaar-maand-dag), zoals 2021-10-26.", diagnostic.Message);
    }
}
