using Binatic.ProcessingRegister.References;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.References;

public sealed class RegisterSymbolsTests
{
    [Fact]
    public void Each_catalogue_id_is_a_definition_with_its_name_and_the_place_of_its_value()
    {
        var symbols = RegisterSymbols.Of(Fixture.Text("symbols.yaml"), "symbols.yaml");

        var email = Assert.Single(symbols.Definitions, d => d.Id == "email");
        Assert.Equal(SymbolKind.DataCategory, email.Kind);
        Assert.Equal("E-mail address", email.Name);
        Assert.Equal((5, 9, 5, 14), (email.Span.Line, email.Span.Column, email.Span.EndLine, email.Span.EndColumn));
        Assert.Contains(symbols.Definitions, d => d is { Kind: SymbolKind.Party, Id: "carrier" });
        Assert.Contains(symbols.Definitions, d => d is { Kind: SymbolKind.Activity, Id: "orders" });
    }

    [Fact]
    public void Each_reference_is_listed_with_its_catalogue_whether_or_not_the_id_exists()
    {
        var symbols = RegisterSymbols.Of(Fixture.Text("symbols.yaml"), "symbols.yaml");

        Assert.Equal(
            [(SymbolKind.DataSubjectCategory, "customers", 12), (SymbolKind.DataCategory, "email", 14), (SymbolKind.DataCategory, "emial", 15), (SymbolKind.Party, "carrier", 16)],
            symbols.References.Select(r => (r.Kind, r.Id, r.Span.Line)));
    }

    [Fact]
    public void Text_that_is_not_YAML_has_no_symbols_and_throws_nothing()
    {
        var symbols = RegisterSymbols.Of("a: [unclosed\n  - : :\n", "broken.yaml");

        Assert.Empty(symbols.References);
        Assert.Empty(symbols.Definitions);
    }
}
