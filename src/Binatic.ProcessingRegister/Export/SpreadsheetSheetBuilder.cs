using System.Collections.Immutable;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// Builds the one sheet of a register in a <see cref="SpreadsheetLayout"/>: the register's title and controller above
/// the table, the layout's header in the chosen language, and a row per activity in the register's order, every cell
/// plain text that the import reads back (docs/spreadsheets.md has the form of each column).
/// </summary>
/// <remarks>
/// <para>
/// A cell the register says nothing about stays empty, unlike the Markdown export's "not stated": a spreadsheet's user
/// sorts and filters on its columns, and the same sentence in every empty cell would get in the way of both; an empty
/// cell is what a spreadsheet means by "nothing here". A column the register's format has no field for
/// (<see cref="ColumnField.NotInFormat"/>) is empty too.
/// </para>
/// <para>
/// A list is one item per line in its cell, so a line break within the register's own text of an item is written as a
/// space; only an activity's description, which is never a list, keeps its line breaks. Formula injection is the
/// writer's to escape (<see cref="SpreadsheetWriter"/>), since it depends on how the file stores a cell.
/// </para>
/// </remarks>
internal sealed class SpreadsheetSheetBuilder
{
    private const int MinimumWidth = 12;
    private const int MaximumWidth = 60;

    private readonly Register _register;
    private readonly SpreadsheetLayout _layout;
    private readonly RegisterLanguage _language;
    private readonly ActivityCells _cells;

    private SpreadsheetSheetBuilder(Register register, SpreadsheetLayout layout, RegisterLanguage language)
    {
        _register = register;
        _layout = layout;
        _language = language;
        _cells = new ActivityCells(register, Labels.For(language), OneLine);
    }

    /// <summary>Builds the sheet of <paramref name="register"/> in <paramref name="layout"/>, its fixed text in <paramref name="language"/>.</summary>
    public static SheetContent Build(Register register, SpreadsheetLayout layout, RegisterLanguage language) =>
        new SpreadsheetSheetBuilder(register, layout, language).Build();

    private SheetContent Build()
    {
        var columns = LayoutColumns.For(_layout);
        var header = columns.Select(column => _language == RegisterLanguage.Dutch ? column.Dutch : column.English).ToImmutableArray();

        // A processor's record has no activities of its own (Art. 30(2) lists categories of processing instead): its
        // sheet is the header without rows, and the command line refuses to write it.
        var rows = _register.Info.IsControllerRecord
            ? _register.Activities.Select(activity => columns.Select(column => Cell(activity, column.Field)).ToImmutableArray()).ToImmutableArray()
            : [];
        var preamble = Preamble();
        return new SheetContent(SheetName(), preamble, header, rows, Widths(header, preamble, rows));
    }

    private string SheetName() => _language == RegisterLanguage.Dutch ? "Verwerkingsregister" : "Record of processing";

    private string Cell(ProcessingActivity activity, ColumnField field) => string.Join('\n', _cells.Items(activity, field));

    private ImmutableArray<ImmutableArray<string>> Preamble()
    {
        var lines = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var label in LayoutColumns.Preamble)
        {
            if (PreambleValue(label.Field) is { Length: > 0 } value)
            {
                lines.Add([_language == RegisterLanguage.Dutch ? label.Dutch : label.English, value]);
            }
        }

        return lines.ToImmutable();
    }

    // With several controllers, as a municipality has, the name line holds each controller's name on a line of its
    // own, and the lines of contact details are left out: they are each controller's own, and the templates have
    // room for one. The rows' controllers column (VNG) names the controllers of each activity.
    private string? PreambleValue(PreambleField field)
    {
        var controllers = _register.Controllers;
        var only = controllers.Count == 1 ? controllers[0] : null;
        return field switch
        {
            PreambleField.Title => _register.Info.Title,
            PreambleField.ControllerName => string.Join('\n', controllers.Select(controller => OneLine(controller.Contact.Name))),
            PreambleField.ControllerAddress => only?.Contact.Address is { } address ? Address(address) : null,
            PreambleField.ControllerEmail => only?.Contact.Email,
            PreambleField.ControllerTelephone => only?.Contact.Phone,
            PreambleField.DpoName => Designated(only?.DataProtectionOfficer)?.Name,
            PreambleField.DpoEmail => Designated(only?.DataProtectionOfficer)?.Email,
            PreambleField.DpoTelephone => Designated(only?.DataProtectionOfficer)?.Phone,
            PreambleField.RepresentativeName => Designated(only?.Representative)?.Name,
            PreambleField.RepresentativeEmail => Designated(only?.Representative)?.Email,
            _ => null,
        };
    }

    private static ContactDetails? Designated(Designation? designation) => designation is { IsDesignated: true, Contact: { } contact } ? contact : null;

    private static string Address(PostalAddress address) => string.Join(", ", new[]
    {
        address.Street,
        string.Join(' ', new[] { address.PostalCode, address.City }.OfType<string>()),
        address.Country,
    }.OfType<string>().Select(OneLine));

    private static ImmutableArray<double> Widths(ImmutableArray<string> header, ImmutableArray<ImmutableArray<string>> preamble, ImmutableArray<ImmutableArray<string>> rows) =>
    [
        .. header.Select((title, column) =>
        {
            var longest = rows.Concat(preamble)
                .Where(row => column < row.Length)
                .Select(row => row[column])
                .Append(title)
                .SelectMany(cell => cell.Split('\n'))
                .Max(line => line.Length);
            return (double)Math.Clamp(longest, MinimumWidth, MaximumWidth);
        }),
    ];

    // A line break separates the items of a cell; one inside an item is the register's own wrapping, read as a space.
    private static string OneLine(string text) =>
        text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal)
            ? string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : text;
}
