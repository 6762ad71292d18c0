using Binatic.ProcessingRegister.Spreadsheets;
using static Binatic.ProcessingRegister.Tests.Import.Sheets;

namespace Binatic.ProcessingRegister.Tests.Import;

/// <summary>
/// Cell text that YAML would read as something else, or not at all, if it were written carelessly: the import writes it
/// so that loading the register gives back exactly the same text.
/// </summary>
public sealed class HostileCellTests
{
    public static TheoryData<string> Texts { get; } =
    [
        "key: value",
        "- item",
        "&anchor",
        "*alias",
        "!!python/object:os.system",
        "#comment",
        "name # not a comment",
        "'quotes' and \"double quotes\"",
        "first line\nsecond line",
        "ends with a line break\n",
        "  leading and trailing spaces  ",
        "yes",
        "NO",
        "null",
        "~",
        "2025-01-10",
        "12345",
        "0755",
        "1:30",
        "{ flow: mapping }",
        "[flow, sequence]",
        "@at the start",
        "%percent",
        "`backtick",
        "|",
        ">",
        "? question",
        "tab\there",
        "bell \u0007 and escape \u001B[31m",
        "zero width \u200B space and bidi \u202E override",
        "line separator \u2028 and next line \u0085",
        "no-break\u00A0space",
        "emoji 🦊 and ß",
        "---",
        "...",
        new string('x', 40_000),
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_cell_holding_text_that_looks_like_YAML_round_trips_as_the_same_string(string text)
    {
        var workbook = Of(ControllerLine, CnilHeader, [.. CnilRow])
            .WithCell(3, 1, cell => cell with { Text = text });

        var result = ImportOf(workbook, SpreadsheetLayout.Cnil);

        // The import trims a cell's surrounding spaces, as a spreadsheet's reader sees them; the rest is kept as is.
        Assert.Equal(text.Trim(), Assert.Single(Register(result).Activities).Name);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_column_kept_as_comments_holding_such_text_leaves_the_register_loadable(string text)
    {
        var workbook = Of(ControllerLine, [.. CnilHeader, "Remarques"], [.. CnilRow, "x"])
            .WithCell(3, CnilHeader.Length + 1, cell => cell with { Text = text });

        var result = ImportOf(workbook, SpreadsheetLayout.Cnil);

        Assert.Equal("Gestion des clients", Assert.Single(Register(result).Activities).Name);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_header_holding_such_text_leaves_the_register_loadable(string text)
    {
        var result = ImportOf(Of(ControllerLine, [.. CnilHeader, text], [.. CnilRow, "x"]), SpreadsheetLayout.Cnil);

        Assert.Single(Register(result).Activities);
    }
}
