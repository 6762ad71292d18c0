using Binatic.ProcessingRegister.Markdown;
using Binatic.ProcessingRegister.Model;
using Binatic.ProcessingRegister.Spreadsheets;

namespace Binatic.ProcessingRegister.Export;

/// <summary>
/// Writes one register in the layout of the VNG model register: a title block, then a table per department with the
/// model's 17 columns and a row per activity; activities without a department come last, in a table of their own.
/// </summary>
/// <remarks>
/// Every cell is written, saying "not stated" when the register is silent, for the same reason the document does:
/// a reviewer must see the gaps. Text from the register goes through <see cref="MarkdownText.Escape"/>, which keeps
/// it on one line and escapes pipes and HTML, so the only line breaks and HTML in a cell are the <c>&lt;br&gt;</c>
/// this writer puts between the items of a list.
/// </remarks>
internal sealed class VngTableWriter
{
    private const string LineBreak = "<br>";

    // The column "Verwerkingsverantwoordelijke(n)" also heads the controllers in the title block.
    private const int ControllersColumn = 4;

    private readonly Register _register;
    private readonly Labels _labels;
    private readonly TextWriter _writer;
    private readonly ActivityCells _cells;
    private bool _started;

    private VngTableWriter(Register register, RegisterLanguage language, TextWriter writer)
    {
        _register = register;
        _labels = Labels.For(language);
        _writer = writer;
        _cells = new ActivityCells(register, _labels, Text);
    }

    public static void Write(Register register, RegisterLanguage language, TextWriter writer) =>
        new VngTableWriter(register, language, writer).WriteTables();

    private static string Text(string text) => MarkdownText.Escape(text);

    private void WriteTables()
    {
        WriteTitle();
        var departmentIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var department in _register.Departments)
        {
            if (!departmentIds.Add(department.Id))
            {
                continue;
            }

            var activities = _register.Activities.Where(activity => activity.Department == department.Id).ToList();
            if (activities.Count > 0)
            {
                WriteTable(Text(department.Name), Text(department.Name), activities);
            }
        }

        var others = _register.Activities.Where(activity => activity.Department is not { } id || !departmentIds.Contains(id)).ToList();
        if (others.Count > 0)
        {
            WriteTable(departmentIds.Count > 0 ? _labels.OtherActivities : _labels.Overview, _labels.NotStated, others);
        }
    }

    private void WriteTitle()
    {
        var info = _register.Info;
        Block("# " + DocumentTitle.Of(_register, _labels));
        var lines = new List<string>
        {
            "- **" + _labels.Title + ":** " + (string.IsNullOrEmpty(info.Title) ? _labels.NotStated : Text(info.Title)),
            "- **" + _labels.VngColumns[ControllersColumn] + ":** " + Join(_register.Controllers.Select(ControllerName)),
        };
        if (_register.Info.IsProcessorRecord)
        {
            // The model register has no columns for a processor's record; a reader of the table must not take it to
            // be all the register holds.
            lines.Add("- **" + _labels.ProcessorRecordTitle + ":** " + _labels.ProcessorRecordNotInTable);
        }

        Block([.. lines]);
    }

    private string ControllerName(Controller controller) =>
        Text(controller.Contact.Name) + " (" + (controller.IsPublicAuthority ? _labels.PublicSector : _labels.PrivateSector) + ")";

    private void WriteTable(string heading, string departmentName, List<ProcessingActivity> activities)
    {
        Block("## " + heading);
        var lines = new List<string> { Row(_labels.VngColumns), Row([.. _labels.VngColumns.Select(_ => "---")]) };
        lines.AddRange(activities.Select(activity => Row(Cells(activity, departmentName))));
        Block([.. lines]);
    }

    private string[] Cells(ProcessingActivity activity, string departmentName) =>
    [
        .. LayoutColumns.Vng.Select(column => column.Field switch
        {
            // The table's own department, which is "not stated" in the table of the activities without one.
            ColumnField.Department => departmentName,

            // The document's wording, which the table has always had; a spreadsheet writes the law after a colon.
            ColumnField.LegalBases => Join(activity.LegalBases.Select(_cells.LegalGroundWithLawInParentheses)),
            var field => Join(_cells.Items(activity, field)),
        }),
    ];

    // Each item is escaped register text or a label, never a raw line break, so <br> is the only break in a cell.
    private string Join(IEnumerable<string> escapedItems)
    {
        var joined = string.Join(LineBreak, escapedItems);
        return joined.Length == 0 ? _labels.NotStated : joined;
    }

    private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";

    private void Block(params string[] lines)
    {
        if (_started)
        {
            _writer.Write('\n');
        }

        _started = true;
        foreach (var line in lines)
        {
            _writer.Write(line);
            _writer.Write('\n');
        }
    }
}
