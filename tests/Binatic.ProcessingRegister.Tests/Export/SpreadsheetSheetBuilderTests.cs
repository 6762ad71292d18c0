using Binatic.ProcessingRegister.Export;
using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Spreadsheets;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Export;

/// <summary>The sheet a register becomes in each layout, before a writer stores it as XLSX or CSV.</summary>
public sealed class SpreadsheetSheetBuilderTests
{
    private static readonly Register Example = Load("example.yaml");
    private static readonly Register Municipality = Load("gemeente-voorbeeld.yaml");

    [Fact]
    public void The_header_is_the_layout_s_columns_in_english()
    {
        var sheet = SpreadsheetSheetBuilder.Build(Fixture.BinaticRegister, SpreadsheetLayout.Ico, RegisterLanguage.English);

        Assert.Equal(LayoutColumns.Ico.Select(column => column.English), sheet.Header);
    }

    [Fact]
    public void The_header_is_the_layout_s_columns_in_dutch()
    {
        var sheet = SpreadsheetSheetBuilder.Build(Example, SpreadsheetLayout.Vng, RegisterLanguage.Dutch);

        Assert.Equal(LayoutColumns.Vng.Select(column => column.Dutch), sheet.Header);
    }

    [Fact]
    public void There_is_a_row_per_activity_in_the_register_s_order_each_as_wide_as_the_header()
    {
        var sheet = SpreadsheetSheetBuilder.Build(Municipality, SpreadsheetLayout.Cnil, RegisterLanguage.Dutch);

        Assert.Equal(Municipality.Activities.Select(activity => activity.Name), sheet.Rows.Select(row => row[Column(SpreadsheetLayout.Cnil, ColumnField.ActivityName)]));
        Assert.All(sheet.Rows, row => Assert.Equal(sheet.Header.Length, row.Length));
    }

    [Fact]
    public void A_list_is_one_item_per_line_in_its_cell()
    {
        var activity = Example.Activities[0];

        var cell = CellOf(Example, SpreadsheetLayout.Cnil, ColumnField.Purposes);

        Assert.Equal(string.Join('\n', activity.Purposes), cell);
    }

    [Fact]
    public void Catalogue_entries_are_written_by_their_names_not_their_ids()
    {
        var activity = Example.Activities[0];

        var cell = CellOf(Example, SpreadsheetLayout.Ico, ColumnField.DataSubjects);

        Assert.Equal(string.Join('\n', activity.DataSubjects.Select(id => Example.DataSubjectCategories.Single(subject => subject.Id == id).Name)), cell);
    }

    [Fact]
    public void A_legal_basis_is_its_name_and_the_law_after_a_colon()
    {
        var cell = CellOf(Example, SpreadsheetLayout.Vng, ColumnField.LegalBases, RegisterLanguage.English);

        Assert.Contains("legal obligation (Art. 6(1)(c) GDPR): Algemene wet inzake rijksbelastingen, art. 52", cell.Split('\n'));
    }

    [Fact]
    public void A_transfer_is_its_country_and_its_safeguards_after_a_colon()
    {
        var cell = CellOf(Example, SpreadsheetLayout.Vng, ColumnField.Transfers, RegisterLanguage.English);

        Assert.Equal("US: standard data protection clauses (Art. 46(2)(c) GDPR)", cell);
    }

    [Fact]
    public void The_ico_layout_has_the_countries_and_the_safeguards_of_the_transfers_in_columns_of_their_own()
    {
        Assert.Equal("US", CellOf(Example, SpreadsheetLayout.Ico, ColumnField.TransferCountries));
        Assert.Equal(CellOf(Example, SpreadsheetLayout.Vng, ColumnField.Transfers), CellOf(Example, SpreadsheetLayout.Ico, ColumnField.TransferSafeguards));
    }

    [Fact]
    public void What_the_register_does_not_state_is_an_empty_cell()
    {
        var register = Example with { Activities = [Example.Activities[0] with { Dpia = null, Sources = [] }] };

        Assert.Equal(string.Empty, CellOf(register, SpreadsheetLayout.Ico, ColumnField.DpiaProgress));
        Assert.Equal(string.Empty, CellOf(register, SpreadsheetLayout.Ico, ColumnField.Sources));
    }

    [Fact]
    public void The_columns_the_format_has_no_field_for_are_empty()
    {
        var sheet = SpreadsheetSheetBuilder.Build(Municipality, SpreadsheetLayout.Ico, RegisterLanguage.Dutch);
        var empty = LayoutColumns.Ico.Select((column, index) => (column, index)).Where(pair => pair.column.Field == ColumnField.NotInFormat).Select(pair => pair.index).ToList();

        Assert.NotEmpty(empty);
        Assert.All(sheet.Rows, row => Assert.All(empty, index => Assert.Equal(string.Empty, row[index])));
    }

