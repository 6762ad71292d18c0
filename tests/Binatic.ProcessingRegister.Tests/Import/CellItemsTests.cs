using Binatic.ProcessingRegister.Import;

namespace Binatic.ProcessingRegister.Tests.Import;

public sealed class CellItemsTests
{
    [Theory]
    [InlineData("Naam\nAdres\nWoonplaats", new[] { "Naam", "Adres", "Woonplaats" })]
    [InlineData("Naam\r\nAdres\r\n", new[] { "Naam", "Adres" })]
    [InlineData("Naam\rAdres", new[] { "Naam", "Adres" })]
    [InlineData("  Naam  \n\n  \nAdres ", new[] { "Naam", "Adres" })]
    [InlineData("Naam", new[] { "Naam" })]
    public void A_cell_holds_one_item_per_line_trimmed_without_empty_lines(string cell, string[] items)
    {
        Assert.Equal(items, CellItems.Split(cell));
    }

    [Theory]
    [InlineData("Naam; adres; woonplaats", new[] { "Naam", "adres", "woonplaats" })]
    [InlineData("Klanten;;Leveranciers;", new[] { "Klanten", "Leveranciers" })]
    public void A_semicolon_separates_items_in_a_cell_of_one_line(string cell, string[] items)
    {
        Assert.Equal(items, CellItems.Split(cell));
    }

    [Theory]
    [InlineData("E-mail; telefoon\nIBAN", new[] { "E-mail; telefoon", "IBAN" })]
    [InlineData("Medewerkers zijn gebonden aan geheimhouding; jaarlijkse training.\nBack-ups", new[] { "Medewerkers zijn gebonden aan geheimhouding; jaarlijkse training.", "Back-ups" })]
    public void In_a_cell_of_several_lines_each_line_is_one_item_semicolons_and_all(string cell, string[] items)
    {
        Assert.Equal(items, CellItems.Split(cell));
    }

    [Theory]
    [InlineData("US: standard data protection clauses; explicit consent", "US: standard data protection clauses; explicit consent")]
    [InlineData("Health data — special category: health; criminal offence data", "Health data — special category: health; criminal offence data")]
    [InlineData("7 years (record types: invoices; selection list: Archive list)", "7 years (record types: invoices; selection list: Archive list)")]
    public void A_semicolon_in_what_an_item_says_about_its_name_does_not_separate_items(string cell, string item)
    {
        Assert.Equal([item], CellItems.Split(cell));
    }

    [Theory]
    [InlineData("• Naam\n• Adres", new[] { "Naam", "Adres" })]
    [InlineData("Naam • Adres • Woonplaats", new[] { "Naam", "Adres", "Woonplaats" })]
    [InlineData("· Naam\n· Adres", new[] { "Naam", "Adres" })]
    [InlineData("- Naam\n- Adres", new[] { "Naam", "Adres" })]
    [InlineData("* Name\n* Address", new[] { "Name", "Address" })]
    [InlineData("1. Naam\n2. Adres\n10. BSN", new[] { "Naam", "Adres", "BSN" })]
    [InlineData("1) Naam\n2) Adres", new[] { "Naam", "Adres" })]
    public void Bullets_and_item_numbers_at_the_start_of_a_line_are_not_part_of_the_item(string cell, string[] items)
    {
        Assert.Equal(items, CellItems.Split(cell));
    }

    [Theory]
    [InlineData("Naam, adres en woonplaats", "Naam, adres en woonplaats")]
    [InlineData("Belastingdienst, afdeling Toeslagen", "Belastingdienst, afdeling Toeslagen")]
    [InlineData("Nom, prénom, adresse", "Nom, prénom, adresse")]
    public void A_comma_does_not_separate_items_because_names_hold_commas(string cell, string item)
    {
        Assert.Equal([item], CellItems.Split(cell));
    }

    [Theory]
    [InlineData("e-mailadres", "e-mailadres")]
    [InlineData("Naam - voluit", "Naam - voluit")]
    [InlineData("2024. Jaarverslag", "2024. Jaarverslag")]
    [InlineData("6.1.f AVG", "6.1.f AVG")]
    [InlineData("-", "-")]
    public void A_hyphen_a_year_or_a_dotted_number_inside_or_alone_is_no_bullet(string cell, string item)
    {
        Assert.Equal([item], CellItems.Split(cell));
    }

    [Theory]
    [MemberData(nameof(HostileCells.All), MemberType = typeof(HostileCells))]
    public void Hostile_cells_split_without_an_exception_in_bounded_time(string cell)
    {
        var items = HostileCells.Bounded(() => CellItems.Split(cell));

        Assert.All(items, item => Assert.False(string.IsNullOrWhiteSpace(item)));
    }
}
