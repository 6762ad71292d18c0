using Binatic.ProcessingRegister.Markdown;
using Binatic.ProcessingRegister.Model;

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
    private const string Separator = "; ";

    // The column "Verwerkingsverantwoordelijke(n)" also heads the controllers in the title block.
    private const int ControllersColumn = 4;

    private readonly Register _register;
    private readonly Labels _labels;
    private readonly TextWriter _writer;
    private readonly RegisterIndex _index;
    private bool _started;

    private VngTableWriter(Register register, RegisterLanguage language, TextWriter writer)
    {
        _register = register;
        _labels = Labels.For(language);
        _writer = writer;
        _index = new RegisterIndex(register);
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

    private string[] Cells(ProcessingActivity activity, string departmentName)
    {
        var controllers = ControllersOf(activity).ToList();
        var chainPartners = (activity.Recipients ?? default)
            .Select(id => _index.Recipients.GetValueOrDefault(id))
            .OfType<Recipient>()
            .Where(recipient => recipient.IsChainPartner)
            .ToList();
        return
        [
            departmentName,
            activity.Task is { } task ? Text(_index.Tasks.GetValueOrDefault(task)?.Name ?? task) : _labels.NotStated,
            Text(activity.Name),
            Join(activity.Operations.Select(operation => Text(operation.Name) + (operation.Description is { } description ? ": " + Text(description) : string.Empty))),
            Join(controllers.Select(controller => Text(controller.Contact.Name))),
            controllers.Count > 0 && controllers.TrueForAll(controller => controller.IsPublicAuthority) ? _labels.PublicSector : _labels.PrivateSector,
            Join(activity.Purposes.Select(Text)),
            Join(activity.LegalBases.Select(LegalGround)),
            Join(activity.DataCategories.Select(id => _index.DataCategories.GetValueOrDefault(id) is { } category ? DataCategory(category) : Text(id))),
            Join(activity.Retention.Select(Retention)),
            Join(activity.Sources.Select(source => Text(source.Description) + (source.Kind is { } kind ? " (" + _labels.SourceKindNames[kind] + ")" : string.Empty))),
            activity.Recipients is { Count: 0 } ? _labels.NoRecipients : Join((activity.Recipients ?? default).Select(Party)),
            activity.Transfers.Count == 0 && activity.HasNoTransfers ? _labels.NoTransfers : Join(activity.Transfers.Select(Transfer)),
            Join(chainPartners.Select(recipient => Text(recipient.Name))),
            Join(chainPartners.Select(recipient => recipient.Covenant).OfType<Covenant>().Select(Covenant)),
            Join(activity.JointControllerArrangements.Select(Arrangement)),
            Join(activity.FurtherProcessing.Select(FurtherProcessing)),
        ];
    }

    private IEnumerable<Controller> ControllersOf(ProcessingActivity activity) =>
        activity.Controllers.Count == 0
            ? _register.Controllers
            : _register.Controllers.Where(c => c.Id is { } id && activity.Controllers.Contains(id));

    private string LegalGround(LegalGround ground) =>
        _labels.LegalBasisNames[ground.Basis] + (ground.Law is { } law ? " (" + _labels.Law + ": " + Text(law) + ")" : string.Empty);

    private string DataCategory(DataCategory category)
    {
        var marks = new List<string>();
        if (category.SpecialCategory is { } special)
        {
            marks.Add(_labels.SpecialCategoryMark + ": " + _labels.SpecialCategoryNames[special]);
        }

        if (category.IsCriminalOffenceData)
        {
            marks.Add(_labels.CriminalOffenceMark);
        }

        if (category.NationalIdentifier is { } identifier)
        {
            marks.Add(_labels.NationalIdentifierMark + (identifier.Name is { } name ? ": " + Text(name) : string.Empty));
        }

        return Text(category.Name) + (marks.Count > 0 ? " — " + string.Join(Separator, marks) : string.Empty);
    }

    private string Retention(RetentionRule rule) => Facts(
        (rule.Description is { } description ? Text(description) + " — " : string.Empty)
            + (rule.Period is { } period ? _labels.FormatPeriod(period) : rule.IsPermanent ? _labels.Permanent : _labels.NotStated)
            + (rule.From is { } from ? ", " + _labels.CountedFrom + " " + Text(from) : string.Empty),
        rule.RecordTypes.Count > 0 ? _labels.RecordTypes + ": " + string.Join(", ", rule.RecordTypes.Select(Text)) : null,
        rule.SelectionList is { } list
            ? _labels.SelectionList + ": " + Text(list.Name) + (list.Category is { } category ? ", " + _labels.SelectionListCategory + " " + Text(category) : string.Empty)
            : null,
        rule.ArchiveTransferAfter is { } after ? _labels.ArchiveTransferAfter + " " + _labels.FormatPeriod(after) : null);

    private string Transfer(Transfer transfer) =>
        Text(transfer.Country) + ": " + (transfer.Safeguards.Count == 0
            ? _labels.NotStated
            : string.Join(Separator, transfer.Safeguards.Select(safeguard =>
                _labels.SafeguardTypeNames[safeguard.Type] + (safeguard.Derogation is { } derogation ? ": " + _labels.Article49DerogationNames[derogation] : string.Empty))));

    private string Covenant(Covenant covenant) => Facts(
        Text(covenant.Name),
        covenant.Reference is { } reference ? _labels.Reference + ": " + Text(reference) : null,
        covenant.Date is { } date ? _labels.Date + ": " + _labels.FormatDate(date) : null);

    private string Party(string id) =>
        _index.Processors.GetValueOrDefault(id) is { } processor ? Text(processor.Name) + " (" + _labels.Processor + ")"
        : _index.Recipients.GetValueOrDefault(id) is { } recipient ? Text(recipient.Name) + " (" + _labels.RecipientKindNames[recipient.Kind] + ")"
        : Text(id);

    private string Arrangement(string id) => _index.Arrangements.GetValueOrDefault(id) is { } arrangement
        ? Text(arrangement.Name) + (arrangement.Parties.Count > 0 ? ": " + string.Join(", ", arrangement.Parties.Select(party => Text(party.Contact.Name))) : string.Empty)
        : Text(id);

    private string FurtherProcessing(FurtherProcessing further) => Facts(
        Text(further.Purpose),
        further.CompatibilityAssessment is { } assessment ? _labels.CompatibilityAssessment + ": " + Text(assessment) : null,
        further.Law is { } law ? _labels.Law + ": " + Text(law) : null,
        further.IsBasedOnConsent ? _labels.BasedOnConsent : null);

    // An item and what the register says about it, in parentheses: the item may be a sentence with its own full stop.
    private static string Facts(string item, params string?[] facts)
    {
        var stated = facts.OfType<string>().ToList();
        return stated.Count == 0 ? item : item + " (" + string.Join(Separator, stated) + ")";
    }

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