    [Fact]
    public void A_line_break_within_an_item_is_written_as_a_space_so_that_lines_stay_items()
    {
        var register = Example with { Activities = [Example.Activities[0] with { Purposes = ["Delivering the\nproducts ordered.", "Invoicing."] }] };

        Assert.Equal("Delivering the products ordered.\nInvoicing.", CellOf(register, SpreadsheetLayout.Cnil, ColumnField.Purposes));
    }

    [Fact]
    public void The_description_keeps_its_line_breaks_as_it_is_no_list()
    {
        var activity = Example.Activities[0] with { Description = "First line.\nSecond line." };

        var items = new ActivityCells(Example, Labels.English, text => text).Items(activity, ColumnField.Description);

        Assert.Equal(["First line.\nSecond line."], items);
    }

    [Fact]
    public void The_preamble_has_the_title_and_the_one_controller_s_details_in_the_chosen_language()
    {
        var sheet = SpreadsheetSheetBuilder.Build(Fixture.BinaticRegister, SpreadsheetLayout.Ico, RegisterLanguage.English);

        Assert.Equal(["Title", Fixture.BinaticRegister.Info.Title!], sheet.Preamble[0]);
        Assert.Equal(["Name of the controller", "Binatic Software BV"], sheet.Preamble[1]);
        Assert.Equal(["Address of the controller", "Dr. Lelykade 22a, 2583 CM Den Haag, NL"], sheet.Preamble[2]);
    }

    [Fact]
    public void A_preamble_line_the_register_does_not_state_is_left_out()
    {
        var sheet = SpreadsheetSheetBuilder.Build(Fixture.BinaticRegister, SpreadsheetLayout.Ico, RegisterLanguage.English);

        Assert.DoesNotContain(sheet.Preamble, line => line[0] == "Name of the representative");
    }

    [Fact]
    public void Several_controllers_are_named_one_per_line_in_one_cell_without_their_contact_details()
    {
        var sheet = SpreadsheetSheetBuilder.Build(Municipality, SpreadsheetLayout.Cnil, RegisterLanguage.Dutch);

        Assert.Equal(
            [["Titel", Municipality.Info.Title!], ["Naam van de verwerkingsverantwoordelijke", string.Join('\n', Municipality.Controllers.Select(controller => controller.Contact.Name))]],
            sheet.Preamble.Select(line => line.ToArray()));
    }

    [Fact]
    public void The_vng_rows_name_the_controllers_of_each_activity()
    {
        var sheet = SpreadsheetSheetBuilder.Build(Municipality, SpreadsheetLayout.Vng, RegisterLanguage.Dutch);

        Assert.Equal("College van burgemeester en wethouders van Voorbeeldstad", sheet.Rows[0][Column(SpreadsheetLayout.Vng, ColumnField.Controllers)]);
    }

    [Fact]
    public void A_column_is_as_wide_as_its_longest_line_within_12_and_60_characters()
    {
        var sheet = SpreadsheetSheetBuilder.Build(Municipality, SpreadsheetLayout.Vng, RegisterLanguage.Dutch);

        Assert.Equal(sheet.Header.Length, sheet.ColumnWidths.Length);
        Assert.All(sheet.ColumnWidths, width => Assert.InRange(width, 12, 60));
        Assert.Equal("Publiek/privaat".Length, sheet.ColumnWidths[Column(SpreadsheetLayout.Vng, ColumnField.PublicOrPrivate)]);
        Assert.Equal(60, sheet.ColumnWidths[Column(SpreadsheetLayout.Vng, ColumnField.Purposes)]);
    }

    [Fact]
    public void A_processor_s_record_has_the_header_and_no_rows()
    {
        var sheet = SpreadsheetSheetBuilder.Build(Load("verwerker-voorbeeld.yaml"), SpreadsheetLayout.Vng, RegisterLanguage.Dutch);

        Assert.Equal(17, sheet.Header.Length);
        Assert.Empty(sheet.Rows);
    }

    private static string CellOf(Register register, SpreadsheetLayout layout, ColumnField field, RegisterLanguage language = RegisterLanguage.English) =>
        SpreadsheetSheetBuilder.Build(register, layout, language).Rows[0][Column(layout, field)];

    private static int Column(SpreadsheetLayout layout, ColumnField field) =>
        LayoutColumns.For(layout).Select((column, index) => (column, index)).First(pair => pair.column.Field == field).index;

    private static Register Load(string name) => RegisterLoader.LoadFile(Fixture.Register(name)).GetRegisterOrThrow();
}
